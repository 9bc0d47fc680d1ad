/**
 * Build: renders the archive model with Eleventy and the templates in `templates/`, writing each page through the
 * build's writer. Eleventy is loaded once, when first asked for.
 */
import path from 'node:path';
import type { ArchiveArticle, ArchiveModel, ListPage } from '../archive/index.ts';
import type { OutputWriter } from '../output/index.ts';
import type { SiteData } from '../render/index.ts';
import type { SearchIndexLayout } from '../search/index.ts';
import { codeFolder, eleventyModule, modulePath } from '../runtime.ts';
import { TEMPLATES_DIR } from './paths.ts';

/** The pages to render of those rendered one per item: the others are kept from the previous build. */
export interface PagesToRender {
  articles: ArchiveArticle[];
  lists: ListPage[];
}

let eleventyLoading: Promise<typeof import('@11ty/eleventy')> | null = null;

/**
 * Loads Eleventy, once (when the commands run compiled, its bundle: see `eleventyModule`): loading it takes the
 * build's thread a third of a second, which a build spends while the analysis workers start (`buildSite` asks for it
 * first). Without its module resolver: Eleventy registers one so that templates it imports again after an edit are
 * read anew, and before Node 22.15 that resolver runs on a thread of its own that every module the process loads
 * afterwards goes through; a build process imports each template once (`npm run dev` starts a new one when a
 * template changes).
 */
export const loadEleventy = () => {
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  return (eleventyLoading ??= import(eleventyModule()) as Promise<typeof import('@11ty/eleventy')>);
};

/**
 * Renders the archive model with Eleventy and the templates in `templates/`: the single pages, and of the pages
 * rendered one per item those in `pages`; `globals` are the site's settings and the search index's layout. Eleventy renders but writes nothing (dry run): each page goes through
 * `writer`, which writes it only when its bytes changed; resolves once every page is on disk.
 */
export async function renderSite(
  model: ArchiveModel,
  pages: PagesToRender,
  globals: { site: SiteData; searchIndex: SearchIndexLayout },
  outDir: string,
  writer: OutputWriter,
  onPage?: () => void,
): Promise<void> {
  const { default: Eleventy } = await loadEleventy();
  // The page templates and the configuration as this process runs them: compiled, they are `.11ty.mjs` modules.
  const eleventy = new Eleventy(codeFolder('templates/pages'), outDir, {
    quietMode: true,
    configPath: modulePath('.eleventy'),
    config(eleventyConfig) {
      // The compiled templates are in an ignored folder; nothing else is in the templates' folder.
      eleventyConfig.setUseGitIgnore(false);
      eleventyConfig.addGlobalData('archive', model);
      eleventyConfig.addGlobalData('pages', pages);
      eleventyConfig.addGlobalData('searchIndex', globals.searchIndex);
      eleventyConfig.addGlobalData('site', globals.site);
      // Each page is handed to the writer, and Eleventy keeps an empty string in its place: it holds every page it
      // rendered until the end, and a dry run needs none of them (10,000 pages are hundreds of megabytes).
      eleventyConfig.addTransform('write-if-changed', async function (content) {
        if (this.page.outputPath) await writer.write(path.relative(outDir, this.page.outputPath), content);
        onPage?.();
        return '';
      });
    },
  });
  eleventy.setDryRun(true);
  // Its summary would say "Wrote 0 files": the build's own summary counts what was written.
  eleventy.disableLogger();
  await eleventy.write().catch(async (error: unknown) => {
    // A page the writer could not write (a full disk) fails every page after it, and Eleventy's error lists them all
    // without the cause: the writer's own error names the first page and the cause.
    await writer.settled();
    throw error;
  });
  await writer.copyTree(path.join(TEMPLATES_DIR, 'assets'), 'assets');
  await writer.settled();
}
