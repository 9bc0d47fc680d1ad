/**
 * Settings: the site's settings file (`content/site.yaml`): its name, description, language, address, articles
 * per listing page and articles per shard of the search index, read and validated, with errors that name the file and the field. Reads the disk.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseYamlFile } from '../parse-yaml-file.ts';

/** The file's name in an archive folder. */
export const SITE_SETTINGS_FILE = 'site.yaml';

const siteSettingsSchema = z
  .object({
    name: z.string().trim().min(1),
    description: z.string().trim().min(1),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "pt-BR"'),
    baseUrl: z
      .string()
      .url()
      .regex(/^https?:\/\//, 'an http or https address'),
    itemsPerPage: z.number().int().min(1).max(1000),
    /**
     * The most articles one Pagefind index of the search index's base holds: past it the base is split into shards
     * built one after another, so Pagefind's memory peaks at one shard's (about 1 GiB for 10,000 articles).
     */
    searchShardSize: z.number().int().min(1).default(25_000),
  })
  .strict();

/** The site's settings, as the templates, feeds, the model and the search index use them. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** A settings file that does not parse or does not match the schema. The message names the file and the field. */
export class SiteSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteSettingsError';
  }
}

/** Validates the settings in `text` (YAML); `label` names the file in errors. */
export function parseSiteSettings(text: string, label: string): SiteSettings {
  const settings = parseYamlFile(text, label, siteSettingsSchema, {}, (message) => new SiteSettingsError(message));
  return { ...settings, baseUrl: settings.baseUrl.replace(/\/+$/, '') };
}

/**
 * Reads the settings file `file` (`label` names it in errors); `SITE_URL` in `environment`, when set, is the base
 * URL, so one archive can be built for several addresses.
 */
export function loadSiteSettings(file: string, label = file, environment = process.env): SiteSettings {
  const settings = parseSiteSettings(readFileSync(file, 'utf8'), label);
  const siteUrl = environment.SITE_URL?.replace(/\/+$/, '');
  return siteUrl ? { ...settings, baseUrl: siteUrl } : settings;
}
