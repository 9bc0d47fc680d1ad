/** Analyze: applies front matter `countries`, `actors` and `topics` over what the pipeline found. Pure. */
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Diagnostic, FrontMatter, Tags, TopicTag } from '../types.ts';

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
  const countries = found.countries.filter((t) => !c.remove.has(t.code));
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
