/**
 * Analyze: where front matter overrides what the pipeline found, all in one place. Its title, date, author and
 * source win over the page's; its `retrieved` over the build's; its `countries`, `actors` and `topics` add tags or,
 * with a leading minus, remove them. Pure: what the pipeline found is copied, never changed.
 */
import { NO_TITLE, type ExtractOptions } from '../extract/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { ActorTag, Diagnostic, ExtractedArticle, FrontMatter, Tags, TopicTag } from '../types.ts';

/** The extraction settings of one article: its front matter's retrieval date wins over the build's. */
export function settingsFor(fm: FrontMatter, settings: ExtractOptions): ExtractOptions {
  return { ...settings, retrieved: fm.retrieved ?? settings.retrieved };
}

/** Front matter `title`, `date`, `author` and `source` over what the page says (a title the page lacked is no warning). */
export function applyFrontMatterFields(found: ExtractedArticle, fm: FrontMatter): ExtractedArticle {
  return {
    ...found,
    title: fm.title ?? found.title,
    date: fm.date ?? found.date,
    dateText: fm.date ? null : found.dateText,
    author: fm.author ?? found.author,
    source: fm.source ?? found.source,
    diagnostics: fm.title ? found.diagnostics.filter((d) => d.code !== NO_TITLE) : found.diagnostics,
  };
}

/** Splits a front-matter list into ids to add and ids to remove ("-RU"). */
function split(values: string[] | undefined): { add: string[]; remove: Set<string> } {
  const add: string[] = [];
  const remove = new Set<string>();
  for (const value of values ?? []) {
    if (value.startsWith('-')) remove.add(value.slice(1).trim());
    else add.push(value.trim());
  }
  return { add, remove };
}

function unknown(field: string, id: string): Diagnostic {
  return {
    level: 'warning',
    stage: 'tag',
    code: 'front-matter-unknown',
    message: `front matter "${field}": "${id}" is not in the taxonomy; ignored`,
  };
}

/**
 * A list of tags with ids, with the front matter's `values` applied: ids with a leading minus removed, the others
 * added from `make` at the end when they are not there already (an id `make` does not know is a warning).
 */
function overrideById<T extends { id: string }>(
  found: T[],
  values: string[] | undefined,
  field: string,
  diagnostics: Diagnostic[],
  make: (id: string) => T | undefined,
): T[] {
  const { add, remove } = split(values);
  const tags = found.filter((t) => !remove.has(t.id));
  for (const id of add) {
    if (tags.some((t) => t.id === id)) continue;
    const tag = make(id);
    if (tag) tags.push(tag);
    else diagnostics.push(unknown(field, id));
  }
  return tags;
}

/** Front matter `countries` and `actors`: added countries become primary; a leading minus removes a tag. */
export function applyTagOverrides(
  found: Tags,
  fm: FrontMatter,
  taxonomy: Taxonomy,
): { tags: Tags; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const c = split(fm.countries?.map((v) => v.toUpperCase()));
  const countries = found.countries.filter((t) => !c.remove.has(t.code)).map((t) => ({ ...t }));
  for (const code of c.add) {
    const existing = countries.find((t) => t.code === code);
    const country = taxonomy.countries.find((x) => x.code === code);
    if (existing) existing.primary = true;
    else if (country)
      countries.unshift({ code, name: country.name, primary: true, score: 0, origin: 'front-matter', evidence: [] });
    else diagnostics.push(unknown('countries', code));
  }
  const actors = overrideById(found.actors, fm.actors, 'actors', diagnostics, (id): ActorTag | undefined => {
    const actor = taxonomy.actors.find((x) => x.id === id);
    if (!actor) return undefined;
    const { name, type, country } = actor;
    return { id, name, type, country, discovered: false, origin: 'front-matter', evidence: [] };
  });
  return { tags: { countries, actors }, diagnostics };
}

/** Front matter `topics`: adds topics, or removes them with a leading minus. */
export function applyTopicOverrides(
  found: TopicTag[],
  fm: FrontMatter,
  taxonomy: Taxonomy,
): { topics: TopicTag[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const topics = overrideById(found, fm.topics, 'topics', diagnostics, (id): TopicTag | undefined => {
    const topic = taxonomy.topics.find((x) => x.id === id);
    if (!topic) return undefined;
    return {
      id,
      title: topic.title,
      score: 0,
      threshold: topic.threshold,
      origin: 'front-matter',
      terms: [],
      evidence: [],
    };
  });
  return { topics, diagnostics };
}
