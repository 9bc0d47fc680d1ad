/** Search page: a form over the Pagefind index, with filters for topic, country, actor, year and source, and sorting. */
import type { ArchiveModel } from '../../src/archive/index.ts';
import { html, type SiteData } from '../../src/render/index.ts';
import { SEARCH_SCRIPT_SETTINGS, UNDATED_YEAR, type SearchIndexLayout } from '../../src/search/index.ts';
import { renderBase } from '../layouts/base.ts';

export const data = { permalink: '/search/index.html' };

/** The search script's settings as the form's data attributes (see `SEARCH_SCRIPT_SETTINGS`). */
const scriptSettings = html`${Object.entries(SEARCH_SCRIPT_SETTINGS).map(([name, value]) => html` data-${name}="${value}"`)}`;

/** The base's shards after the first, for the script to merge; nothing when the base is one index. */
const shards = ({ shardUrls }: SearchIndexLayout) =>
  shardUrls.length ? html` data-shards="${shardUrls.join(' ')}"` : '';

interface FilterValue {
  value: string;
  label: string;
  count: number;
}

/** A filter's values as radio buttons, each with the count of articles picking it gives (over the whole archive here). */
function renderFilter(name: string, legend: string, anyLabel: string, total: number, values: FilterValue[]) {
  const choice = (id: string, value: string, label: string, count: number, checked: boolean) =>
    html`<li><input type="radio" id="${id}" name="${name}" value="${value}" form="search-form"${checked ? html` checked` : ''}><label for="${id}"><span class="filter-name">${label}</span> <span class="filter-count">${count}<span class="visually-hidden"> articles</span></span></label></li>`;
  return html`<fieldset class="filter" data-filter="${name}"><legend>${legend}</legend>
<ul class="filter-values">${choice(`filter-${name}`, '', anyLabel, total, true)}${values.map((v, i) =>
    choice(`filter-${name}-${i}`, v.value, v.label, v.count, false),
  )}</ul>
<button type="button" class="filter-more" hidden aria-expanded="false"></button></fieldset>`;
}

/** "the topics (Diplomacy, Sanctions…)", each linked to its page: for a search that found nothing, or without JavaScript. */
function topicsToBrowse(archive: ArchiveModel) {
  const topics = archive.topics.filter((t) => t.articles.length);
  if (!topics.length) return html`the <a href="/topics/">topics</a>`;
  return html`the <a href="/topics/">topics</a> (${topics.map(
    (t, i) => html`${i ? ', ' : ''}<a href="${t.url}">${t.name}</a>`,
  )})`;
}

/** Sources with their article counts, most frequent first. */
function sourcesOf(archive: ArchiveModel): FilterValue[] {
  const counts = new Map<string, number>();
  for (const a of archive.articles) if (a.outlet) counts.set(a.outlet.name, (counts.get(a.outlet.name) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, label: value, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * The filters are rendered from the model, each value's input carrying the id a search URL carries, its label the
 * name a reader knows and the count of articles it gives over the whole archive; the search script shows, for each
 * search, how many results picking each value would give. The inputs sit beside the form (their `form` attribute
 * joins them to it), so that the results can sit beside the filters on a wide screen. The form tells the script
 * where the search index's delta is and which buckets of the base to leave out (see `src/search/plan-index.ts`).
 * Without JavaScript the form stays hidden and the page points to the topics, the indexes and the archive instead (a
 * static page cannot read the words from its address: they stay in the address bar alone).
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
  const total = archive.articles.length;
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
<p class="search-fallback" data-search-fallback>Search runs in the browser and needs JavaScript, which is off here. Browse ${topicsToBrowse(archive)}, the <a href="/countries/">countries</a>, the <a href="/actors/">actors</a> or the <a href="/archive/">archive by date</a> instead.</p>
<form class="search-form" id="search-form" action="/search/" method="get" role="search" aria-label="Search the archive" hidden data-search-form${shards(searchIndex)} data-delta="${searchIndex.deltaUrl ?? ''}" data-stale-buckets="${searchIndex.staleBuckets.join(' ')}"${scriptSettings}>
  <div class="search-query"><label for="search-q">Words to search for</label>
  <input id="search-q" type="search" name="q" autocomplete="off">
  <button type="submit">Search</button></div>
</form>
<div class="search-layout" hidden data-search-layout>
<details class="search-options" data-search-options><summary>Filter and sort</summary>
  <div class="search-sort"><label for="search-sort">Sort by</label>
  <select id="search-sort" name="sort" form="search-form"><option value="relevance">Best match</option><option value="newest">Newest first</option><option value="oldest">Oldest first</option></select></div>
  ${renderFilter('topic', 'Topic', 'Any topic', total, terms(archive.topics))}
  ${renderFilter('country', 'Country', 'Any country', total, terms(archive.countries))}
  ${renderFilter('actor', 'Actor', 'Any actor', total, terms(archive.actors))}
  ${renderFilter('year', 'Year', 'Any year', total, years)}
  ${renderFilter('source', 'Source', 'Any source', total, sourcesOf(archive))}
</details>
<div class="search-main">
<div class="search-chips" id="search-chips" hidden></div>
<p class="search-status" id="search-status" role="status"></p>
<div class="search-help" id="search-help" hidden>
<p data-search-suggestion hidden></p>
<p data-search-widen hidden></p>
<p>Search finds the articles that hold every word typed. Try fewer words or other ones, or browse ${topicsToBrowse(archive)}, the <a href="/countries/">countries</a>, the <a href="/actors/">actors</a> or the <a href="/archive/">archive by date</a>.</p>
</div>
<ol class="search-results" id="search-results"></ol>
<p><button type="button" class="search-more" id="search-more" hidden>Show more results</button></p>
</div>
</div>`,
  });
}
