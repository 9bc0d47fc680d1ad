/** Tag stage: the people and organisations an article names, with evidence. Pure. */
import type { ActorTag } from '../types.ts';
import { PERSON_TITLES, type CompiledTaxonomy } from './compile.ts';
import { MAX_EVIDENCE } from './countries.ts';
import { evidenceAt, type TagDocument } from './document.ts';

/**
 * Tags actors by full name or alias anywhere, and by short name ("Lavrov", "Xi") after a title such as
 * "Mr." or "President", or once the full name has appeared earlier in the article.
 */
export function tagActors(doc: TagDocument, compiled: CompiledTaxonomy): ActorTag[] {
  const tags = new Map<string, ActorTag>();
  for (const match of compiled.actors.match(doc.tokens)) {
    const full = match.values.find((v) => v.form === 'name');
    const previous = doc.tokens[match.first - 1]?.text ?? '';
    const titled = PERSON_TITLES.has(previous) || PERSON_TITLES.has(`${previous}.`);
    const hit = full ?? match.values.find((v) => v.form === 'short' && (titled || tags.has(v.actor.id)));
    if (!hit) continue;
    const { actor } = hit;
    let tag = tags.get(actor.id);
    if (!tag) {
      tag = { id: actor.id, name: actor.name, type: actor.type, country: actor.country, discovered: false, origin: 'text', evidence: [] };
      tags.set(actor.id, tag);
    }
    if (tag.evidence.length < MAX_EVIDENCE) tag.evidence.push(evidenceAt(doc, match.start, match.end));
  }
  return [...tags.values()].sort((a, b) => b.evidence.length - a.evidence.length || a.name.localeCompare(b.name));
}
