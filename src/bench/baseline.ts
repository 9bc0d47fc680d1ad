/**
 * Bench: the plain baseline the pipeline is compared with: the same article files as Eleventy Markdown
 * templates (one per article, one shared layout) built by the Eleventy CLI, then indexed by the Pagefind CLI.
 * Touches the disk.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runMeasured } from './measure-process.ts';

const LAYOUT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main data-pagefind-body><h1>{{ title }}</h1>
{{ content }}
</main></body></html>
`;

/** Writes an Eleventy project with one Markdown template per article of `articlesDir` into `projectDir`. */
export function writeBaselineProject(articlesDir: string, projectDir: string): void {
  const input = path.join(projectDir, 'src');
  mkdirSync(path.join(input, '_includes'), { recursive: true });
  writeFileSync(path.join(input, '_includes', 'article.njk'), LAYOUT);
  for (const file of readdirSync(articlesDir)) {
    const [headline = '', , date = '', ...body] = readFileSync(path.join(articlesDir, file), 'utf8').split('\n');
    // The body is taken as Markdown only (no Liquid), as the pipeline never runs article text as a template.
    const frontMatter = `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\nlayout: article.njk\ntemplateEngineOverride: md\n---\n`;
    writeFileSync(path.join(input, file.replace(/\.txt$/, '.md')), `${frontMatter}${body.join('\n')}`);
  }
}

export interface BaselineTimes {
  eleventy: number;
  pagefind: number;
  total: number;
  peakRss: number;
}

/** Builds the baseline project with the Eleventy CLI, then indexes its output with the Pagefind CLI. */
export async function buildBaseline(repoRoot: string, projectDir: string): Promise<BaselineTimes> {
  const modules = path.join(repoRoot, 'node_modules');
  const eleventy = await runMeasured(process.execPath, [path.join(modules, '@11ty/eleventy/cmd.cjs'), '--input=src', '--output=_site', '--quiet'], { cwd: projectDir });
  const pagefind = await runMeasured(process.execPath, [path.join(modules, 'pagefind/lib/runner/bin.cjs'), '--site', '_site'], { cwd: projectDir });
  return { eleventy: eleventy.seconds, pagefind: pagefind.seconds, total: eleventy.seconds + pagefind.seconds, peakRss: Math.max(eleventy.peakRss, pagefind.peakRss) };
}
