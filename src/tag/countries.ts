/** Tag stage: the countries an article is about (primary) and those it only mentions, with evidence. Pure. */
import type { ActorTag, CountryTag } from '../types.ts';
import type { CompiledTaxonomy } from './compile.ts';
import { evidenceAt, type TagDocument } from './document.ts';

/** A country named this many times in the body is primary even when the headline and lead do not name it. */
const PRIMARY_MIN_MENTIONS = 3;
/** Evidence kept per tag: enough to show why, not every occurrence. */
export const MAX_EVIDENCE = 3;

interface Tally {
  code: string;
  mentions: number;
  inTitle: boolean;
  inLead: boolean;
  tag: CountryTag;
}

/**
 * Tags countries from their names, demonyms, capitals and combining forms, and from the known actors of
 * each country (an actor's country is at least mentioned).
 */
export function tagCountries(doc: TagDocument, compiled: CompiledTaxonomy, actors: ActorTag[]): CountryTag[] {
  const tallies = new Map<string, Tally>();
  const tally = (code: string) => {
    let t = tallies.get(code);
    if (!t) {
      const name = compiled.countryNames.get(code) ?? code;
      t = { code, mentions: 0, inTitle: false, inLead: false, tag: { code, name, primary: false, score: 0, origin: 'text', evidence: [] } };
      tallies.set(code, t);
    }
    return t;
  };
  for (const match of compiled.countries.match(doc.tokens)) {
    for (const hit of match.values) {
      if (hit.kind !== 'country') continue;
      if (hit.form === 'prefix' && doc.tokens[match.last - 1]?.text !== '-') continue;
      const t = tally(hit.code);
      t.mentions++;
      if (match.start < doc.titleEnd) t.inTitle = true;
      else if (match.start < doc.leadEnd) t.inLead = true;
      if (t.tag.evidence.length < MAX_EVIDENCE) t.tag.evidence.push(evidenceAt(doc, match.start, match.end));
    }
  }
  for (const actor of actors) {
    if (!actor.country || actor.discovered) continue;
    const t = tally(actor.country);
    if (t.mentions === 0) t.tag.origin = 'actor';
    t.mentions++;
    if (t.tag.evidence.length < MAX_EVIDENCE && actor.evidence[0]) t.tag.evidence.push(actor.evidence[0]);
  }
  return [...tallies.values()]
    .map((t) => {
      t.tag.score = t.mentions + (t.inTitle ? 3 : 0) + (t.inLead ? 2 : 0);
      t.tag.primary = t.tag.origin === 'text' && (t.inTitle || t.inLead || t.mentions >= PRIMARY_MIN_MENTIONS);
      return t.tag;
    })
    .sort((a, b) => Number(b.primary) - Number(a.primary) || b.score - a.score || a.code.localeCompare(b.code));
}
