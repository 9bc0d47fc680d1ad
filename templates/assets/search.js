// Search page: runs queries on Pagefind's JS API, keeps query, filters and sort in the URL, and renders results.
// The URL's parameters are those of searchUrl() in src/archive/urls.ts, in the same order.
// The index is a base (past the site's shard size, several shards) and, after rebuilds, a delta that the form names,
// with the base's buckets to leave out (see src/search/plan-index.ts): Pagefind merges them all, and every search
// leaves the buckets out.
// Results are ordered by date with each index's date table (src/search/date-table.ts), loaded for date order alone.
// Type-checked from its JSDoc types (tsconfig.browser.json).

/**
 * What the script uses of Pagefind's API (the index's pagefind.js).
 * @typedef {{
 *   url: string,
 *   content: string,
 *   excerpt: string,
 *   meta: Record<string, string | undefined>,
 *   filters: Record<string, string[] | undefined>,
 * }} ResultData
 * @typedef {{ id: string, data: () => Promise<ResultData> }} PagefindResult
 * @typedef {Record<string, Record<string, number>>} FilterCounts each filter's values, with their counts
 * @typedef {{
 *   options: (options: object) => Promise<void>,
 *   mergeIndex: (url: string, options: object) => Promise<void>,
 *   filters: () => Promise<FilterCounts>,
 *   search: (
 *     q: string | null,
 *     options: { filters: object },
 *   ) => Promise<{ results: PagefindResult[], filters: FilterCounts, totalFilters: FilterCounts } | null>,
 * }} Pagefind
 * @typedef {Record<(typeof PARAMS)[number], string>} SearchState the form's state, as the URL holds it
 * @typedef {{ total: number, withWords: boolean, take: (n: number) => Promise<ResultData[]> }} Results results, read
 *   in order, and whether they were searched with words
 */

const PARAMS = /** @type {const} */ (['q', 'topic', 'country', 'actor', 'year', 'source', 'sort']);
const FILTERS = /** @type {const} */ (['topic', 'country', 'actor', 'year', 'source']);
/** What each filter's values are, in "Show all 12 countries". */
const FILTER_NOUNS = { topic: 'topics', country: 'countries', actor: 'actors', year: 'years', source: 'sources' };
/** Screens wide enough to show the filters open beside the results (style.css); on phones they stay folded above them, the chips saying which are set. */
const WIDE = '(min-width: 48rem)';
/** Results rendered at once, and added by "Show more results". */
const PAGE = 10;
/** Values of a filter shown before "Show all". */
const FILTER_VALUES_SHOWN = 8;
/** Pause after the last keystroke before searching, in milliseconds. */
const TYPING_DELAY = 300;
/** Pagefind's options for every index. */
const INDEX_OPTIONS = { excerptLength: 30 };

const form = /** @type {HTMLFormElement} */ (document.querySelector('[data-search-form]'));
// What the script must know of the index comes from the build, on the form (src/search/search-page.ts): the
// Pagefind filter of a base article's bucket, the base (with Pagefind's script), the date table in each index's
// folder, the date undated articles are ordered by, the filter holding the date a result shows, and the word
// table in each index's folder.
const BUCKET = /** @type {string} */ (form.dataset.bucketFilter);
const BASE_URL = /** @type {string} */ (form.dataset.baseIndex);
const DATE_TABLE = /** @type {string} */ (form.dataset.dateTable);
const UNDATED = /** @type {string} */ (form.dataset.undatedDate);
const DATE_FILTER = /** @type {string} */ (form.dataset.dateFilter);
const WORD_TABLE = /** @type {string} */ (form.dataset.wordTable);
const layout = /** @type {HTMLElement} */ (document.querySelector('[data-search-layout]'));
const options = /** @type {HTMLDetailsElement} */ (document.querySelector('[data-search-options]'));
const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
const sortSelect = /** @type {HTMLSelectElement} */ (form.elements.namedItem('sort'));
const bestMatch = /** @type {HTMLOptionElement} */ (sortSelect.querySelector('option[value="relevance"]'));
const chips = /** @type {HTMLElement} */ (document.getElementById('search-chips'));
const status = /** @type {HTMLElement} */ (document.getElementById('search-status'));
const list = /** @type {HTMLElement} */ (document.getElementById('search-results'));
const more = /** @type {HTMLButtonElement} */ (document.getElementById('search-more'));
const help = /** @type {HTMLElement} */ (document.getElementById('search-help'));
const suggestion = /** @type {HTMLElement} */ (help.querySelector('[data-search-suggestion]'));
const widen = /** @type {HTMLElement} */ (help.querySelector('[data-search-widen]'));
const shardUrls = (form.dataset.shards ?? '').split(' ').filter(Boolean);
const deltaUrl = form.dataset.delta || null;
const staleBuckets = (form.dataset.staleBuckets ?? '').split(' ').filter(Boolean);

/**
 * A filter's value as the page shows it: its radio button, its name and the count of articles picking it gives.
 * @typedef {{ item: HTMLElement, input: HTMLInputElement, name: string, count: Text }} FilterValue
 * @typedef {{
 *   legend: string,
 *   any: FilterValue,
 *   values: FilterValue[],
 *   more: HTMLButtonElement,
 *   expanded: boolean,
 * }} FilterGroup
 */

/** @param {HTMLElement} item */
function filterValueOf(item) {
  return {
    item,
    input: /** @type {HTMLInputElement} */ (item.querySelector('input')),
    name: item.querySelector('.filter-name')?.textContent ?? '',
    count: /** @type {Text} */ (item.querySelector('.filter-count')?.firstChild),
  };
}

/** Each filter's values, as the page was built with them (in the order they are shown). */
const groups = /** @type {Record<(typeof FILTERS)[number], FilterGroup>} */ (
  Object.fromEntries(
    FILTERS.map((name) => {
      const fieldset = /** @type {HTMLElement} */ (document.querySelector(`[data-filter="${name}"]`));
      const [any, ...values] = /** @type {HTMLElement[]} */ ([...fieldset.querySelectorAll('.filter-values > li')]).map(
        filterValueOf,
      );
      const group = {
        legend: fieldset.querySelector('legend')?.textContent ?? name,
        any: /** @type {FilterValue} */ (any),
        values,
        more: /** @type {HTMLButtonElement} */ (fieldset.querySelector('.filter-more')),
        expanded: false,
      };
      return [name, group];
    }),
  )
);

/** @type {Pagefind} */
let pagefind;
/**
 * Loads Pagefind and every part of the index, with every filter's values, so that each search counts its results by
 * them; the form is shown before it is done, and a search asked for meanwhile waits for it (`runSearch`).
 */
async function loadIndex() {
  pagefind = await import(`${BASE_URL}pagefind.js`);
  // Without a web worker, the page does not load the worker's copy of Pagefind's script.
  await pagefind.options({ ...INDEX_OPTIONS, noWorker: true });
  for (const url of [...shardUrls, ...(deltaUrl ? [deltaUrl] : [])]) await pagefind.mergeIndex(url, INDEX_OPTIONS);
  await pagefind.filters();
}
/** The current search's results, read in order as they are shown. */
/** @type {Results} */
let results = { total: 0, withWords: false, take: async () => [] };
let shown = 0;
let latest = 0;
/** The order the reader chose ('' until they choose one; a shared URL's `sort` counts as chosen). */
let chosenSort = '';

/**
 * The order results are shown in: the reader's choice, else the best match first for words and the newest first
 * without (there is no match to rank by).
 * @param {string} q
 */
function orderOf(q) {
  if (!q) return chosenSort === 'oldest' ? 'oldest' : 'newest';
  return chosenSort || 'relevance';
}

/**
 * The form's state, as the URL holds it: the order only when it is not the one words (or their absence) give.
 * @returns {SearchState}
 */
function readForm() {
  const state = /** @type {SearchState} */ ({ q: input.value.trim() });
  for (const name of FILTERS) state[name] = checkedValue(name);
  const order = orderOf(state.q);
  state.sort = order === (state.q ? 'relevance' : 'newest') ? '' : order;
  return state;
}

/** @param {(typeof FILTERS)[number]} name */
function checkedValue(name) {
  const group = groups[name];
  return [group.any, ...group.values].find((v) => v.input.checked)?.input.value ?? '';
}

/**
 * Sets the form from the URL; returns the filter values it names that no article has (those filters are left out).
 * @param {URLSearchParams} params
 */
function writeForm(params) {
  input.value = params.get('q') ?? '';
  /** @type {string[]} */
  const unknown = [];
  for (const name of FILTERS) {
    const group = groups[name];
    const value = params.get(name) ?? '';
    const known = value ? group.values.find((v) => v.input.value === value) : group.any;
    if (!known) unknown.push(`${group.legend.toLowerCase()} “${value}”`);
    (known ?? group.any).input.checked = true;
  }
  const sort = params.get('sort') ?? '';
  chosenSort = ['relevance', 'newest', 'oldest'].includes(sort) ? sort : '';
  return unknown;
}

/** @param {SearchState} state */
function urlOf(state) {
  const params = new URLSearchParams();
  for (const key of PARAMS) if (state[key]) params.set(key, state[key]);
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
}

/**
 * The sort box says the order the results are in: "Best match" cannot be picked without words.
 * @param {string} q
 */
function showOrder(q) {
  bestMatch.disabled = !q;
  bestMatch.textContent = q ? 'Best match' : 'Best match (needs words)';
  sortSelect.value = orderOf(q);
}

/**
 * Shows each filter's values with the number of results picking that value would give (the other filters kept),
 * and "Any" with the number without that filter. Values that would give nothing are hidden, but a value picked.
 * @param {FilterCounts} counts
 * @param {Record<string, number>} anyCounts
 */
function showCounts(counts, anyCounts) {
  for (const name of FILTERS) {
    const group = groups[name];
    group.any.count.textContent = String(anyCounts[name] ?? 0);
    let visible = 0;
    for (const value of group.values) {
      const count = counts[name]?.[value.input.value] ?? 0;
      value.count.textContent = String(count);
      const offered = count > 0 || value.input.checked;
      if (offered) visible++;
      value.item.hidden = !offered || (!group.expanded && visible > FILTER_VALUES_SHOWN && !value.input.checked);
    }
    group.more.hidden = visible <= FILTER_VALUES_SHOWN;
    group.more.textContent = group.expanded
      ? `Show fewer ${FILTER_NOUNS[name]}`
      : `Show all ${visible} ${FILTER_NOUNS[name]}`;
    group.more.setAttribute('aria-expanded', String(group.expanded));
  }
}

/**
 * The chips of the filters set, each removing its filter, and "Clear all filters".
 * @param {SearchState} state
 */
function showChips(state) {
  const set = FILTERS.filter((name) => state[name]);
  chips.hidden = !set.length;
  if (!set.length) return chips.replaceChildren();
  const heading = document.createElement('h2');
  heading.className = 'visually-hidden';
  heading.textContent = 'Filters set';
  const items = document.createElement('ul');
  for (const name of set) {
    const group = groups[name];
    const value = group.values.find((v) => v.input.checked);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.textContent = `${group.legend}: ${value?.name ?? state[name]}`;
    button.setAttribute('aria-label', `Remove the filter ${group.legend}: ${value?.name ?? state[name]}`);
    button.addEventListener('click', () => removeFilters([name]));
    const item = document.createElement('li');
    item.append(button);
    items.append(item);
  }
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'chips-clear';
  clear.textContent = 'Clear all filters';
  clear.addEventListener('click', () => removeFilters(set));
  const item = document.createElement('li');
  item.append(clear);
  items.append(item);
  chips.replaceChildren(heading, items);
}

/**
 * Removes `names`' filters and searches again; the focus goes to the query box, as the chips are drawn anew.
 * @param {Array<(typeof FILTERS)[number]>} names
 */
function removeFilters(names) {
  for (const name of names) groups[name].any.input.checked = true;
  input.focus();
  runSearch();
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

/** Words of an excerpt without a query, as many as Pagefind's excerpts hold. */
const OPENING_WORDS = INDEX_OPTIONS.excerptLength;

/**
 * The opening of an article's text, for a result found without words (Pagefind's excerpt would begin with the
 * title, which the indexed content begins with).
 * @param {ResultData} data
 */
function openingOf(data) {
  const title = data.meta.title ?? '';
  const text = data.content.startsWith(title) ? data.content.slice(title.length) : data.content;
  const words = text.trim().split(/\s+/);
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')}…` : words.join(' ');
}

/**
 * The names of a result's values of a filter, as the filter shows them.
 * @param {ResultData} data
 * @param {(typeof FILTERS)[number]} name
 */
function namesOf(data, name) {
  const values = data.filters[name] ?? [];
  return values.map((value) => groups[name].values.find((v) => v.input.value === value)?.name ?? value);
}

/**
 * @param {ResultData} data
 * @param {boolean} withWords whether the search had words (else the result shows its opening, not an excerpt)
 */
function renderResult(data, withWords) {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.filters[DATE_FILTER]?.[0], ...namesOf(data, 'source'), namesOf(data, 'topic').join(', ')]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  if (withWords) excerpt.append(...excerptNodes(data.excerpt));
  else excerpt.textContent = openingOf(data);
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
 * @param {boolean} withWords
 * @returns {Results}
 */
function inOrder(found, withWords) {
  let next = 0;
  return {
    total: found.length,
    withWords,
    take: (n) => Promise.all(found.slice(next, (next += n)).map((r) => r.data())),
  };
}

/**
 * A file of each index (the base's shards', then the delta's), as JSON; the next call tries again after a failure.
 * @param {string} file
 */
function loadTables(file) {
  return Promise.all(
    [BASE_URL, ...shardUrls, ...(deltaUrl ? [deltaUrl] : [])].map(async (url) => {
      const response = await fetch(url + file);
      if (!response.ok) throw new Error(`${url}${file}: ${response.status}`);
      return response.json();
    }),
  );
}

/** @type {Promise<Map<string, string>> | null} */
let datesLoading = null;
/** The date of every indexed article, by Pagefind's result id, from the date tables of all the indexes. */
function loadDates() {
  datesLoading ??= loadTables(DATE_TABLE).then(
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

/** @type {Promise<Map<string, number>> | null} */
let wordsLoading = null;
/** The indexed words with how often each occurs, from the word tables of all the indexes (src/search/word-table.ts). */
function loadWords() {
  wordsLoading ??= loadTables(WORD_TABLE).then(
    (tables) => {
      /** @type {Map<string, number>} */
      const words = new Map();
      for (const table of tables)
        for (const [word, count] of Object.entries(table)) words.set(word, (words.get(word) ?? 0) + count);
      return words;
    },
    (error) => {
      wordsLoading = null;
      throw error;
    },
  );
  return wordsLoading;
}

/** A word as the word tables hold it: a run of letters, an apostrophe inside (wordsOf in src/search/word-table.ts). */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Words shorter than this are taken as typed. */
const MIN_WORD = 3;

/**
 * The number of edits (a letter added, dropped, changed, or two side by side swapped) that make `a` into `b`, or
 * `max + 1` once it is sure to be more than `max`.
 * @param {string} a
 * @param {string} b
 * @param {number} max
 */
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  /** @type {number[][]} */
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) /** @type {number[]} */ (d[0])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = /** @type {number[]} */ (d[i]);
    const above = /** @type {number[]} */ (d[i - 1]);
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        /** @type {number} */ (above[j]) + 1,
        /** @type {number} */ (row[j - 1]) + 1,
        /** @type {number} */ (above[j - 1]) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, /** @type {number} */ (/** @type {number[]} */ (d[i - 2])[j - 2]) + 1);
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return /** @type {number} */ (/** @type {number[]} */ (d[a.length])[b.length]);
}

/**
 * The indexed word closest to `word` (one edit for words of up to four letters, two for longer), the most
 * frequent of the closest; null when none is that close.
 * @param {string} word
 * @param {Map<string, number>} words
 */
function closestWord(word, words) {
  const max = word.length <= 4 ? 1 : 2;
  let best = null;
  let bestDistance = max + 1;
  let bestCount = 0;
  for (const [candidate, count] of words) {
    const distance = editDistance(word, candidate, max);
    if (distance < bestDistance || (distance === bestDistance && distance <= max && count > bestCount)) {
      best = candidate;
      bestDistance = distance;
      bestCount = count;
    }
  }
  return bestDistance <= max ? best : null;
}

/**
 * The words typed with each one the index does not hold replaced by the closest it does; null when no word
 * needed replacing or none could be.
 * @param {string} q
 */
async function spellingOf(q) {
  const words = await loadWords();
  let changed = false;
  const fixed = (q.toLowerCase().match(WORD) ?? []).map((word) => {
    if (word.length < MIN_WORD || words.has(word)) return word;
    const closest = closestWord(word, words);
    if (closest) changed = true;
    return closest ?? word;
  });
  return changed ? fixed.join(' ') : null;
}

/**
 * `found` ordered by date, newest or oldest first, undated articles last either way (as the topic pages list
 * them); results of the same date keep their order. Returns the results and how many of them are undated.
 * @param {PagefindResult[]} found
 * @param {boolean} newestFirst
 */
async function byDate(found, newestFirst) {
  const dates = await loadDates();
  const dated = found.map((result) => ({ result, date: dates.get(result.id) ?? UNDATED }));
  const sign = newestFirst ? -1 : 1;
  const rank = (/** @type {string} */ date) => (date === UNDATED ? 1 : 0);
  dated.sort((a, b) => rank(a.date) - rank(b.date) || (a.date === b.date ? 0 : a.date < b.date ? -sign : sign));
  return { ordered: dated.map((d) => d.result), undated: dated.filter((d) => d.date === UNDATED).length };
}

/**
 * `filters` without `name`'s.
 * @param {Record<string, string>} filters
 * @param {string} name
 */
function without(filters, name) {
  const others = { ...filters };
  delete others[name];
  return others;
}

/**
 * Runs the search: the results in the order asked for, how many of them are undated, and for each filter the
 * count of results each of its values gives with the other filters kept ("Any" its count without the filter).
 * A filter not set counts within the results; a filter set counts within the search without it.
 * @param {string | null} q
 * @param {Record<string, string>} filters
 * @param {string} order
 */
async function find(q, filters, order) {
  const found = await pagefind.search(q, { filters: indexFilters(filters) });
  if (!found) return null;
  /** @type {FilterCounts} */
  const counts = {};
  /** @type {Record<string, number>} */
  const anyCounts = {};
  await Promise.all(
    FILTERS.map(async (name) => {
      const wider = filters[name] ? await pagefind.search(q, { filters: indexFilters(without(filters, name)) }) : found;
      counts[name] = wider?.filters[name] ?? {};
      anyCounts[name] = wider?.results.length ?? 0;
    }),
  );
  const unfiltered = Object.keys(filters).length
    ? ((await pagefind.search(q, { filters: indexFilters({}) }))?.results.length ?? 0)
    : found.results.length;
  const { ordered, undated } =
    order === 'relevance' ? { ordered: found.results, undated: 0 } : await byDate(found.results, order === 'newest');
  return { results: inOrder(ordered, q !== null), undated, counts, anyCounts, unfiltered };
}

/**
 * Renders the next results; returns the first one added.
 * @param {number} run
 */
async function showMore(run) {
  const data = await results.take(PAGE);
  if (run !== latest) return;
  const items = data.map((d) => renderResult(d, results.withWords));
  list.append(...items);
  shown += data.length;
  more.hidden = shown >= results.total;
  return items[0];
}

/** How each order reads in the status line. */
const ORDER_WORDS = { relevance: 'best match first', newest: 'newest first', oldest: 'oldest first' };

/**
 * The status line: how many articles were found, for what, and in which order.
 * @param {number} count
 * @param {number} undated
 * @param {SearchState} state
 * @param {boolean} filtered
 */
function describe(count, undated, state, filtered) {
  if (!count) {
    if (!state.q) return 'No article has all these filters.';
    return `No articles found for “${state.q}”${filtered ? ' with these filters' : ''}.`;
  }
  const what = count === 1 ? '1 article' : `${count} articles`;
  const found = state.q ? `${what} found for “${state.q}”` : `${what} found`;
  if (count < 2) return `${found}.`;
  const order = ORDER_WORDS[/** @type {keyof typeof ORDER_WORDS} */ (orderOf(state.q))];
  const last = undated === 0 ? '' : undated === 1 ? ', the undated one last' : `, the ${undated} undated last`;
  return `${found}, ${order}${last}.`;
}

/**
 * What the page offers when a search finds nothing: a spelling the index holds that finds something (with the
 * filters kept), the count without the filters when some are set, and (in the page) the topics to browse.
 * @param {SearchState} state
 * @param {Record<string, string>} filters
 * @param {number} unfiltered the results of the words without the filters
 * @param {number} run
 */
async function showHelp(state, filters, unfiltered, run) {
  suggestion.replaceChildren();
  widen.replaceChildren();
  const filtered = Object.keys(filters).length > 0;
  if (filtered && unfiltered > 0) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chips-clear';
    button.textContent = 'Search without the filters';
    button.addEventListener('click', () => removeFilters(FILTERS.filter((name) => state[name])));
    const found = unfiltered === 1 ? '1 article matches' : `${unfiltered} articles match`;
    widen.append(`Without the filters, ${found}${state.q ? ` “${state.q}”` : ''}. `, button);
  }
  if (state.q) {
    const spelling = await spellingOf(state.q).catch(() => null);
    const found = spelling ? await pagefind.search(spelling, { filters: indexFilters(filters) }) : null;
    if (run !== latest) return;
    const count = found?.results.length ?? 0;
    if (spelling && count > 0) {
      const link = document.createElement('a');
      link.href = urlOf({ ...state, q: spelling });
      link.textContent = spelling;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = spelling;
        input.focus();
        runSearch();
      });
      suggestion.append('Did you mean ', link, ` (${count === 1 ? '1 article' : `${count} articles`})?`);
    }
  }
  suggestion.hidden = !suggestion.childNodes.length;
  widen.hidden = !widen.childNodes.length;
  help.hidden = false;
}

/** The counts shown by the filters, kept for "Show all". */
/** @type {{ counts: FilterCounts, anyCounts: Record<string, number> }} */
let lastCounts = { counts: {}, anyCounts: {} };

async function runSearch() {
  const state = readForm();
  const url = urlOf(state);
  if (url !== location.pathname + location.search) history.replaceState(null, '', url);
  const run = ++latest;
  list.setAttribute('aria-busy', 'true');
  showOrder(state.q);
  showChips(state);
  const filters = Object.fromEntries(FILTERS.filter((name) => state[name]).map((name) => [name, state[name]]));
  const searched = Boolean(state.q || Object.keys(filters).length);
  let search;
  try {
    // A search asked for while the index loads waits for it.
    await indexLoaded;
    // Without words or filters nothing is listed, but the filters still count the whole archive.
    search = await find(state.q || null, filters, searched ? orderOf(state.q) : 'relevance');
  } catch {
    if (run !== latest) return;
    status.textContent = 'This search could not be run: part of the search index did not load. Try again.';
    list.setAttribute('aria-busy', 'false');
    return;
  }
  if (run !== latest || !search) return;
  lastCounts = search;
  showCounts(search.counts, search.anyCounts);
  results = searched ? search.results : inOrder([], false);
  shown = 0;
  list.replaceChildren();
  more.hidden = true;
  await showMore(run);
  if (run !== latest) return;
  help.hidden = true;
  if (searched && !results.total) {
    await showHelp(state, filters, search.unfiltered, run);
    if (run !== latest) return;
  }
  status.textContent = searched
    ? describe(results.total, search.undated, state, Object.keys(filters).length > 0)
    : 'Type words to search for, or choose a filter.';
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
sortSelect.addEventListener('change', () => {
  chosenSort = sortSelect.value;
  runSearch();
});
for (const name of FILTERS) {
  const group = groups[name];
  for (const value of [group.any, ...group.values]) value.input.addEventListener('change', runSearch);
  group.more.addEventListener('click', () => {
    group.expanded = !group.expanded;
    showCounts(lastCounts.counts, lastCounts.anyCounts);
  });
}
more.addEventListener('click', async () => {
  // Keyboard and screen reader users land on the first of the new results.
  const first = await showMore(latest);
  first?.querySelector('a')?.focus();
});

/** @type {HTMLElement} */ (document.querySelector('[data-search-fallback]')).hidden = true;
form.hidden = false;
layout.hidden = false;
status.textContent = 'Loading the search index…';
const indexLoaded = loadIndex();
const unknownValues = writeForm(new URLSearchParams(location.search));
showOrder(input.value.trim());
options.open = matchMedia(WIDE).matches;
try {
  await indexLoaded;
  await runSearch();
  if (unknownValues.length) {
    const notice = document.createElement('p');
    notice.className = 'search-notice';
    notice.textContent = `No article has the ${unknownValues.join(' or the ')} that the link asked for, so that filter was left out.`;
    status.after(notice);
  }
} catch {
  // Opened from file:// or with the index missing: say so rather than wait forever.
  status.textContent =
    'The search index could not be loaded. Browse the topics, countries, actors or the archive instead.';
}
