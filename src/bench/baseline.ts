/**
 * Bench: the plain baselines the pipeline is compared with: the same article files as Eleventy Markdown
 * templates (one per article, one shared layout) built by the Eleventy CLI, then indexed by the Pagefind CLI.
 * The baseline with tag pages also gives each article, in its front matter, the tags the archive gives it (one per
 * country, actor and topic page that lists it) and renders one page per tag, as Eleventy's documentation does it;
 * the articles-only baseline renders the articles alone. Touches the disk.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { modelArchive } from '../build/index.ts';
import { runMeasured } from './measure-process.ts';

const LAYOUT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main data-pagefind-body><h1>{{ title }}</h1>
{{ content }}
</main></body></html>
`;

/** One page per tag, listing the tag's articles: the pagination over `collections` of Eleventy's documentation. */
const TAG_PAGES = `---
pagination:
  data: collections
  size: 1
  alias: tag
  filter: [all]
permalink: "/tags/{{ tag | slugify }}/"
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ tag }}</title></head>
<body><h1>{{ tag }}</h1>
<ul>
{%- for post in collections[tag] %}
<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>
{%- endfor %}
</ul></body></html>
`;

/**
 * The tags the archive in `contentDir` gives each article file (by name): one per country, actor and topic page
 * that lists it. Analyses the archive through the cache in `cacheDir`, as a build does.
 */
export async function archiveTags(contentDir: string, cacheDir: string): Promise<Map<string, string[]>> {
  const { model } = await modelArchive({ contentDir, retrieved: null, cacheDir });
  const fileOf = new Map(model.articles.map((a) => [a.url, a.file]));
  const tags = new Map<string, string[]>();
  for (const term of [...model.countries, ...model.actors, ...model.topics]) {
    for (const ref of term.articles) {
      const file = fileOf.get(ref.url)!;
      tags.set(file, [...(tags.get(file) ?? []), `${term.kind}-${term.id}`]);
    }
  }
  return tags;
}

/**
 * Writes an Eleventy project with one Markdown template per article of `articlesDir` into `projectDir`; with
 * `tags` (by file name), each article carries its tags and the project renders one page per tag.
 */
export function writeBaselineProject(
  articlesDir: string,
  projectDir: string,
  tags: Map<string, string[]> | null,
): void {
  const input = path.join(projectDir, 'src');
  mkdirSync(path.join(input, '_includes'), { recursive: true });
  writeFileSync(path.join(input, '_includes', 'article.njk'), LAYOUT);
  if (tags) writeFileSync(path.join(input, 'tags.njk'), TAG_PAGES);
  for (const file of readdirSync(articlesDir)) {
    const [headline = '', , date = '', ...body] = readFileSync(path.join(articlesDir, file), 'utf8').split('\n');
    const tagLine = tags ? `tags: ${JSON.stringify(tags.get(file) ?? [])}\n` : '';
    // The body is taken as Markdown only (no Liquid), as the pipeline never runs article text as a template.
    const frontMatter = `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\n${tagLine}layout: article.njk\ntemplateEngineOverride: md\n---\n`;
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
  const eleventy = await runMeasured(
    process.execPath,
    [path.join(modules, '@11ty/eleventy/cmd.cjs'), '--input=src', '--output=_site', '--quiet'],
    { cwd: projectDir },
  );
  const pagefind = await runMeasured(
    process.execPath,
    [path.join(modules, 'pagefind/lib/runner/bin.cjs'), '--site', '_site'],
    { cwd: projectDir },
  );
  return {
    eleventy: eleventy.seconds,
    pagefind: pagefind.seconds,
    total: eleventy.seconds + pagefind.seconds,
    peakRss: Math.max(eleventy.peakRss, pagefind.peakRss),
  };
}
