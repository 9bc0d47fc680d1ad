/**
 * Quality: tags that come only from page debris. A tag's evidence sentence is debris when it lies in text the
 * extractor removed, in a line the furniture rules call page furniture (a widget, a truncated teaser snippet, a
 * credit or a notice), or in a teaser block (the blocks under a "Related stories" heading). A tag all of whose
 * evidence sentences are debris was given from the page, not from the article. The headline is never debris. Pure.
 */
import { classifyDebris, DEBRIS_REASONS } from '../extract/boilerplate.ts';
import { splitLines } from '../extract/lines.ts';
import type { AnalyzedArticle, Evidence } from '../types.ts';

/** A tag given from debris alone, with why each of its evidence sentences is debris. */
export interface DebrisTag {
  kind: 'country' | 'actor' | 'topic';
  id: string;
  sentences: Array<{ sentence: string; reason: string }>;
}

/** Removed text shorter than this many characters is not matched against evidence (a lone "Share" is everywhere). */
const MIN_REMOVED_CHARS = 20;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The texts of the blocks that follow a teaser heading, up to the next heading. */
function teaserBlocks(article: AnalyzedArticle): string[] {
  const teasers: string[] = [];
  let underTeaserHeading = false;
  for (const block of article.blocks) {
    if (block.kind === 'heading') {
      underTeaserHeading = splitLines(block.text).some((line) => classifyDebris(line) === 'teaser-heading');
      continue;
    }
    if (!underTeaserHeading) continue;
    teasers.push(...(block.kind === 'list' ? block.items : [block.text]).map(collapse));
  }
  return teasers;
}

/** Why one evidence sentence is debris, or null when it is the article's. */
function debrisReason(sentence: string, title: string, removed: string[], teasers: string[]): string | null {
  const text = collapse(sentence);
  // The headline is the article's, also where the page repeats it in furniture the extractor removed.
  if (text === title) return null;
  if (removed.some((r) => r.includes(text) || (r.length >= MIN_REMOVED_CHARS && text.includes(r))))
    return 'in text the extractor removed';
  if (teasers.some((t) => t.includes(text) || text.includes(t))) return 'in a teaser block';
  const lines = splitLines(sentence);
  const kinds = lines.map(classifyDebris);
  if (lines.length && kinds.every((k) => k !== null)) return DEBRIS_REASONS[kinds[0]!];
  return null;
}

/** The article's tags whose every evidence sentence is debris; tags without evidence are not judged. */
export function debrisOnlyTags(article: AnalyzedArticle): DebrisTag[] {
  const removed = article.removed.map((r) => collapse(r.text)).filter(Boolean);
  const teasers = teaserBlocks(article);
  const title = collapse(article.title);
  const tags: Array<{ kind: DebrisTag['kind']; id: string; evidence: Evidence[] }> = [
    ...article.countries.map((t) => ({ kind: 'country' as const, id: t.code, evidence: t.evidence })),
    ...article.actors.map((t) => ({ kind: 'actor' as const, id: t.id, evidence: t.evidence })),
    ...article.topics.map((t) => ({ kind: 'topic' as const, id: t.id, evidence: t.evidence })),
  ];
  const found: DebrisTag[] = [];
  for (const tag of tags) {
    if (!tag.evidence.length) continue;
    const sentences = tag.evidence.map((e) => ({
      sentence: e.sentence,
      reason: debrisReason(e.sentence, title, removed, teasers),
    }));
    if (sentences.every((s) => s.reason !== null))
      found.push({
        kind: tag.kind,
        id: tag.id,
        sentences: sentences.map((s) => ({ sentence: s.sentence, reason: s.reason! })),
      });
  }
  return found;
}
