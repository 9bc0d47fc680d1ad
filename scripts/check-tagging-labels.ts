/**
 * `npm run check:tagging-labels`: how the actor labels of the tuning and the held-out part compare, in counts only
 * (no article's labels or misses are listed, so the held-out part can be checked without being tuned on): articles,
 * labelled ids of the actors file, labelled names it lacks, and how many of those names the story does not write as
 * they are labelled (the labelling guide asks for the name "as the story gives it at its fullest"; a name not
 * written so cannot be found by reading names, whatever the tagger does). Of the names the story writes, it counts
 * where the tagger stands: no candidate name reads as the labelled one (the name is cut, joined to another or left
 * out), a candidate the name model scores under its threshold, or a candidate it accepts. And it counts the stories
 * that quote an outlet of `content/outlets.yaml` as a source (a name or other name of it in one of the shapes the
 * labelling guide lists: "told CNN", "according to Reuters", "Interfax reported") and how many of them label it.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAnalysisContext } from '../src/analyze/index.ts';
import { REPO_ROOT } from '../src/build/index.ts';
import { indexOutlets } from '../src/outlets/index.ts';
import { analyzeLabels, labelParts } from '../src/quality/labelled-set.ts';
import { createDocument, findNames } from '../src/tag/index.ts';
import { nameModel, nameProbability } from '../src/tag/name-model.ts';
import { isQuotedAt } from '../src/tag/outlets.ts';
import { comparableName } from '../src/tag/names.ts';
import { loadDefaultTaxonomy } from '../src/taxonomy/index.ts';

// It takes no argument: a wrong one is said in one line, before any work.
readScriptOptions('npm run check:tagging-labels', {});

/** A labelled name less an owner's possessive before it ("China's Ministry of ..."), as the scorer reads it. */
const withoutOwner = (name: string) => name.replace(/^\p{Lu}[\p{L}.]*['’]s\s+/u, '');

/**
 * The outlets a story quotes as a source: each of the table's names written in the text (a name of four letters or
 * fewer only in capitals, "AP", "RT", not "ap") that stands as a source (`isQuotedAt`).
 */
function quotedOutlets(text: string, outletOfName: Map<string, string>, pattern: RegExp): Set<string> {
  const quoted = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const written = match[1]!;
    if (written.length <= 4 && written !== written.toUpperCase()) continue;
    if (isQuotedAt(text, match.index, match.index + written.length))
      quoted.add(outletOfName.get(written.toLowerCase())!);
  }
  return quoted;
}

function main(): void {
  const taxonomy = loadDefaultTaxonomy();
  const context = createAnalysisContext(taxonomy, { retrieved: null });
  const actors = new Set(taxonomy.actors.map((a) => a.id));
  const { threshold } = nameModel();
  const outletOfName = indexOutlets(taxonomy.outlets ?? []).byName;
  const namesOfOutlet = new Map<string, string[]>();
  for (const [name, outlet] of outletOfName) namesOfOutlet.set(outlet, [...(namesOfOutlet.get(outlet) ?? []), name]);
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const outletPattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(${[...outletOfName.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  const actorNames = new Map(taxonomy.actors.map((a) => [a.id, [a.name, ...a.aliases]]));
  const parts = labelParts();
  for (const part of [parts.tuning, parts.heldOut]) {
    let ids = 0;
    let names = 0;
    let notWritten = 0;
    let oneWord = 0;
    const written = { noCandidate: 0, under: 0, accepted: 0 };
    const outlets = { quoting: 0, labelled: 0 };
    for (const { label, article } of analyzeLabels(part.labels, context)) {
      const raw = readFileSync(path.join(REPO_ROOT, label.file), 'utf8');
      const text = ` ${comparableName(raw)} `;
      const labelled = [...label.otherActors, ...label.actors.flatMap((id) => actorNames.get(id) ?? [])].map(
        (name) => `${comparableName(name)} `,
      );
      const quoted = quotedOutlets(raw, outletOfName, outletPattern);
      outlets.quoting += Number(quoted.size > 0);
      // A story counts as labelling its outlets when each is labelled, by its name or a longer one ("BBC One").
      const isLabelled = (outlet: string) =>
        namesOfOutlet.get(outlet)!.some((name) => labelled.some((l) => l.startsWith(`${comparableName(name)} `)));
      outlets.labelled += Number(quoted.size > 0 && [...quoted].every(isLabelled));
      const { candidates } = findNames(createDocument(article.title, article.text), context.tagger);
      const candidateForms = candidates.map((c) => [c.name, c.acronym ?? ''].map(comparableName));
      ids += label.actors.filter((id) => actors.has(id)).length;
      const other = [
        ...label.otherActors,
        ...label.actors.filter((id) => !actors.has(id)).map((id) => id.replace(/-/g, ' ')),
      ];
      names += other.length;
      oneWord += other.filter((n) => !/\s/.test(n.trim())).length;
      for (const name of other) {
        const forms = new Set([name, withoutOwner(name)].map(comparableName));
        if (!text.includes(` ${comparableName(withoutOwner(name))} `)) {
          notWritten++;
          continue;
        }
        const index = candidateForms.findIndex((f) => f.some((form) => forms.has(form)));
        if (index < 0) written.noCandidate++;
        else if (nameProbability(candidates[index]!.features) < threshold) written.under++;
        else written.accepted++;
      }
    }
    const percent = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(0)} %`;
    const inText = names - notWritten;
    process.stdout.write(
      `${part.name}: ${part.labels.length} articles, ${ids} labelled ids of the actors file and ${names} labelled ` +
        `names it lacks (${percent(names, ids + names)} of the actors); of those names ${oneWord} of one word ` +
        `(${percent(oneWord, names)}) and ${notWritten} not written in the story as labelled ` +
        `(${percent(notWritten, names)}); of the ${inText} written, ${written.noCandidate} read by no candidate ` +
        `(${percent(written.noCandidate, inText)}), ${written.under} candidates under the name model's threshold ` +
        `(${percent(written.under, inText)}), ${written.accepted} accepted (${percent(written.accepted, inText)}); ` +
        `${outlets.quoting} stories quote an outlet of content/outlets.yaml, ${outlets.labelled} of them label it\n`,
    );
  }
}

main();
