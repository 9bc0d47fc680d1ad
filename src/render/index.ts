/** Render stage: HTML helpers for the templates, and the Eleventy plugin that renders the archive model. */
export { escapeHtml, html, jsonForScript, safeUrl, SafeHtml, trusted } from './html.ts';
export { CONTENT_SECURITY_POLICY } from './csp.ts';
export { describeTimeline, renderTimeline } from './timeline.ts';
export { explainTopic, mergeEvidence, splitMarks, type MarkedSentence } from './evidence.ts';
export { newsArchivePlugin, siteDataOf, type EleventyConfig, type SiteData } from './plugin.ts';
export { itemPagesOf, keepPageKey, madePageKey, pageFileOf, type ItemPages } from './page-keys.ts';
export { checkXml } from './xml.ts';
