/** Eleventy configuration: thin glue. The pipeline lives in src/; this only registers the renderer. */
import { buildArchive } from './src/archive/index.ts';
import { analyzeArchive, DEFAULT_CONTENT_DIR } from './src/build/index.ts';
import { newsArchivePlugin, type EleventyConfig } from './src/render/index.ts';

/** Where the site is published, for the absolute URLs of feeds and the sitemap; `npm run serve`'s address by default. */
const DEFAULT_SITE_URL = 'http://127.0.0.1:8080';

export default function configure(eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsArchivePlugin, {
    siteUrl: process.env.SITE_URL || DEFAULT_SITE_URL,
    // Used only when Eleventy runs on its own; `npm run build` hands Eleventy the model it already built.
    loadArchive: async () => {
      const analyzed = await analyzeArchive({ contentDir: DEFAULT_CONTENT_DIR, retrieved: null });
      return buildArchive(analyzed.articles, analyzed.taxonomy);
    },
  });
  return { dir: { input: 'templates/pages' } };
}
