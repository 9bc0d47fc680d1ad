/**
 * `npm run check:tagging-debris`: lists the tags of the labelled articles (both parts, the crawler captures
 * included) whose every evidence sentence lies in page debris: text the extractor removed, a line of page furniture
 * or a teaser block (src/quality/tagging-debris.ts). Exits 1 when there is one, so it can gate.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { createDefaultAnalysisContext } from '../src/analyze/index.ts';
import { analyzeLabels, labelParts } from '../src/quality/labelled-set.ts';
import { debrisOnlyTags } from '../src/quality/tagging-debris.ts';

// It takes no argument: a wrong one is said in one line, before any work.
readScriptOptions('npm run check:tagging-debris', {});

function main(): void {
  const context = createDefaultAnalysisContext();
  const parts = labelParts();
  const labels = [...parts.tuning.labels, ...parts.heldOut.labels];
  const out: string[] = [];
  let tags = 0;
  let debris = 0;
  for (const { label, article } of analyzeLabels(labels, context)) {
    tags += article.countries.length + article.actors.length + article.topics.length;
    for (const tag of debrisOnlyTags(article)) {
      debris++;
      out.push(`${label.file}: ${tag.kind} ${tag.id}`);
      for (const s of tag.sentences) out.push(`    ${s.reason}: ${JSON.stringify(s.sentence.slice(0, 160))}`);
    }
  }
  out.unshift(`${labels.length} labelled articles, ${tags} tags: ${debris} given from page debris alone`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (debris) process.exitCode = 1;
}

main();
