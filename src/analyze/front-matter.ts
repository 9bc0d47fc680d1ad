/**
 * Analyze: where front matter overrides what the pipeline found, all in one place. Its title, date, author and
 * source win over the page's; its `retrieved` over the build's; its `countries`, `actors` and `topics` add tags or,
 * with a leading minus, remove them. Pure: what the pipeline found is copied, never changed.
 */
import { NO_TITLE, type ExtractSettings } from '../extract/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Diagnostic, ExtractedArticle, FrontMatter, Tags, TopicTag } from '../types.ts';

/** The extraction settings of one article: its front matter's retrieval date wins over the build's. */
export function settingsFor(fm: FrontMatter, settings: ExtractSettings): ExtractSettings {
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
  const a = split(fm.actors);
  const actors = found.actors.filter((t) => !a.remove.has(t.id));
  for (const id of a.add) {
    const actor = taxonomy.actors.find((x) => x.id === id);
    if (actors.some((t) => t.id === id)) continue;
    if (actor)
      actors.push({
        id,
        name: actor.name,
        type: actor.type,
        country: actor.country,
        discovered: false,
        origin: 'front-matter',
        evidence: [],
      });
    else diagnostics.push(unknown('actors', id));
  }
  return { tags: { countries, actors }, diagnostics };
}

/** Front matter `topics`: adds topics, or removes them with a leading minus. */
export function applyTopicOverrides(
  found: TopicTag[],
  fm: FrontMatter,
  taxonomy: Taxonomy,
): { topics: TopicTag[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const t = split(fm.topics);
  const topics = found.filter((x) => !t.remove.has(x.id));
  for (const id of t.add) {
    const topic = taxonomy.topics.find((x) => x.id === id);
    if (topics.some((x) => x.id === id)) continue;
    if (topic)
      topics.push({
        id,
        title: topic.title,
        score: 0,
        threshold: topic.threshold,
        origin: 'front-matter',
        terms: [],
        evidence: [],
      });
    else diagnostics.push(unknown('topics', id));
  }
  return { topics, diagnostics };
}
