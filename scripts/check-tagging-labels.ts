/**
 * `npm run check:tagging-labels`: how the actor labels of the tuning and the held-out part compare, in counts only
 * (no article's labels or misses are listed, so the held-out part can be checked without being tuned on): articles,
 * labelled ids of the actors file, labelled names it lacks, and how many of those names the story does not write as
 * they are labelled (the labelling guide asks for the name "as the story gives it at its fullest"; a name not
 * written so cannot be found by reading names, whatever the tagger does).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONTENT_DIR, REPO_ROOT } from '../src/build/index.ts';
import { labelParts } from '../src/quality/labelled-set.ts';
import { comparableName } from '../src/tag/names.ts';
import { loadTaxonomy } from '../src/taxonomy/index.ts';

/** A labelled name less an owner's possessive before it ("China's Ministry of ..."), as the scorer reads it. */
const withoutOwner = (name: string) => name.replace(/^\p{Lu}[\p{L}.]*['’]s\s+/u, '');

function main(): void {
  const actors = new Set(
    loadTaxonomy(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), 'content/taxonomy').actors.map((a) => a.id),
  );
  const parts = labelParts();
  for (const part of [parts.tuning, parts.heldOut]) {
    let ids = 0;
    let names = 0;
    let notWritten = 0;
    let oneWord = 0;
    for (const label of part.labels) {
      const text = ` ${comparableName(readFileSync(path.join(REPO_ROOT, label.file), 'utf8'))} `;
      ids += label.actors.filter((id) => actors.has(id)).length;
      const other = [
        ...label.otherActors,
        ...label.actors.filter((id) => !actors.has(id)).map((id) => id.replace(/-/g, ' ')),
      ];
      names += other.length;
      oneWord += other.filter((n) => !/\s/.test(n.trim())).length;
      notWritten += other.filter((n) => !text.includes(` ${comparableName(withoutOwner(n))} `)).length;
    }
    const percent = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(0)} %`;
    process.stdout.write(
      `${part.name}: ${part.labels.length} articles, ${ids} labelled ids of the actors file and ${names} labelled ` +
        `names it lacks (${percent(names, ids + names)} of the actors); of those names ${oneWord} of one word ` +
        `(${percent(oneWord, names)}) and ${notWritten} not written in the story as labelled ` +
        `(${percent(notWritten, names)})\n`,
    );
  }
}

main();
