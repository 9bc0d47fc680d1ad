/** Eleventy configuration: thin glue. The pipeline lives in src/; this only registers the renderer. */
import { buildArchive } from './src/archive/index.ts';
import { analyzeArchive, DEFAULT_CONTENT_DIR } from './src/build/index.ts';
import { newsArchivePlugin, resolveSiteUrl, type EleventyConfig } from './src/render/index.ts';
import { codeFolder } from './src/runtime.ts';

export default function configure(eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsArchivePlugin, {
    siteUrl: resolveSiteUrl(),
    // Used only when Eleventy runs on its own; `npm run build` hands Eleventy the model it already built.
    loadArchive: async () => {
      const analyzed = await analyzeArchive({ contentDir: DEFAULT_CONTENT_DIR, retrieved: null });
      return buildArchive(analyzed.articles, analyzed.taxonomy);
    },
  });
  // Compiled (as the commands run), the templates are `.11ty.mjs` modules in the compiled folder.
  return { dir: { input: codeFolder('templates/pages') } };
}
