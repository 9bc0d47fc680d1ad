/** Taxonomy stage: reads and validates the taxonomy files of an archive. Input: a folder; output: a Taxonomy. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { OUTLETS_FILE, parseOutletEntries, type OutletEntry } from '../outlets/index.ts';
import { parseYamlFile } from '../parse-yaml-file.ts';
import { DEFAULT_CONTENT_DIR } from '../runtime.ts';
import { buildCountries, type Country } from './countries.ts';
import { actorsFileSchema, countriesFileSchema, topicsFileSchema, type ActorEntry, type TopicEntry } from './schema.ts';

export interface Taxonomy {
  countries: Country[];
  /** Phrases that contain a country's name without meaning the state. */
  notCountries: string[];
  actors: ActorEntry[];
  topics: TopicEntry[];
  /**
   * The news outlets of the archive's outlet table, which the tagger reads as actors where a story quotes them and
   * the site names sources by; none when there is no such file.
   */
  outlets?: OutletEntry[];
  /** Hash of every taxonomy file's bytes: part of the analysis cache key. */
  fingerprint: string;
}

/** A taxonomy file that does not parse or does not match its schema. The message names the file and the field. */
export class TaxonomyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaxonomyError';
  }
}

export const TAXONOMY_FILES = ['countries.yaml', 'actors.yaml', 'topics.yaml'] as const;

function assertUnique(label: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) throw new TaxonomyError(`${label}: [${index}].id: "${id}" is used twice`);
    seen.add(id);
  }
}

/**
 * Refuses a name or alias that two actors list: the tagger gives it to the first alone, so the second is never tagged
 * by it, and the archivist meant one of them.
 */
function assertActorNamesUnique(label: string, actors: Array<{ id: string; name: string; aliases?: string[] }>): void {
  const owner = new Map<string, string>();
  for (const [index, actor] of actors.entries()) {
    for (const name of new Set([actor.name, ...(actor.aliases ?? [])])) {
      const first = owner.get(name);
      if (first !== undefined && first !== actor.id)
        throw new TaxonomyError(`${label}: [${index}]: "${name}" is also a name of ${first}; keep it under one actor`);
      owner.set(name, actor.id);
    }
  }
}

/** The taxonomy files of an archive as read, before parsing: enough to fingerprint them. */
export interface TaxonomySources {
  /** Each file's text, by file name. */
  texts: Record<(typeof TAXONOMY_FILES)[number], string>;
  /** The text of the outlet table, or null when there is none. */
  outletsText: string | null;
  /** How to name the outlet table in error messages. */
  outletsLabel: string;
  /** How to name the folder in error messages. */
  displayDir: string;
  /** Hash of every taxonomy file's bytes (`Taxonomy.fingerprint`). */
  fingerprint: string;
}

/** An outlet table's file, and how error messages name it (relative to the repo, never absolute). */
export interface OutletsFile {
  file: string;
  label: string;
}

/**
 * Reads the taxonomy files in `dir` (countries.yaml, actors.yaml and topics.yaml) and the outlet table `outlets`
 * (by default `../outlets.yaml` beside the folder; none when the file does not exist).
 * @param displayDir how to name the folder in error messages (relative to the repo, never absolute).
 */
export function readTaxonomySources(
  dir: string,
  displayDir = dir,
  outlets: OutletsFile = {
    file: path.join(dir, '..', OUTLETS_FILE),
    label: path.join(displayDir, '..', OUTLETS_FILE),
  },
): TaxonomySources {
  const hash = createHash('sha256');
  const read = (file: (typeof TAXONOMY_FILES)[number]) => {
    const full = path.join(dir, file);
    if (!existsSync(full)) throw new TaxonomyError(`${path.join(displayDir, file)}: file is missing`);
    const text = readFileSync(full, 'utf8');
    hash.update(file).update('\0').update(text).update('\0');
    return text;
  };
  const texts = {
    'countries.yaml': read('countries.yaml'),
    'actors.yaml': read('actors.yaml'),
    'topics.yaml': read('topics.yaml'),
  };
  const outletsText = existsSync(outlets.file) ? readFileSync(outlets.file, 'utf8') : null;
  if (outletsText !== null) hash.update(OUTLETS_FILE).update('\0').update(outletsText).update('\0');
  return { texts, outletsText, outletsLabel: outlets.label, displayDir, fingerprint: hash.digest('hex') };
}

/**
 * Checks the former names of countries.yaml: each is filed under a known country code, and none is a name, demonym or
 * seat of another state (a former name read as two states would tag both).
 */
function assertFormerNames(formerNames: Record<string, string[]>, countries: Country[], file: string): void {
  for (const [code, names] of Object.entries(formerNames)) {
    if (!countries.some((c) => c.code === code))
      throw new TaxonomyError(`${file}: formerNames.${code}: "${code}" is not a known country code`);
    for (const name of names) {
      const other = countries.find((c) => c.code !== code && [...c.names, ...c.demonyms, ...c.seats].includes(name));
      if (other) throw new TaxonomyError(`${file}: formerNames.${code}: "${name}" is also a name of ${other.code}`);
    }
  }
}

/** Parses and validates taxonomy files read by `readTaxonomySources`. */
export function parseTaxonomy({
  texts,
  outletsText,
  outletsLabel,
  displayDir,
  fingerprint,
}: TaxonomySources): Taxonomy {
  const label = (file: string) => path.join(displayDir, file);
  const parseFile = <T extends z.ZodTypeAny>(file: (typeof TAXONOMY_FILES)[number], schema: T, empty: unknown) =>
    parseYamlFile(texts[file], label(file), schema, empty, (message) => new TaxonomyError(message));
  const countriesFile = parseFile('countries.yaml', countriesFileSchema, {});
  const actors = parseFile('actors.yaml', actorsFileSchema, []);
  const topics = parseFile('topics.yaml', topicsFileSchema, []);
  assertUnique(
    label('actors.yaml'),
    actors.map((a) => a.id),
  );
  assertActorNamesUnique(label('actors.yaml'), actors);
  assertUnique(
    label('topics.yaml'),
    topics.map((t) => t.id),
  );
  const countries = buildCountries(countriesFile);
  const codes = new Set(countries.map((c) => c.code));
  assertFormerNames(countriesFile.formerNames, countries, label('countries.yaml'));
  for (const [index, actor] of actors.entries()) {
    if (actor.country && !codes.has(actor.country)) {
      throw new TaxonomyError(
        `${label('actors.yaml')}: [${index}].country: "${actor.country}" is not a known country code`,
      );
    }
  }
  const outlets = outletsText === null ? [] : parseOutletEntries(outletsText, outletsLabel);
  return { countries, notCountries: countriesFile.notCountries, actors, topics, outlets, fingerprint };
}

/** A warning about the taxonomy as a whole, shown in the build report beside the articles' own. */
export interface TaxonomyWarning {
  /** The taxonomy file, as `displayDir` names its folder. */
  file: string;
  level: 'warning';
  stage: 'read';
  code: 'taxonomy-empty';
  message: string;
}

/**
 * Warnings for taxonomy files that hold no entry: an empty actors.yaml or topics.yaml is valid, but silently leaves
 * the site without actor or topic pages, which is more often a mistake than a choice.
 */
export function checkTaxonomy(taxonomy: Taxonomy, displayDir: string): TaxonomyWarning[] {
  const empty = (file: string, entries: string, page: string): TaxonomyWarning => ({
    file: path.join(displayDir, file),
    level: 'warning',
    stage: 'read',
    code: 'taxonomy-empty',
    message: `holds no ${entries}: no article is tagged with one and the site has no ${page} pages`,
  });
  return [
    ...(taxonomy.actors.length ? [] : [empty('actors.yaml', 'actors', 'actor')]),
    ...(taxonomy.topics.length ? [] : [empty('topics.yaml', 'topics', 'topic')]),
  ];
}

/**
 * Loads the taxonomy from `dir` (a folder holding countries.yaml, actors.yaml and topics.yaml).
 * @param displayDir how to name the folder in error messages (relative to the repo, never absolute).
 */
export function loadTaxonomy(dir: string, displayDir = dir): Taxonomy {
  return parseTaxonomy(readTaxonomySources(dir, displayDir));
}

/** The default archive's taxonomy (`content/taxonomy`), with which the labelled sets are scored and the models learned. */
export function loadDefaultTaxonomy(): Taxonomy {
  return loadTaxonomy(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), 'content/taxonomy');
}
