/** Layout: the page frame every page shares (head, skip link, header with search, footer). */
import { feedUrl } from '../../src/archive/index.ts';
import { CONTENT_SECURITY_POLICY, html, type SafeHtml, type SiteData } from '../../src/render/index.ts';

/** What a page puts into the frame. */
export interface PageFrame {
  /** The site's settings: its name and language. */
  site: SiteData;
  title: string;
  description?: string;
  /** Extra elements for <head> (trusted markup built by the templates). */
  head?: SafeHtml;
  body: SafeHtml;
}

/** The whole HTML document of a page. */
export function renderBase(page: PageFrame): string {
  return html`<!DOCTYPE html>
<html lang="${page.site.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${page.site.name}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/style.css">
<link rel="alternate" type="application/atom+xml" title="${page.site.name} (Atom)" href="${feedUrl.atom()}">
<link rel="alternate" type="application/feed+json" title="${page.site.name} (JSON Feed)" href="${feedUrl.json()}">
${page.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-name" href="/">${page.site.name}</a>
  <nav aria-label="Sections">
    <ul>
      <li><a href="/topics/">Topics</a></li>
      <li><a href="/countries/">Countries</a></li>
      <li><a href="/actors/">Actors</a></li>
      <li><a href="/archive/">Archive</a></li>
      <li><a href="/search/">Search</a></li>
    </ul>
  </nav>
</header>
<main id="main">
${page.body}
</main>
<footer class="site-footer"><p>Follow new articles: <a href="${feedUrl.atom()}">Atom feed</a> · <a href="${feedUrl.json()}">JSON Feed</a></p><p>Built with news-archive.</p></footer>
</body>
</html>
`.toString();
}
