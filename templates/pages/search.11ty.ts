/** Search page: a form over the Pagefind index, with filters for topic, country, actor, year and source, and sorting. */
import type { ArchiveModel } from '../../src/archive/index.ts';
import { html, type SiteData } from '../../src/render/index.ts';
import { SEARCH_SCRIPT_SETTINGS, UNDATED_YEAR, type SearchIndexLayout } from '../../src/search/index.ts';
import { renderBase } from '../layouts/base.ts';

export const data = { permalink: '/search/index.html' };

/** The search script's settings as the form's data attributes (see `SEARCH_SCRIPT_SETTINGS`). */
const scriptSettings = html`${Object.entries(SEARCH_SCRIPT_SETTINGS).map(([name, value]) => html` data-${name}="${value}"`)}`;

interface FilterOption {
  value: string;
  label: string;
  count: number;
}

function renderFilter(name: string, label: string, allLabel: string, options: FilterOption[]) {
  return html`<div class="field"><label for="filter-${name}">${label}</label>
<select id="filter-${name}" name="${name}" data-filter="${name}"><option value="">${allLabel}</option>${options.map(
    (o) => html`<option value="${o.value}" data-count="${o.count}">${o.label}</option>`,
  )}</select></div>`;
}

/** Sources with their article counts, most frequent first. */
function sourcesOf(archive: ArchiveModel): FilterOption[] {
  const counts = new Map<string, number>();
  for (const a of archive.articles) if (a.outlet) counts.set(a.outlet.name, (counts.get(a.outlet.name) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, label: value, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * The filters are rendered from the model, each option's value the id a search URL carries, its text the name a
 * reader knows and its count over the whole archive; the search script updates the counts for each search. The
 * form tells the script where the search index's delta is and which buckets of the base to leave out (see
 * `src/search/plan-index.ts`). Without JavaScript the form stays hidden and the page points to the indexes instead.
 */
export function render({
  archive,
  searchIndex,
  site,
}: {
  archive: ArchiveModel;
  searchIndex: SearchIndexLayout;
  site: SiteData;
}): string {
  const terms = (list: ArchiveModel['topics']) =>
    list.filter((t) => t.articles.length).map((t) => ({ value: t.id, label: t.name, count: t.articles.length }));
  const years = [
    ...archive.years.map((y) => ({ value: y.year, label: y.year, count: y.count })),
    ...(archive.undatedCount ? [{ value: UNDATED_YEAR, label: 'Undated', count: archive.undatedCount }] : []),
  ];
  return renderBase({
    site,
    title: 'Search',
    description: 'Search the full text of every article in the archive.',
    head: html`<script type="module" src="/assets/search.js"></script>`,
    body: html`<h1>Search</h1>
<p class="search-fallback" data-search-fallback>Search needs JavaScript. Without it, browse the <a href="/topics/">topics</a>, <a href="/countries/">countries</a>, <a href="/actors/">actors</a> or the <a href="/archive/">archive by date</a>.</p>
<form class="search-form" action="/search/" method="get" role="search" aria-label="Search the archive" hidden data-search-form data-delta="${searchIndex.deltaUrl ?? ''}" data-stale-buckets="${searchIndex.staleBuckets.join(' ')}"${scriptSettings}>
  <div class="search-query"><label for="search-q">Words to search for</label>
  <input id="search-q" type="search" name="q" autocomplete="off">
  <button type="submit">Search</button></div>
  <details class="search-options" data-search-options><summary>Filter and sort</summary>
  <fieldset class="search-filters"><legend class="visually-hidden">Filter and sort</legend>
  ${renderFilter('topic', 'Topic', 'All topics', terms(archive.topics))}
  ${renderFilter('country', 'Country', 'All countries', terms(archive.countries))}
  ${renderFilter('actor', 'Actor', 'All actors', terms(archive.actors))}
  ${renderFilter('year', 'Year', 'All years', years)}
  ${renderFilter('source', 'Source', 'All sources', sourcesOf(archive))}
  <div class="field"><label for="search-sort">Sort by</label>
  <select id="search-sort" name="sort"><option value="relevance">Best match</option><option value="newest">Newest first</option><option value="oldest">Oldest first</option></select></div>
  </fieldset>
  </details>
</form>
<p class="search-status" id="search-status" role="status"></p>
<ol class="search-results" id="search-results"></ol>
<p><button type="button" class="search-more" id="search-more" hidden>Show more results</button></p>`,
  });
}
