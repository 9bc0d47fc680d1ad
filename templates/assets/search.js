// Search page: runs queries on Pagefind's JS API, keeps query, filters and sort in the URL, and renders results.
// The URL's parameters are those of searchUrl() in src/archive/urls.ts, in the same order.
// The index is a base and, after rebuilds, a delta that the form names, with the base's buckets to leave out
// (see src/search/plan-index.ts): Pagefind merges the two, and every search leaves the buckets out.
// Results are ordered by date with each index's date table (src/search/date-table.ts), loaded for date order alone.
// Type-checked from its JSDoc types (tsconfig.browser.json).

/**
 * What the script uses of Pagefind's API (the index's pagefind.js).
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined> }} ResultData
 * @typedef {{ id: string, data: () => Promise<ResultData> }} PagefindResult
 * @typedef {Record<string, Record<string, number>>} FilterCounts each filter's values, with their counts
 * @typedef {{
 *   options: (options: object) => Promise<void>,
 *   mergeIndex: (url: string, options: object) => Promise<void>,
 *   filters: () => Promise<FilterCounts>,
 *   search: (
 *     q: string | null,
 *     options: { filters: object },
 *   ) => Promise<{ results: PagefindResult[], filters: FilterCounts } | null>,
 * }} Pagefind
 * @typedef {Record<(typeof PARAMS)[number], string>} SearchState the form's state, as the URL holds it
 * @typedef {{ total: number, take: (n: number) => Promise<ResultData[]> }} Results results, read in order
 */

const PARAMS = /** @type {const} */ (['q', 'topic', 'country', 'actor', 'year', 'source', 'sort']);
const FILTERS = /** @type {const} */ (['topic', 'country', 'actor', 'year', 'source']);
/** Screens wide enough to show the filters open from the start; on phones they stay folded above the results. */
const WIDE = '(min-width: 40rem)';
/** Results rendered at once, and added by "Show more results". */
const PAGE = 10;
/** Pause after the last keystroke before searching, in milliseconds. */
const TYPING_DELAY = 300;
/** Pagefind's options for every index. */
const INDEX_OPTIONS = { excerptLength: 30 };

const form = /** @type {HTMLFormElement} */ (document.querySelector('[data-search-form]'));
// What the script must know of the index comes from the build, on the form (src/search/search-page.ts): the
// Pagefind filter of a base article's bucket, the base (with Pagefind's script), the date table in each index's
// folder, and the date undated articles are ordered by.
const BUCKET = /** @type {string} */ (form.dataset.bucketFilter);
const BASE_URL = /** @type {string} */ (form.dataset.baseIndex);
const DATE_TABLE = /** @type {string} */ (form.dataset.dateTable);
const UNDATED = /** @type {string} */ (form.dataset.undatedDate);
const options = /** @type {HTMLDetailsElement} */ (document.querySelector('[data-search-options]'));
const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
const sortSelect = /** @type {HTMLSelectElement} */ (form.elements.namedItem('sort'));
const selects = /** @type {Record<(typeof FILTERS)[number], HTMLSelectElement>} */ (
  Object.fromEntries(FILTERS.map((name) => [name, form.elements.namedItem(name)]))
);
const status = /** @type {HTMLElement} */ (document.getElementById('search-status'));
const list = /** @type {HTMLElement} */ (document.getElementById('search-results'));
const more = /** @type {HTMLButtonElement} */ (document.getElementById('search-more'));
const deltaUrl = form.dataset.delta || null;
const staleBuckets = (form.dataset.staleBuckets ?? '').split(' ').filter(Boolean);

/** @type {Pagefind} */
let pagefind;
/** Each filter value's name, as the page was built with it (its count is shown after it). */
const labels = new Map(FILTERS.flatMap((name) => [...selects[name].options].map((o) => [o, o.textContent ?? ''])));
/** Counts over the whole archive, as the page was built with them. */
/** @type {FilterCounts} */
const totals = Object.fromEntries(
  FILTERS.map((name) => [
    name,
    Object.fromEntries(
      [...selects[name].options].filter((o) => o.value).map((o) => [o.value, Number(o.dataset.count)]),
    ),
  ]),
);
/** The current search's results, read in order as they are shown. */
/** @type {Results} */
let results = { total: 0, take: async () => [] };
let shown = 0;
let latest = 0;

/**
 * The form's state, as the URL holds it.
 * @returns {SearchState}
 */
function readForm() {
  const state = /** @type {SearchState} */ ({ q: input.value.trim() });
  for (const name of FILTERS) state[name] = selects[name].value;
  state.sort = sortSelect.value === 'relevance' ? '' : sortSelect.value;
  return state;
}

/** @param {URLSearchParams} params */
function writeForm(params) {
  input.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    const value = params.get(name) ?? '';
    selects[name].value = [...selects[name].options].some((o) => o.value === value) ? value : '';
  }
  const sort = params.get('sort');
  sortSelect.value = sort === 'newest' || sort === 'oldest' ? sort : 'relevance';
}

/** @param {SearchState} state */
function urlOf(state) {
  const params = new URLSearchParams();
  for (const key of PARAMS) if (state[key]) params.set(key, state[key]);
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
}

/**
 * Shows each filter value's count within the current results (or the whole archive when nothing is searched). A
 * filter whose counts are not loaded yet (see loadFilterCounts) shows its values without counts.
 * @param {FilterCounts} counts
 */
function showCounts(counts) {
  for (const name of FILTERS) {
    const values = counts?.[name];
    for (const option of selects[name].options) {
      if (!option.value) continue;
      const count = values ? (values[option.value] ?? 0) : null;
      option.textContent = count === null ? (labels.get(option) ?? '') : `${labels.get(option)} (${count})`;
      option.disabled = count === 0 && !option.selected;
    }
  }
}

/** @type {Promise<void> | null} */
let countsLoading = null;
/**
 * Loads every filter's values, so that each search counts the results per value. They are a large part of the
 * index, so they load when the reader turns to the filters (or arrives with one set), not for every search.
 */
function loadFilterCounts() {
  countsLoading ??= pagefind.filters().then(() => {
    if (readForm().q || FILTERS.some((name) => selects[name].value)) runSearch();
  });
  return countsLoading;
}

/**
 * Keeps Pagefind's <mark> highlights and turns everything else in the excerpt into plain text.
 * @param {string} excerpt
 */
function excerptNodes(excerpt) {
  const doc = new DOMParser().parseFromString(excerpt, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** @param {ResultData} data */
function renderResult(data) {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.date, data.meta.source, data.meta.topics].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * Pagefind's filters for the reader's `filters`, leaving out the base's stale buckets.
 * @param {Record<string, string>} filters
 */
function indexFilters(filters) {
  return staleBuckets.length ? { ...filters, none: staleBuckets.map((bucket) => ({ [BUCKET]: bucket })) } : filters;
}

/**
 * Pagefind's results in the order given, each one's data loaded when it is shown.
 * @param {PagefindResult[]} found
 * @returns {Results}
 */
function inOrder(found) {
  let next = 0;
  return {
    total: found.length,
    take: (n) => Promise.all(found.slice(next, (next += n)).map((r) => r.data())),
  };
}

/** @type {Promise<Map<string, string>> | null} */
let datesLoading = null;
/** The date of every indexed article, by Pagefind's result id, from the date tables of all the indexes. */
function loadDates() {
  datesLoading ??= Promise.all(
    [BASE_URL, ...(deltaUrl ? [deltaUrl] : [])].map(async (url) => {
      const response = await fetch(url + DATE_TABLE);
      if (!response.ok) throw new Error(`${url}${DATE_TABLE}: ${response.status}`);
      return response.json();
    }),
  ).then(
    (tables) => {
      /** @type {Map<string, string>} */
      const dates = new Map();
      for (const table of tables)
        for (const [date, ids] of Object.entries(table)) for (const id of ids) dates.set(id, date);
      return dates;
    },
    (error) => {
      // The next date-ordered search tries again.
      datesLoading = null;
      throw error;
    },
  );
  return datesLoading;
}

/**
 * `found` ordered by date, newest or oldest first; results of the same date keep their order.
 * @param {PagefindResult[]} found
 * @param {boolean} newestFirst
 */
async function byDate(found, newestFirst) {
  const dates = await loadDates();
  const dated = found.map((result) => ({ result, date: dates.get(result.id) ?? UNDATED }));
  const sign = newestFirst ? -1 : 1;
  dated.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -sign : sign));
  return dated.map((d) => d.result);
}

/**
 * Runs the search: the results in the order asked for, and the per-value counts of the filters among them.
 * @param {string | null} q
 * @param {Record<string, string>} filters
 * @param {string} sort
 */
async function find(q, filters, sort) {
  const found = await pagefind.search(q, { filters: indexFilters(filters) });
  if (!found) return null;
  const ordered = sort ? await byDate(found.results, sort !== 'oldest') : found.results;
  return { results: inOrder(ordered), counts: found.filters };
}

/**
 * Renders the next results; returns the first one added.
 * @param {number} run
 */
async function showMore(run) {
  const data = await results.take(PAGE);
  if (run !== latest) return;
  const items = data.map(renderResult);
  list.append(...items);
  shown += data.length;
  more.hidden = shown >= results.total;
  return items[0];
}

/**
 * @param {number} count
 * @param {SearchState} state
 */
function describe(count, state) {
  const what = count === 1 ? '1 article' : `${count} articles`;
  return state.q ? `${what} found for “${state.q}”.` : `${what} found.`;
}

async function runSearch() {
  const state = readForm();
  const url = urlOf(state);
  if (url !== location.pathname + location.search) history.replaceState(null, '', url);
  const run = ++latest;
  list.setAttribute('aria-busy', 'true');
  const filters = Object.fromEntries(FILTERS.filter((name) => state[name]).map((name) => [name, state[name]]));
  if (!state.q && !Object.keys(filters).length) {
    results = inOrder([]);
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Type words to search for, or choose a filter.';
    showCounts(totals);
    list.setAttribute('aria-busy', 'false');
    return;
  }
  // With no words there is no relevance to rank by: the newest come first.
  const sort = state.sort || (state.q ? '' : 'newest');
  let search;
  try {
    search = await find(state.q || null, filters, sort);
  } catch {
    if (run !== latest) return;
    status.textContent = 'This search could not be run: part of the search index did not load. Try again.';
    list.setAttribute('aria-busy', 'false');
    return;
  }
  if (run !== latest || !search) return;
  results = search.results;
  shown = 0;
  list.replaceChildren();
  showCounts(search.counts);
  await showMore(run);
  if (run !== latest) return;
  status.textContent = describe(results.total, state);
  list.setAttribute('aria-busy', 'false');
}

let typing = 0;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  runSearch();
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(runSearch, TYPING_DELAY);
});
for (const select of [...Object.values(selects), sortSelect]) select.addEventListener('change', runSearch);
more.addEventListener('click', async () => {
  // Keyboard and screen reader users land on the first of the new results.
  const first = await showMore(latest);
  first?.querySelector('a')?.focus();
});

/** @type {HTMLElement} */ (document.querySelector('[data-search-fallback]')).hidden = true;
form.hidden = false;
status.textContent = 'Loading the search index…';
writeForm(new URLSearchParams(location.search));
options.open =
  matchMedia(WIDE).matches || FILTERS.some((name) => selects[name].value) || sortSelect.value !== 'relevance';
try {
  pagefind = await import(`${BASE_URL}pagefind.js`);
  // Without a web worker, the page does not load the worker's copy of Pagefind's script.
  await pagefind.options({ ...INDEX_OPTIONS, noWorker: true });
  if (deltaUrl) await pagefind.mergeIndex(deltaUrl, INDEX_OPTIONS);
  const filterFields = /** @type {HTMLElement} */ (form.querySelector('.search-filters'));
  for (const event of ['focusin', 'pointerdown'])
    filterFields.addEventListener(event, loadFilterCounts, { once: true });
  // A search with a filter set counts by every filter at once; any other starts without the counts.
  if (FILTERS.some((name) => selects[name].value)) await loadFilterCounts();
  else runSearch();
} catch {
  // Opened from file:// or with the index missing: say so rather than wait forever.
  status.textContent =
    'The search index could not be loaded. Browse the topics, countries, actors or the archive instead.';
}
