/** Render stage: the Eleventy plugin that renders the archive model with the TypeScript templates in `templates/`. */
import type { ArchiveModel } from '../archive/index.ts';

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
  /** The address the site is published at, without a trailing slash: feeds, the sitemap and robots.txt need absolute URLs. */
  siteUrl: string;
}

/** The global data `site` the templates read. */
export interface SiteData {
  url: string;
}

/** Registers the TypeScript templates, the assets, and the global data `archive` and `site`. */
export function newsArchivePlugin(eleventyConfig: EleventyConfig, options: PluginOptions): void {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addTemplateFormats('11ty.ts');
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.addGlobalData('site', { url: options.siteUrl.replace(/\/+$/, '') } satisfies SiteData);
  if (!('archive' in eleventyConfig.globalData)) eleventyConfig.addGlobalData('archive', options.loadArchive);
}
