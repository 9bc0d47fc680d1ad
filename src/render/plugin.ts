/** Render stage: the Eleventy plugin that renders the archive model with the TypeScript templates in `templates/`. */
import type { ArchiveModel } from '../archive/index.ts';
import type { SiteSettings } from '../settings/index.ts';

/** The part of Eleventy's configuration API this plugin uses. */
export interface EleventyConfig {
  addExtension(extensions: string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addGlobalData(name: string, data: unknown): void;
  globalData: Record<string, unknown>;
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void, options: T): void;
}

export interface PluginOptions {
  /** Used when no build script has supplied the model (Eleventy run on its own). */
  loadArchive: () => Promise<ArchiveModel>;
  /** Used when no build script has supplied the site's settings. */
  loadSettings: () => SiteSettings;
}

/** The global data `site` the templates read: the site's settings as the pages show them. */
export interface SiteData {
  /** The address the site is published at, without a trailing slash: feeds, the sitemap and robots.txt need it. */
  url: string;
  name: string;
  description: string;
  /** The language tag of the pages and feeds. */
  language: string;
}

/** The global data `site` of the site's settings. */
export function siteDataOf(settings: SiteSettings): SiteData {
  return { url: settings.baseUrl, name: settings.name, description: settings.description, language: settings.language };
}

/**
 * Registers the TypeScript templates, the assets, and the global data the templates read: `archive` (the model),
 * `pages` (of the pages rendered one per item, those to render) and `searchIndex` (the delta of the search index
 * and the base's buckets to leave out), and `site` (the site's settings). A build script supplies all four; Eleventy
 * run on its own renders every page of the model, for a site without a search index.
 */
export function newsArchivePlugin(eleventyConfig: EleventyConfig, options: PluginOptions): void {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addTemplateFormats('11ty.ts');
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  if (!('site' in eleventyConfig.globalData)) eleventyConfig.addGlobalData('site', siteDataOf(options.loadSettings()));
  if ('archive' in eleventyConfig.globalData) return;
  let loading: Promise<ArchiveModel> | null = null;
  const archive = () => (loading ??= options.loadArchive());
  eleventyConfig.addGlobalData('archive', archive);
  eleventyConfig.addGlobalData('pages', async () => {
    const model = await archive();
    return { articles: model.articles, lists: model.listPages };
  });
  eleventyConfig.addGlobalData('searchIndex', { shardUrls: [], deltaUrl: null, staleBuckets: [] });
}
