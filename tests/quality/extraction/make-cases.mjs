#!/usr/bin/env node
/**
 * Builds the labelled evaluation set for the extract stage.
 * Input: 32 clean articles from the shared corpus + the 5 real scraped seeds.
 * Output: cases/<NN>-<style>.txt (an article wrapped in invented page debris) and expected.json.
 *
 * Usage (from the repository root):
 *   node tests/quality/extraction/make-cases.mjs
 *   CORPUS_DIR=/path/to/corpus node tests/quality/extraction/make-cases.mjs
 *
 * Deterministic: no clock, no Math.random; teasers are drawn with a PRNG seeded from the case id.
 * No dependencies beyond Node's standard library.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..', '..');
const CASES_DIR = join(HERE, 'cases');
const SEEDS_DIR = join(REPO, 'tests', 'fixtures', 'seeds');
const CORPUS_DIR = process.env.CORPUS_DIR ?? process.argv[2] ?? join(REPO, '..', 'shared', 'corpus');

// ---------------------------------------------------------------------------
// Labelling convention (also in README.md)
// ---------------------------------------------------------------------------

/**
 * One expected article line: the page line trimmed; a leading "•" bullet and the spaces after it removed.
 * Every other leading marker is kept as written ("- ", "1.", ": "), because in the corpus a leading
 * "- " is as often a wrapped continuation as a bullet (see reut-01574).
 */
function normalizeLine(line) {
  return line.trim().replace(/^•\s*/u, '');
}

/** The expected article lines of a block of text: normalised, empty ones dropped. */
function toArticleLines(lines) {
  return lines.map(normalizeLine).filter((l) => l !== '');
}

// ---------------------------------------------------------------------------
// Deterministic helpers
// ---------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so teaser choice is reproducible. */
function makeRng(seedText) {
  let h = 2166136261;
  for (const ch of seedText) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  let a = h || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}
const pad = (n) => String(n).padStart(2, '0');
const fmt = {
  /** "20 June 2024" */
  dmy: (iso) => {
    const p = parts(iso);
    return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
  },
  /** "Thursday, 20 June 2024" */
  weekday: (iso) => {
    const p = parts(iso);
    return `${WEEKDAYS[p.wd]}, ${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
  },
  /** "March 24 2021, 08:00" */
  wire: (iso, time) => {
    const p = parts(iso);
    return `${MONTHS[p.m - 1]} ${p.d} ${p.y}, ${time}`;
  },
  /** "Mar 4, 1987" */
  usShort: (iso) => {
    const p = parts(iso);
    return `${MONTHS[p.m - 1].slice(0, 3)} ${p.d}, ${p.y}`;
  },
  /** "March 4, 1987" */
  usLong: (iso) => {
    const p = parts(iso);
    return `${MONTHS[p.m - 1]} ${p.d}, ${p.y}`;
  },
  /** "20.06.2024" */
  dotted: (iso) => {
    const p = parts(iso);
    return `${pad(p.d)}.${pad(p.m)}.${p.y}`;
  },
  /** "June 2024" */
  monthYear: (iso) => {
    const p = parts(iso);
    return `${MONTHS[p.m - 1]} ${p.y}`;
  },
  year: (iso) => String(parts(iso).y),
  nextDay: (iso) => {
    const p = parts(iso);
    return new Date(Date.UTC(p.y, p.m - 1, p.d + 1)).toISOString().slice(0, 10);
  },
};

// ---------------------------------------------------------------------------
// Corpus access
// ---------------------------------------------------------------------------

/** Reads a clean corpus article: line 1 headline, line 2 blank, then the body exactly as stored. */
function readArticle(origin) {
  const text = readFileSync(join(CORPUS_DIR, origin), 'utf8');
  if (text.includes('\r')) throw new Error(`${origin}: unexpected CR`);
  const lines = text.split('\n');
  if (lines[1] !== '') throw new Error(`${origin}: line 2 is not blank`);
  const body = lines.slice(2);
  while (body.length && body[body.length - 1].trim() === '') body.pop();
  return { title: lines[0], body };
}

/** Index of the body line that ends the first paragraph (exclusive). */
function firstParagraphEnd(body) {
  const i = body.findIndex((l) => l.trim() === '');
  return i === -1 ? body.length : i;
}

/** Paragraph boundaries: indexes of blank lines that follow text, for inline debris. */
function paragraphBreaks(body) {
  const out = [];
  for (let i = 1; i < body.length; i++) if (body[i].trim() === '' && body[i - 1].trim() !== '') out.push(i);
  return out;
}

function wordCount(lines) {
  return lines.join(' ').split(/\s+/).filter(Boolean).length;
}

// Teaser pool: other corpus stories, so teaser headlines are real headlines. Chosen cases are excluded.
function loadIndex(folder) {
  const rows = readFileSync(join(CORPUS_DIR, folder, 'index.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return rows.map((r) => r.split('\t'));
}

function buildPools(excluded) {
  const prose = [];
  for (const folder of ['bbc-news-2004-2005', 'ukraine-crisis-2014']) {
    for (const row of loadIndex(folder)) {
      const origin = `${folder}/${row[0]}`;
      if (excluded.has(origin)) continue;
      prose.push(origin);
    }
  }
  const wire = [];
  for (const row of loadIndex('reuters-21578')) {
    const origin = `reuters-21578/${row[0]}`;
    if (excluded.has(origin)) continue;
    if (/\b(earn|acq)\b/.test(row[4])) continue; // keep results tables out of teaser lists
    wire.push(origin);
  }
  return { prose, wire };
}

/** A teaser: headline plus the opening of the story's first paragraph, cut at a word boundary. */
function makeTeaser(origin) {
  const { title, body } = readArticle(origin);
  if (/&#|</.test(title) || title.length < 12) return null;
  let first;
  if (origin.startsWith('reuters')) {
    const end = body.findIndex((l, i) => i > 0 && (l.startsWith('    ') || /^\s*reuter\s*$/i.test(l)));
    first = body.slice(0, end === -1 ? body.length : end).join(' ');
  } else {
    first = body.slice(0, firstParagraphEnd(body)).join(' ');
  }
  first = first.replace(/\s+/g, ' ').trim();
  if (first.length < 80) return null;
  return { title, first };
}

function snippet(teaser, maxLen, ellipsis) {
  if (teaser.first.length <= maxLen) return teaser.first.replace(/[.,;:]$/, '') + ellipsis;
  const cut = teaser.first.slice(0, maxLen);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[.,;:\-–—]+$/, '') + ellipsis;
}

function teaserPicker(pools, caseId, ownTitles) {
  const rng = makeRng(`news-archive/extraction/${caseId}`);
  const used = new Set();
  return {
    rng,
    /** n distinct teasers from the prose (BBC + Ukraine) or wire (Reuters) pool. */
    take(n, poolName = 'prose') {
      const pool = pools[poolName];
      const out = [];
      let guard = 0;
      while (out.length < n) {
        if (++guard > 10000) throw new Error('teaser pool exhausted');
        const origin = pool[Math.floor(rng() * pool.length)];
        if (used.has(origin)) continue;
        used.add(origin);
        const t = makeTeaser(origin);
        if (!t || ownTitles.has(t.title) || out.some((o) => o.title === t.title)) continue;
        out.push(t);
      }
      return out;
    },
    len: (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1)),
  };
}

// ---------------------------------------------------------------------------
// The cases. Dates, authors and sources are invented labels; titles and bodies are the corpus's own.
// ---------------------------------------------------------------------------

const CASES = [
  // wordpress: WordPress news theme (cf. seeds 001, 004). Snippet teasers may come before the title;
  // "Share post:", comment widget and "Related news" teasers after.
  {
    id: '01',
    style: 'wordpress',
    origin: 'bbc-news-2004-2005/politics-052.txt',
    date: '2005-01-27',
    dateStyle: 'weekday',
    teasersBefore: true,
  },
  { id: '02', style: 'wordpress', origin: 'ukraine-crisis-2014/article-22.txt', source: 'RIA Novosti' },
  {
    id: '03',
    style: 'wordpress',
    origin: 'bbc-news-2004-2005/entertainment-258.txt',
    date: '2005-01-29',
    dateStyle: 'published',
    author: 'Helena Marsh',
  },
  {
    id: '04',
    style: 'wordpress',
    origin: 'ukraine-crisis-2014/article-44.txt',
    date: '2015-10-01',
    precision: 'month',
    dateStyle: 'published-month',
    source: 'Kyiv Air Transport Review',
    teasersBefore: true,
  },
  { id: '05', style: 'wordpress', origin: 'reuters-21578/reut-10667.txt', author: 'Tobias Rennick' },

  // tabloid: navigation menu and cookie notice before, "READ MORE" inline, "Most read" and "Read more" teasers after.
  {
    id: '06',
    style: 'tabloid',
    origin: 'bbc-news-2004-2005/politics-248.txt',
    section: 'NEWS',
    date: '2004-12-15',
    times: ['14:32', '09:10'],
    author: 'Dominic Harrow',
    role: 'Political Editor',
  },
  {
    id: '07',
    style: 'tabloid',
    origin: 'bbc-news-2004-2005/sport-046.txt',
    section: 'SPORT',
    relative: 'Updated 3 hours ago',
  },
  {
    id: '08',
    style: 'tabloid',
    origin: 'bbc-news-2004-2005/entertainment-079.txt',
    section: 'SHOWBIZ',
    date: '2005-02-11',
    times: ['22:05', '07:45'],
    author: 'Clara Benedek',
    role: 'Showbiz Reporter',
    selfInMostRead: true,
  },
  {
    id: '09',
    style: 'tabloid',
    origin: 'reuters-21578/reut-12744.txt',
    section: 'NEWS',
    relative: 'Updated 47 minutes ago',
  },
  {
    id: '10',
    style: 'tabloid',
    origin: 'bbc-news-2004-2005/business-343.txt',
    section: 'MONEY',
    date: '2004-12-23',
    times: ['11:18', '12:02'],
  },

  // wire: agency page; "By" line and a dated header, "Reporting by ...; Editing by ..." footer, "Read Next" headlines.
  {
    id: '11',
    style: 'wire',
    origin: 'reuters-21578/reut-00209.txt',
    section: 'Markets',
    date: '1987-02-26',
    time: '15:01',
    dateStyle: 'wire',
    author: 'Marcus Oduya',
    editor: 'Alison Wrenfield',
  },
  {
    id: '12',
    style: 'wire',
    origin: 'reuters-21578/reut-04637.txt',
    section: 'Commodities',
    date: '1987-03-13',
    time: '07:26',
    dateStyle: 'wire',
    updated: 'Updated 2 hours ago',
  },
  {
    id: '13',
    style: 'wire',
    origin: 'reuters-21578/reut-01574.txt',
    section: 'World',
    date: '1987-03-04',
    time: '10:12 AM UTC',
    dateStyle: 'wire-us',
    author: 'Ilse Varga',
    editor: 'Peter Galloway',
  },
  {
    id: '14',
    style: 'wire',
    origin: 'ukraine-crisis-2014/article-34.txt',
    section: 'Europe',
    date: '2014-05-26',
    time: '11:40',
    dateStyle: 'wire',
    author: 'Owen Lasko',
    editor: 'Ruth Abernathy',
  },
  { id: '15', style: 'wire', origin: 'reuters-21578/reut-00074.txt', section: 'Finance' },

  // blog: blogging platform with the glued byline "By NamePublished ... • N min read", newsletter box, author bio.
  {
    id: '16',
    style: 'blog',
    origin: 'bbc-news-2004-2005/tech-051.txt',
    author: 'Nadia Kesterton',
    relative: '3 years ago',
    standfirst: true,
  },
  {
    id: '17',
    style: 'blog',
    origin: 'bbc-news-2004-2005/sport-031.txt',
    author: 'Felix Amberley',
    date: '2004-12-29',
    standfirst: true,
  },
  {
    id: '18',
    style: 'blog',
    origin: 'ukraine-crisis-2014/article-11.txt',
    author: 'Priya Castellan',
    relative: '8 months ago',
  },
  {
    id: '19',
    style: 'blog',
    origin: 'bbc-news-2004-2005/tech-264.txt',
    author: 'Jonah Pellegrew',
    date: '2004-12-27',
    standfirst: true,
  },

  // magazine: tagline and "Related posts" headline + snippet list BEFORE the article, kicker, issue date.
  {
    id: '20',
    style: 'magazine',
    origin: 'bbc-news-2004-2005/entertainment-120.txt',
    kicker: 'Music',
    author: 'Sabine Korlath',
    date: '2005-02-01',
    precision: 'month',
    dateStyle: 'issue-month',
    standfirst: true,
  },
  {
    id: '21',
    style: 'magazine',
    origin: 'bbc-news-2004-2005/politics-119.txt',
    kicker: 'Obituary',
    author: 'Adrian Moss-Ferrin',
    source: 'The Northern Review',
    standfirst: true,
  },
  {
    id: '22',
    style: 'magazine',
    origin: 'ukraine-crisis-2014/article-54.txt',
    kicker: 'Dispatch',
    author: 'Leona Quist',
    date: '2014-01-01',
    precision: 'year',
    dateStyle: 'issue-season',
    season: 'Spring',
  },
  { id: '23', style: 'magazine', origin: 'bbc-news-2004-2005/business-030.txt', kicker: 'Economy' },
  {
    id: '24',
    style: 'magazine',
    origin: 'ukraine-crisis-2014/article-38.txt',
    kicker: 'Europe',
    date: '2014-03-29',
    dateStyle: 'published',
  },

  // pressrelease: government site; cookie banner, breadcrumb, "Press release" label, "ENDS", closing "Source:" line.
  {
    id: '25',
    style: 'pressrelease',
    origin: 'ukraine-crisis-2014/article-26.txt',
    date: '2014-09-16',
    dateStyle: 'iso',
    source: 'Novorossiya Press Centre',
  },
  {
    id: '26',
    style: 'pressrelease',
    origin: 'bbc-news-2004-2005/politics-050.txt',
    date: '2004-11-10',
    dateStyle: 'dotted',
    source: 'Scottish Executive',
  },
  {
    id: '27',
    style: 'pressrelease',
    origin: 'bbc-news-2004-2005/business-159.txt',
    date: '2005-01-01',
    precision: 'year',
    dateStyle: 'first-published-year',
    source: 'Press Information Bureau',
  },
  { id: '28', style: 'pressrelease', origin: 'reuters-21578/reut-17235.txt', source: 'Government Information Office' },

  // portal: regional news portal; language switch, site name + tagline, date above the title, "Read also:" inline,
  // timestamped "Latest news", copyright line naming the publisher.
  {
    id: '29',
    style: 'portal',
    origin: 'bbc-news-2004-2005/politics-397.txt',
    tags: 'UK, election, Labour',
    date: '2005-04-01',
    time: '09:15',
    dateStyle: 'dotted-time',
    copyrightYear: 2023,
  },
  {
    id: '30',
    style: 'portal',
    origin: 'bbc-news-2004-2005/tech-284.txt',
    tags: 'technology, cybersecurity, Apple',
    date: '2005-01-12',
    dateStyle: 'iso',
    author: 'Rosa Tillery',
    copyrightYear: 2024,
  },
  {
    id: '31',
    style: 'portal',
    origin: 'reuters-21578/reut-20787.txt',
    tags: 'USA, Japan, trade, sanctions',
    copyrightYear: 2022,
  },
  {
    id: '32',
    style: 'portal',
    origin: 'bbc-news-2004-2005/business-427.txt',
    tags: 'China, economy, trade',
    date: '2005-01-11',
    time: '16:40',
    dateStyle: 'dotted-time',
    copyrightYear: 2025,
  },
];

const PORTAL_NAME = 'Eastbridge Daily';
const MAGAZINE_TAGLINE = 'Slow journalism for fast times';

// ---------------------------------------------------------------------------
// Site styles. Each returns the page as an array of lines; `a` is the article, `t` the teaser picker.
// ---------------------------------------------------------------------------

function withInline(body, breaks, insert) {
  // Insert debris lines at the given paragraph breaks (indexes into body), keeping body lines intact.
  const out = [];
  body.forEach((line, i) => {
    if (breaks.includes(i)) out.push('', ...insert(breaks.indexOf(i)));
    out.push(line);
  });
  return out;
}

const STYLES = {
  wordpress(c, a, t) {
    const L = ['Home', 'World', 'Politics', 'Business', 'Opinion', 'Contact', ''];
    if (c.teasersBefore) {
      L.push('Share Video', '');
      for (const x of t.take(6)) L.push(snippet(x, t.len(90, 150), '...'), '');
    }
    if (c.date && c.dateStyle === 'weekday') L.push(fmt.weekday(c.date), '');
    L.push(a.title, '');
    if (c.dateStyle === 'published') L.push(`Published: ${fmt.dmy(c.date)}`, '');
    else if (c.dateStyle === 'published-month') L.push(`Published: ${fmt.monthYear(c.date)}`, '');
    else if (!c.date) L.push('Published:', '');
    if (c.author) L.push(`By ${c.author}`, '');
    L.push('Share post:', '');
    L.push(...a.body, '');
    if (c.source) L.push(`Source: ${c.source}`, '');
    L.push(
      'Share post:',
      '',
      'Subscribe',
      'Notify of',
      'guest',
      '0 Comments',
      'Inline Feedbacks',
      'View all comments',
      'spot_img',
      '',
    );
    L.push('Related news', '');
    for (const x of t.take(5)) L.push(x.title, '', snippet(x, t.len(90, 130), '...'), '');
    L.push('Leave a Reply', '', 'Your email address will not be published. Required fields are marked *');
    return L;
  },

  tabloid(c, a, t) {
    const L = ['Menu', 'News', 'Sport', 'Showbiz', 'Money', 'Lifestyle', 'Puzzles', 'Search', ''];
    L.push('We value your privacy', '');
    L.push(
      'We and our partners store and access information on your device, such as cookies, to personalise content and ads, provide social media features and analyse our traffic. Our privacy notice was last updated on 12 January 2024.',
    );
    L.push('Accept all', 'Manage preferences', '');
    L.push(c.section, '', a.title, '');
    if (c.author) L.push(`By ${c.author}, ${c.role}`);
    if (c.date)
      L.push(`Published: ${c.times[0]}, ${fmt.dmy(c.date)} | Updated: ${c.times[1]}, ${fmt.dmy(fmt.nextDay(c.date))}`);
    else L.push(c.relative);
    L.push('', 'Share', 'Facebook', 'X', 'WhatsApp', 'Email', '');
    const breaks = paragraphBreaks(a.body);
    const inline = t.take(Math.min(2, breaks.length));
    L.push(...withInline(a.body, breaks.slice(0, inline.length), (k) => [`READ MORE: ${inline[k].title}`]), '');
    L.push('Got a story? Get in touch with our newsdesk.', '');
    L.push('MOST READ', '');
    const most = t.take(5).map((x) => x.title);
    if (c.selfInMostRead) most.splice(2, 0, a.title);
    most.slice(0, 5).forEach((h, i) => L.push(`${i + 1}. ${h}`));
    L.push('', 'More stories', '');
    for (const x of t.take(3)) L.push(x.title, snippet(x, t.len(80, 120), '…'), 'Read more', '');
    L.push('Comments are subject to our community guidelines, which can be viewed here.');
    return L;
  },

  wire(c, a, t) {
    const L = [
      'Skip to main content',
      '',
      'World',
      'Business',
      'Markets',
      'Sustainability',
      'Legal',
      'Breakingviews',
      'Technology',
      '',
    ];
    L.push(c.section, '', a.title, '');
    if (c.author) L.push(`By ${c.author}`, '');
    if (c.dateStyle === 'wire') L.push(fmt.wire(c.date, c.time));
    else if (c.dateStyle === 'wire-us') L.push(`${fmt.usShort(c.date)} ${c.time}`);
    if (c.updated) L.push(c.updated);
    L.push(`${Math.max(1, Math.ceil(wordCount(a.body) / 230))} minute read`, '');
    L.push(...a.body, '');
    if (c.author) L.push(`Reporting by ${c.author}; Editing by ${c.editor}`, '');
    L.push('Our Standards: The Trust Principles.', '', 'Read Next', '');
    for (const x of t.take(4, 'wire')) L.push(x.title);
    L.push('', 'All quotes delayed a minimum of 15 minutes.');
    return L;
  },

  blog(c, a, t) {
    const L = ['Sign in', 'Get started', '', a.title, ''];
    let body = a.body;
    if (c.standfirst) {
      const end = firstParagraphEnd(body);
      L.push(...body.slice(0, end), '');
      body = body.slice(end);
      while (body.length && body[0].trim() === '') body = body.slice(1);
    }
    const when = c.date ? fmt.usLong(c.date) : c.relative;
    const minutes = Math.max(1, Math.ceil(wordCount(a.body) / 200));
    L.push(`By ${c.author}Published ${when} • ${minutes} min read`, '');
    L.push(...body, '');
    L.push(
      'Like',
      '',
      'About the Creator',
      '',
      c.author,
      '',
      'Freelance writer. Notes on news, history and the people caught up in both.',
      '',
    );
    L.push(
      'Reader insights',
      '',
      'Be the first to share your insights about this piece.',
      '',
      'How does it work?',
      '',
      'Add your insights',
      '',
    );
    L.push(
      'Comments',
      '',
      'There are no comments for this story',
      '',
      'Be the first to respond and start the conversation.',
      '',
    );
    L.push(
      'Enjoyed this? Get new stories by email.',
      'One email a week. No spam, unsubscribe any time.',
      'Email address',
      'Subscribe',
      '',
    );
    L.push(`More stories from ${c.author} and writers in Opinion and other communities.`, '');
    const others = ['Mara Ellison', 'Teodor Brandt', c.author];
    t.take(3).forEach((x, i) => {
      L.push(
        x.title,
        '',
        snippet(x, t.len(80, 120), '...'),
        '',
        `By ${others[i]}${t.len(2, 11)} months ago in Opinion`,
        '',
      );
    });
    return L;
  },

  magazine(c, a, t) {
    const L = [MAGAZINE_TAGLINE, '', 'Menu', 'Search', 'Subscribe', '', 'Related posts', ''];
    for (const x of t.take(3)) L.push(x.title, snippet(x, t.len(90, 140), '…'), '');
    L.push(c.kicker, '', a.title, '');
    let body = a.body;
    if (c.standfirst) {
      const end = firstParagraphEnd(body);
      L.push(...body.slice(0, end), '');
      body = body.slice(end);
      while (body.length && body[0].trim() === '') body = body.slice(1);
    }
    if (c.author) L.push(`By ${c.author}`);
    if (c.dateStyle === 'issue-month') L.push(`From the ${fmt.monthYear(c.date)} issue`);
    else if (c.dateStyle === 'issue-season') L.push(`${c.season} ${fmt.year(c.date)} issue`);
    else if (c.dateStyle === 'published') L.push(`Published: ${fmt.dmy(c.date)}`);
    if (c.author || c.date) L.push('');
    L.push(...body, '');
    if (c.source) L.push(`This article was originally published in ${c.source}.`, '');
    L.push(
      `Filed under: ${c.kicker}, World`,
      '',
      `${MAGAZINE_TAGLINE}.`,
      'Sign up for the weekly letter',
      'Email',
      'Sign up',
      '',
      'Privacy policy | Terms | Advertise',
    );
    return L;
  },

  pressrelease(c, a) {
    const L = [
      'Skip to main content',
      '',
      'Cookies on this site',
      'We use some essential cookies to make this service work.',
      'Accept additional cookies',
      'Reject additional cookies',
      '',
    ];
    const crumb = a.title.length > 48 ? `${a.title.slice(0, a.title.lastIndexOf(' ', 45))}…` : a.title;
    L.push(`Home › Newsroom › Press releases › ${crumb}`, '', 'Press release', '', a.title, '');
    if (c.dateStyle === 'iso') L.push(c.date, '');
    else if (c.dateStyle === 'dotted') L.push(fmt.dotted(c.date), '');
    else if (c.dateStyle === 'first-published-year') L.push(`First published: ${fmt.year(c.date)}`, '');
    L.push(...a.body, '', 'ENDS', '', `Source: ${c.source}`, '');
    L.push(
      'Share this page',
      'Print this page',
      '',
      'Is this page useful?',
      'Yes',
      'No',
      'Report a problem with this page',
      '',
    );
    L.push('Contact us | Accessibility | Cookies | Privacy | Terms and conditions');
    return L;
  },

  portal(c, a, t) {
    const L = [
      'EN | UA | RU',
      '',
      PORTAL_NAME,
      'Independent news from Eastern Europe',
      '',
      'News',
      'Politics',
      'Economy',
      'Society',
      'War',
      'Opinion',
      '',
    ];
    if (c.dateStyle === 'dotted-time') L.push(`${fmt.dotted(c.date)} ${c.time}`, '');
    else if (c.dateStyle === 'iso') L.push(c.date, '');
    L.push(a.title, '');
    if (c.author) L.push(`By ${c.author}`, '');
    L.push(`Views: ${t.len(300, 9000)}`, '');
    const breaks = paragraphBreaks(a.body);
    const inline = t.take(breaks.length ? 1 : 0);
    L.push(...withInline(a.body, breaks.slice(0, inline.length), (k) => [`Read also: ${inline[k].title}`]), '');
    L.push(`Tags: ${c.tags}`, '', 'Read also:', '');
    for (const x of t.take(2)) L.push(x.title);
    L.push('', 'Latest news', '');
    let minutes = 23 * 60;
    for (const x of t.take(5)) {
      minutes -= t.len(15, 95);
      L.push(`${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)} ${x.title}`);
    }
    L.push(
      '',
      `© ${c.copyrightYear} ${PORTAL_NAME}. All rights reserved. Use of materials is permitted only with a hyperlink to ${PORTAL_NAME}.`,
    );
    return L;
  },
};

// Which sources each style states, so the labels follow one rule (see README): an explicit
// "Source: X", "originally published in X" or "© YEAR X" line names the source; nothing else does.
function sourceFor(c) {
  if (c.style === 'portal') return PORTAL_NAME;
  return c.source ?? null;
}

// ---------------------------------------------------------------------------
// Seeds: real scraped pages, labelled by hand (markers below).
// ---------------------------------------------------------------------------

function seedLines(name) {
  return readFileSync(join(SEEDS_DIR, name), 'utf8').split('\n');
}

/** Lines from the first line matching `from` to the first later line matching `to`, inclusive. */
function between(lines, from, to) {
  const i = lines.findIndex((l) => from(l.trim()));
  const j = lines.findIndex((l, k) => k >= i && to(l.trim()));
  if (i < 0 || j < 0) throw new Error('seed marker not found');
  return lines.slice(i, j + 1);
}

const SEEDS = [
  {
    name: '000_6d559f7a58ff0f09.txt',
    title: 'Russia Asks China For Help.',
    author: 'Nicholas Bishop',
    // "Published 2 years ago" is relative: undated. The standfirst "This According to..." is article text.
    lines: (L) => L.slice(1).filter((l) => !l.startsWith('By Nicholas Bishop')),
    count: 13,
  },
  {
    name: '001_1bc1f79daa0eb5a5.txt',
    title: 'China-Russia relations during Ukrainian War',
    // "In the News" / "An Analysis" are the article's own subheadings; the book promotion, the second
    // "Share post:" and everything after it, and the teasers above the title are debris.
    lines: (L) =>
      between(
        L,
        (l) => l === 'In the News',
        (l) => l.startsWith('4. China and Russia believe'),
      ),
    count: 13,
  },
  {
    name: '002_a74d599b4b05ab5e.txt',
    title: 'China supports Russia in Ukraine conflict: U.S.',
    lines: (L) => L.slice(1),
    count: 18,
  },
  {
    name: '003_a3abaf3889b58a5e.txt',
    title: 'China and Russia issue joint statement to strengthen coordination in response to the United States',
    source: 'Military of Strong Countries',
    lines: (L) => L.slice(1).filter((l) => !l.startsWith('Source:')),
    count: 5,
  },
  {
    name: '004_841051a798ffaa10.txt',
    title: 'Chinese Leader Xi Jinping Met With the Russian Foreign Minister',
    date: '2024-06-20',
    precision: 'day',
    lines: (L) =>
      between(
        L,
        (l) => l.startsWith('•'),
        (l) => l.endsWith('atomic power.'),
      ),
    count: 12,
  },
];

// ---------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------

function check(cond, msg) {
  if (!cond) throw new Error(msg);
}

/** The labels must be recoverable from the page: title line present, article lines in order. */
function verify(entry, pageText) {
  const page = pageText.split('\n').map(normalizeLine);
  check(page.includes(entry.title), `${entry.file}: title line missing`);
  let k = 0;
  for (const line of page) if (k < entry.articleLines.length && line === entry.articleLines[k]) k++;
  check(
    k === entry.articleLines.length,
    `${entry.file}: article lines not found in order (${k}/${entry.articleLines.length})`,
  );
  check(entry.articleLines.length > 0, `${entry.file}: no article lines`);
  if (entry.author) check(pageText.includes(`By ${entry.author}`), `${entry.file}: byline missing`);
  if (entry.source) check(pageText.includes(entry.source), `${entry.file}: source missing`);
  check((entry.date === null) === (entry.datePrecision === null), `${entry.file}: date/precision mismatch`);
}

function main() {
  check(existsSync(CORPUS_DIR), `corpus not found at ${CORPUS_DIR} (set CORPUS_DIR)`);
  for (const s of SEEDS)
    check(existsSync(join(SEEDS_DIR, s.name)), `seed missing: ${s.name} (copy it from the shared seeds)`);

  const ids = new Set(CASES.map((c) => c.id));
  check(ids.size === CASES.length, 'duplicate case id');
  check(new Set(CASES.map((c) => c.origin)).size === CASES.length, 'duplicate origin');
  const articles = new Map(CASES.map((c) => [c.origin, readArticle(c.origin)]));
  const ownTitles = new Set([...articles.values()].map((a) => a.title));
  const pools = buildPools(new Set(CASES.map((c) => c.origin)));

  mkdirSync(CASES_DIR, { recursive: true });
  for (const f of readdirSync(CASES_DIR)) if (f.endsWith('.txt')) rmSync(join(CASES_DIR, f));

  const expected = [];
  for (const c of CASES) {
    const a = articles.get(c.origin);
    const t = teaserPicker(pools, c.id, ownTitles);
    const page = STYLES[c.style](c, a, t);
    while (page.length && page[page.length - 1] === '') page.pop();
    const text = page.join('\n') + '\n';
    const file = `tests/quality/extraction/cases/${c.id}-${c.style}.txt`;
    writeFileSync(join(REPO, file), text);
    const entry = {
      file,
      style: c.style,
      origin: c.origin,
      title: a.title,
      date: c.date ?? null,
      datePrecision: c.date ? (c.precision ?? 'day') : null,
      author: c.author ?? null,
      source: sourceFor(c),
      articleLines: toArticleLines(a.body),
    };
    verify(entry, text);
    expected.push(entry);
  }

  for (const s of SEEDS) {
    const file = `tests/fixtures/seeds/${s.name}`;
    const L = seedLines(s.name);
    check(L[0].trim() === s.title || L.some((l) => l.trim() === s.title), `${s.name}: title not found`);
    const entry = {
      file,
      style: 'seed',
      origin: file,
      title: s.title,
      date: s.date ?? null,
      datePrecision: s.precision ?? null,
      author: s.author ?? null,
      source: s.source ?? null,
      articleLines: toArticleLines(s.lines(L)),
    };
    check(
      entry.articleLines.length === s.count,
      `${s.name}: expected ${s.count} article lines, got ${entry.articleLines.length}`,
    );
    verify(entry, L.join('\n'));
    expected.push(entry);
  }

  writeFileSync(join(HERE, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');

  const n = (p) => expected.filter(p).length;
  console.log(`wrote ${CASES.length} cases + ${SEEDS.length} seeds to ${relative(REPO, HERE)}/expected.json`);
  console.log(`styles: ${[...new Set(CASES.map((c) => c.style))].join(', ')}`);
  console.log(
    `dated ${n((e) => e.date)} (day ${n((e) => e.datePrecision === 'day')}, month ${n((e) => e.datePrecision === 'month')}, year ${n((e) => e.datePrecision === 'year')}), undated ${n((e) => !e.date)}, with author ${n((e) => e.author)}, with source ${n((e) => e.source)}`,
  );
}

main();
