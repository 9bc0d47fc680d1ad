/**
 * Tag stage: people the actors file does not know yet, found when the text gives a full name in a person's
 * context ("spokesman Zhao Lijian", "Jake Sullivan, Mr. Biden's Security Adviser"). Pure.
 */
import type { ActorTag } from '../types.ts';
import { MAX_EVIDENCE } from './countries.ts';
import { evidenceAt, type TagDocument } from './document.ts';
import { isKnownName, isNameWord, isRole, titleBefore } from './person-context.ts';

/** Longest full name taken: given name, up to one middle name, family name. */
const MAX_NAME_WORDS = 3;
/** How far after "Name Name," a role word may stand and still describe the name ("..., a senior adviser to ..."). */
const APPOSITION_WINDOW = 5;

/** A slug of a name for the discovered actor's id. */
function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** True when a comma after token `end` opens a description with a role in it ("Sullivan, the national security adviser"). */
function roleFollows(doc: TagDocument, end: number): boolean {
  if (doc.tokens[end]?.text !== ',') return false;
  for (let i = end + 1; i <= end + APPOSITION_WINDOW && i < doc.tokens.length; i++) {
    const text = doc.tokens[i]!.text;
    if (text === ',' || text === '.' || text === ';') return false;
    // "Byrd of West Virginia, Republican leader Robert Dole": a role right before a name is that name's.
    if (isRole(doc.tokens[i])) return !isNameWord(doc.tokens[i + 1]);
  }
  return false;
}

/**
 * Finds full names of people in a person's context that no known actor covers.
 * @param known token indexes already matched as known actors or countries: never part of a discovered name.
 */
export function discoverPeople(doc: TagDocument, known: Set<number>): ActorTag[] {
  const found = new Map<string, ActorTag>();
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]) || known.has(i) || isNameWord(tokens[i - 1])) continue;
    let end = i;
    while (end < tokens.length && end - i < MAX_NAME_WORDS && isNameWord(tokens[end]) && !known.has(end)) end++;
    const words = tokens.slice(i, end);
    if (words.length < 2 || isNameWord(tokens[end])) continue;
    if (!words.some((w) => isKnownName(w.text))) continue;
    if (!isRole(titleBefore(tokens, i)) && !roleFollows(doc, end)) continue;
    const name = words.map((w) => w.text).join(' ');
    const id = `discovered:${slugOf(name)}`;
    let tag = found.get(id);
    if (!tag) {
      tag = { id, name, type: 'person', country: null, discovered: true, origin: 'text', evidence: [], mentions: 0 };
      found.set(id, tag);
    }
    tag.mentions = (tag.mentions ?? 0) + 1;
    if (tag.evidence.length < MAX_EVIDENCE) tag.evidence.push(evidenceAt(doc, words[0]!.start, words.at(-1)!.end));
    i = end;
  }
  return [...found.values()];
}
