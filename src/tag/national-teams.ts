/**
 * Tag stage: national rugby union teams. In a story about rugby union, a country or home nation that plays ("England
 * were", "defeats against Wales and France", "victory over Argentina") is its national team, an actor the labelling
 * guide counts ("sports clubs and teams"), named as the guide names it: "England national rugby union team". Pure.
 */
import { slugify } from '../slugify.ts';
import type { ActorTag } from '../types.ts';
import { MAX_EVIDENCE } from './countries.ts';
import { evidenceAt, type TagDocument } from './document.ts';

/** Names of rugby union's competitions between nations: one makes a story one about rugby union. */
const INTERNATIONAL_RUGBY = /\b(?:rugby union|Six Nations|Tri-Nations|British (?:and|&) Irish Lions)\b/;
/** "rugby" alone, not rugby league's: twice makes a story one about rugby union ("a former rugby player" does not). */
const RUGBY = /\brugby\b(?! league)/g;
/** Words before a place that make it the place a match is played, not a team ("in Cardiff", "at Twickenham"). */
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'into', 'across']);

/** A country's own name or a home nation's in the text, which may stand for its team. */
export interface TeamMention {
  first: number;
  last: number;
  /** The country the name belongs to (GB for England, Scotland and Wales). */
  country: string;
}

/** True when the document is a story about rugby union. */
function aboutRugbyUnion(doc: TagDocument): boolean {
  return INTERNATIONAL_RUGBY.test(doc.text) || (doc.text.match(RUGBY)?.length ?? 0) >= 2;
}

/** Home nations that field their own national teams: places of the United Kingdom in the gazetteer. */
export const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales']);

/**
 * The national rugby union teams of a story about rugby union: each country or home nation the body names at least
 * once other than as a place ("in South Africa"), with every such mention as evidence.
 */
export function nationalTeams(doc: TagDocument, mentions: TeamMention[]): ActorTag[] {
  if (mentions.length === 0 || !aboutRugbyUnion(doc)) return [];
  const teams = new Map<string, ActorTag>();
  for (const { first, last, country } of mentions) {
    const start = doc.tokens[first]!.start;
    const place = doc.text.slice(start, doc.tokens[last - 1]!.end);
    if (start < doc.titleEnd || LOCATIVE.has(doc.tokens[first - 1]?.text ?? '')) continue;
    const name = `${place} national rugby union team`;
    const id = `discovered:${slugify(name)}`;
    let team = teams.get(id);
    if (!team) {
      team = { id, name, type: 'organization', country, discovered: true, origin: 'text', evidence: [], mentions: 0 };
      teams.set(id, team);
    }
    team.mentions = (team.mentions ?? 0) + 1;
    if (team.evidence.length < MAX_EVIDENCE) team.evidence.push(evidenceAt(doc, start, doc.tokens[last - 1]!.end));
  }
  return [...teams.values()];
}
