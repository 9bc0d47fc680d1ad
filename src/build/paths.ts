/** Build: where the repo's own files are, independent of the working directory. */
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { OUTLETS_FILE } from '../outlets/index.ts';
import { DEFAULT_CONTENT_DIR, REPO_ROOT } from '../runtime.ts';
import { loadSiteSettings, SITE_SETTINGS_FILE, type SiteSettings } from '../settings/index.ts';
import { readTaxonomySources, type TaxonomySources } from '../taxonomy/index.ts';

export { DEFAULT_CONTENT_DIR, REPO_ROOT };
export const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');

/** The taxonomy folder of an archive: its own `taxonomy/` when it has one, else the default archive's. */
export function taxonomyDirFor(contentDir: string): string {
  const own = path.join(contentDir, 'taxonomy');
  return existsSync(own) ? own : path.join(DEFAULT_CONTENT_DIR, 'taxonomy');
}

/** The outlet table of an archive: its own `outlets.yaml` when it has one, else the default archive's. */
export function outletsFileFor(contentDir: string): string {
  const own = path.join(contentDir, OUTLETS_FILE);
  return existsSync(own) ? own : path.join(DEFAULT_CONTENT_DIR, OUTLETS_FILE);
}

/**
 * The taxonomy of the archive in `contentDir` as read (see `taxonomyDirFor`), with its outlet table (see
 * `outletsFileFor`): the one place the tagger and the site's sources read that table from.
 */
export function taxonomySourcesFor(contentDir: string): TaxonomySources {
  const taxonomyDir = taxonomyDirFor(contentDir);
  const outletsFile = outletsFileFor(contentDir);
  return readTaxonomySources(taxonomyDir, displayPath(taxonomyDir), {
    file: outletsFile,
    label: displayPath(outletsFile),
  });
}

/** The settings file of an archive: its own `site.yaml` when it has one, else the default archive's. */
export function siteSettingsFileFor(contentDir: string): string {
  const own = path.join(contentDir, SITE_SETTINGS_FILE);
  return existsSync(own) ? own : path.join(DEFAULT_CONTENT_DIR, SITE_SETTINGS_FILE);
}

/** The settings of the archive in `contentDir` (see `siteSettingsFileFor`), `SITE_URL` overriding its address. */
export function loadSiteSettingsFor(contentDir: string): SiteSettings {
  const file = siteSettingsFileFor(contentDir);
  return loadSiteSettings(file, displayPath(file));
}

/**
 * Throws, saying what is missing and what to do, when the archive in `contentDir` has no folder of articles: a build
 * would otherwise fail on it with the system's bare error, or, where a file stands in its place, publish a site of no
 * articles over the previous one. A symbolic link there is left to the reading, which rejects it.
 */
export function checkArticlesFolder(contentDir: string): void {
  const articlesDir = path.join(contentDir, 'articles');
  const entry = lstatSync(articlesDir, { throwIfNoEntry: false });
  if (entry?.isDirectory() || entry?.isSymbolicLink()) return;
  throw new Error(
    `there is no folder of articles to build: ${displayPath(articlesDir)} ${entry ? 'is a file, not a folder' : 'does not exist'}; ` +
      'make that folder and put the articles in it (npm run ingest makes it), or give --content the folder that holds articles/',
  );
}

/** A path as shown to the user: relative to the working directory when inside it. */
export function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : full;
}
