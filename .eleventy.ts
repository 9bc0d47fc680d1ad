/** Eleventy configuration: thin glue. The pipeline lives in src/; this only registers the renderer. */
import { DEFAULT_CONTENT_DIR, loadSiteSettingsFor, modelArchive } from './src/build/index.ts';
import { newsArchivePlugin, type EleventyConfig } from './src/render/index.ts';
import { codeFolder } from './src/runtime.ts';

export default function configure(eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsArchivePlugin, {
    loadSettings: () => loadSiteSettingsFor(DEFAULT_CONTENT_DIR),
    // Used only when Eleventy runs on its own; `npm run build` hands Eleventy the model it already built.
    loadArchive: async () => (await modelArchive({ contentDir: DEFAULT_CONTENT_DIR, retrieved: null })).model,
  });
  // Compiled (as the commands run), the templates are `.11ty.mjs` modules in the compiled folder.
  return { dir: { input: codeFolder('templates/pages') } };
}
