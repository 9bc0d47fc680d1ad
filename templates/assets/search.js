// Search page: runs queries on Pagefind's JS API, keeps query, filters and sort in the URL, and renders results.
// The URL's parameters are those of searchUrl() in src/archive/urls.ts, in the same order.

const PARAMS = ['q', 'topic', 'country', 'actor', 'year', 'source', 'sort'];
const FILTERS = ['topic', 'country', 'actor', 'year', 'source'];
/** Screens wide enough to show the filters open from the start; on phones they stay folded above the results. */
const WIDE = '(min-width: 40rem)';
/** Results rendered at once, and added by "Show more results". */
const PAGE = 10;
/** Pause after the last keystroke before searching, in milliseconds. */
const TYPING_DELAY = 300;

const form = document.querySelector('[data-search-form]');
const options = document.querySelector('[data-search-options]');
const input = form.elements.namedItem('q');
const sortSelect = form.elements.namedItem('sort');
const selects = Object.fromEntries(FILTERS.map((name) => [name, form.elements.namedItem(name)]));
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');

let pagefind = null;
/** Counts over the whole archive, from pagefind.filters(). */
let totals = {};
let results = [];
let shown = 0;
let latest = 0;

/** The form's state, as the URL holds it. */
function readForm() {
  const state = { q: input.value.trim() };
  for (const name of FILTERS) state[name] = selects[name].value;
  state.sort = sortSelect.value === 'relevance' ? '' : sortSelect.value;
  return state;
}

function writeForm(params) {
  input.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    const value = params.get(name) ?? '';
    selects[name].value = [...selects[name].options].some((o) => o.value === value) ? value : '';
  }
  const sort = params.get('sort');
  sortSelect.value = sort === 'newest' || sort === 'oldest' ? sort : 'relevance';
}

function urlOf(state) {
  const params = new URLSearchParams();
  for (const key of PARAMS) if (state[key]) params.set(key, state[key]);
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
}

/** Shows each filter value's count within the current results (or the whole archive when nothing is searched). */
function showCounts(counts) {
  for (const name of FILTERS) {
    const values = counts?.[name] ?? {};
    for (const option of selects[name].options) {
      if (!option.value) continue;
      const count = values[option.value] ?? 0;
      option.textContent = `${option.dataset.label} (${count})`;
      option.disabled = count === 0 && !option.selected;
    }
  }
}

/** Keeps Pagefind's <mark> highlights and turns everything else in the excerpt into plain text. */
function excerptNodes(excerpt) {
  const doc = new DOMParser().parseFromString(excerpt, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent);
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

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

/** Renders the next results; returns the first one added. */
async function showMore(run) {
  const slice = results.slice(shown, shown + PAGE);
  const data = await Promise.all(slice.map((r) => r.data()));
  if (run !== latest) return;
  const items = data.map(renderResult);
  list.append(...items);
  shown += slice.length;
  more.hidden = shown >= results.length;
  return items[0];
}

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
    results = [];
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
  const search = await pagefind.search(state.q || null, {
    filters,
    ...(sort ? { sort: { date: sort === 'oldest' ? 'asc' : 'desc' } } : {}),
  });
  if (run !== latest || !search) return;
  results = search.results;
  shown = 0;
  list.replaceChildren();
  showCounts(search.filters);
  await showMore(run);
  if (run !== latest) return;
  status.textContent = describe(results.length, state);
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
  first?.querySelector('a').focus();
});

document.querySelector('[data-search-fallback]').hidden = true;
form.hidden = false;
status.textContent = 'Loading the search index…';
writeForm(new URLSearchParams(location.search));
options.open = matchMedia(WIDE).matches || FILTERS.some((name) => selects[name].value) || sortSelect.value !== 'relevance';
try {
  pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ excerptLength: 30 });
  // Loading the filters first also makes every search report its counts per filter value.
  totals = await pagefind.filters();
  runSearch();
} catch {
  // Opened from file:// or with the index missing: say so rather than wait forever.
  status.textContent = 'The search index could not be loaded. Browse the topics, countries, actors or the archive instead.';
}
