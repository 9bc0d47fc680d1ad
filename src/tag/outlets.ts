/**
 * Tag stage: the news outlets of the archive's outlet table (`outlets.yaml`) that a story quotes as a source ("told
 * CNN", "according to Reuters", "Interfax reported"), as the labelling guide counts them: actors, with evidence. An
 * outlet named only in a dateline ("KIEV (Reuters) -"), a credit ("(AFP Photo)") or the page's header is not one.
 * Pure.
 */
import { slugify } from '../slugify.ts';
import type { ActorTag } from '../types.ts';
import type { OutletEntry } from '../outlets/index.ts';
import type { ActorEntry } from '../taxonomy/index.ts';
import { MAX_EVIDENCE } from './countries.ts';
import { evidenceAt, type TagDocument } from './document.ts';
import { PhraseMatcher, type PhraseMatch } from './matcher.ts';
import { comparableName } from './names.ts';

/** Words before an outlet's name that make it a source ("told the BBC", "a document reviewed by Reuters"). */
const SOURCE_BEFORE =
  /\b(?:told|tells?|telling|asked by|according(?: to)?|reported by|quoted by|cited by|obtained by|seen by|reviewed by|received by|sent to|polled by|interview with|speaking to|spoke to|confirmed to|respond to|reply to)\s+(?:the\s+)?(?:state-run\s+|state\s+)?$/i;
/** Words after it that make it one ("Interfax reported", "CNN has reached out", "RIA Novosti news agency quoted"). */
const SOURCE_AFTER =
  /^(?:\s+news agency)?\s+(?:reported|reports|quoted|cited|understands|has learned|learned|has reached out|is reaching out|reached out)\b/i;

/** True when the words before `start` in `text` make what is written there a source ("told", "according to the"). */
export function isSourceAt(text: string, start: number): boolean {
  return SOURCE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** True when the name written at [start, end) of `text` stands as a source, by the words before or after it. */
export function isQuotedAt(text: string, start: number, end: number): boolean {
  return isSourceAt(text, start) || SOURCE_AFTER.test(text.slice(end, end + 40));
}

/**
 * A matcher of the outlets' names and other names, written as the table writes them, less the outlets the actors
 * file holds under one of those names (TASS, Xinhua, the State Department): those are its actors already.
 */
export function compileOutlets(outlets: OutletEntry[], actors: ActorEntry[]): PhraseMatcher<OutletEntry> {
  const known = new Set(actors.flatMap((a) => [a.name, ...a.aliases]).map(comparableName));
  const matcher = new PhraseMatcher<OutletEntry>({ ignoreCase: false });
  for (const outlet of outlets) {
    const names = [outlet.name, ...outlet.names];
    if (names.some((name) => known.has(comparableName(name)))) continue;
    for (const name of names) matcher.add(name, outlet);
  }
  return matcher;
}

/** The outlets the document quotes as a source, each once, with the names it is quoted by as evidence. */
export function quotedOutlets(doc: TagDocument, matches: PhraseMatch<OutletEntry>[]): ActorTag[] {
  const tags = new Map<OutletEntry, ActorTag>();
  for (const match of matches) {
    if (!isQuotedAt(doc.text, match.start, match.end)) continue;
    const outlet = match.values[0]!;
    const tag = tags.get(outlet) ?? {
      id: `discovered:${slugify(outlet.name)}`,
      name: outlet.name,
      type: 'organization',
      country: null,
      discovered: true,
      aliases: outlet.names,
      origin: 'text',
      evidence: [],
      mentions: 0,
    };
    tags.set(outlet, tag);
    tag.mentions = (tag.mentions ?? 0) + 1;
    if (tag.evidence.length < MAX_EVIDENCE) tag.evidence.push(evidenceAt(doc, match.start, match.end));
  }
  return [...tags.values()];
}
