#!/usr/bin/env node
/**
 * Builds the labelled duplicate-story set for the dedupe stage.
 * Input: corpus articles (BBC, Reuters, Ukraine crisis). Output: cases/*.txt|html and labels.json (file → story).
 * Each chosen story appears as its original plus one to three copies "from other outlets": different page debris
 * (as raw text or as a saved HTML page) and edits (headline changed, a paragraph added or cut, words changed).
 * Other corpus articles from the same sections stand alone, as the stories that must not be grouped.
 *
 * Usage (from the repository root): node tests/quality/duplicates/make-set.mjs [CORPUS_DIR]
 * Deterministic: no clock, no Math.random. No dependencies beyond Node's standard library.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CASES_DIR = join(HERE, 'cases');
const CORPUS_DIR = process.argv[2] ?? join(HERE, '..', '..', '..', '..', 'shared', 'corpus');

/** Stories with copies, and stand-alone articles, per corpus folder (corpus file names). */
const STORIES = {
  'bbc-news-2004-2005': [
    'business-010',
    'business-040',
    'business-102',
    'entertainment-015',
    'entertainment-060',
    'politics-018',
    'politics-043',
    'politics-123',
    'sport-020',
    'sport-078',
    'tech-025',
    'tech-055',
    'tech-128',
    'business-124',
    'politics-171',
  ],
  'reuters-21578': ['reut-00004', 'reut-00016', 'reut-00049', 'reut-00112', 'reut-00150'],
  'ukraine-crisis-2014': ['article-00', 'article-03', 'article-05'],
};
const SINGLES = {
  'bbc-news-2004-2005': [
    'business-011',
    'business-042',
    'business-105',
    'entertainment-014',
    'entertainment-062',
    'politics-044',
    'politics-144',
    'sport-022',
    'sport-079',
    'tech-036',
    'tech-057',
    'tech-149',
    'business-125',
    'politics-178',
  ],
  'reuters-21578': ['reut-00009', 'reut-00011', 'reut-00013', 'reut-00017', 'reut-00113'],
  'ukraine-crisis-2014': ['article-01', 'article-04', 'article-06'],
};

/**
 * Corpus files that are themselves copies of a chosen story: Reuters ran reut-00004 again as reut-00016 under
 * another headline. They are labelled with the story they copy.
 */
const SAME_STORY = { 'reut-00016': 'reut-00004' };

const OUTLETS = ['Daily Courier', 'Metro Wire', 'The Evening Post', 'Global Desk', 'Harbour Times', 'Capital Report'];
const AUTHORS = ['Jane Holt', 'Ravi Menon', 'Olga Petrenko', 'Sam Okafor', 'Lucy Brandt', 'Marco Vitale'];
const ADDED = [
  'The announcement comes after weeks of speculation in the industry and among analysts, who had expected a decision earlier in the year.',
  'Critics said the move raised more questions than it answered, and called for a full public explanation before any further steps were taken.',
  'Officials declined to comment further when contacted on Monday, saying a statement would be issued in due course.',
  'It is not the first time the issue has come up: a similar proposal was shelved two years ago after strong opposition.',
];
const WORD_EDITS = [
  [/\bsaid\b/, 'stated'],
  [/\bbut\b/, 'however'],
  [/\balso\b/, 'additionally'],
  [/\bper cent\b/, '%'],
  [/\bmillion\b/, 'm'],
];

/** mulberry32 seeded from text, so every choice is reproducible. */
function makeRng(seedText) {
  let a = 2166136261;
  for (const ch of seedText) a = Math.imul(a ^ ch.codePointAt(0), 16777619) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

/** Headline and paragraphs of a corpus file (hard-wrapped Reuters lines joined into paragraphs). */
function readStory(folder, name) {
  const [title, , ...rest] = readFileSync(join(CORPUS_DIR, folder, `${name}.txt`), 'utf8').split('\n');
  const paragraphs = [];
  let current = [];
  for (const line of rest) {
    const starts = line === '' || /^\s{3,}/.test(line);
    if (starts && current.length) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    if (line.trim() && line.trim() !== 'Reuter') current.push(line.trim());
  }
  if (current.length) paragraphs.push(current.join(' '));
  return { title: title.trim(), paragraphs };
}

/** The edits one copy receives, and its text. */
function editStory(story, rng) {
  const edits = [];
  let { title, paragraphs } = story;
  paragraphs = [...paragraphs];
  if (rng() < 0.6) {
    title =
      pick(rng, ['UPDATE: ', 'Report: ', 'Exclusive: ', '']) +
      title.replace(/^(\w+)/, (w) => pick(rng, [w, w.toUpperCase()])) +
      pick(rng, [' - sources', '', ' (updated)']);
    edits.push('headline');
  }
  const r = rng();
  if (r < 0.35) {
    paragraphs.splice(1 + Math.floor(rng() * paragraphs.length), 0, pick(rng, ADDED));
    edits.push('paragraph added');
  } else if (r < 0.7 && paragraphs.length > 2) {
    paragraphs.splice(1 + Math.floor(rng() * (paragraphs.length - 1)), 1);
    edits.push('paragraph cut');
  }
  if (rng() < 0.6) {
    const [pattern, replacement] = pick(rng, WORD_EDITS);
    paragraphs = paragraphs.map((p) => p.replace(new RegExp(pattern, 'g'), replacement));
    edits.push('words changed');
  }
  return { title, paragraphs, edits: [...edits, 'boilerplate differs'] };
}

function asText(story, outlet, author, date) {
  return [
    `${outlet} | Home | World | Business | Sport`,
    '',
    story.title,
    '',
    `By ${author}`,
    date,
    '',
    'Share  Tweet  Email',
    '',
    ...story.paragraphs.flatMap((p) => [p, '']),
    'Related stories',
    `${outlet} weekly roundup: the stories of the week`,
    '',
    `Source: ${outlet}`,
    '',
  ].join('\n');
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function asHtml(story, outlet, author, date) {
  return `<!doctype html><html><head><title>${esc(story.title)} | ${esc(outlet)}</title><meta property="og:site_name" content="${esc(outlet)}">
<meta name="author" content="${esc(author)}"><meta property="article:published_time" content="${date}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${esc(story.title)}</h1>
${story.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Weather warning for the weekend</a></li><li><a href="/b">Markets close higher</a></li></ul></aside>
<footer>© ${esc(outlet)}</footer></body></html>\n`;
}

function main() {
  if (!existsSync(CORPUS_DIR)) throw new Error(`corpus not found at ${CORPUS_DIR}`);
  rmSync(CASES_DIR, { recursive: true, force: true });
  mkdirSync(CASES_DIR, { recursive: true });
  const labels = {};
  const write = (file, text, story, edits) => {
    writeFileSync(join(CASES_DIR, file), text);
    labels[`cases/${file}`] = { story: SAME_STORY[story] ?? story, edits };
  };
  for (const [folder, names] of Object.entries(STORIES)) {
    for (const name of names) {
      const rng = makeRng(name);
      const story = readStory(folder, name);
      const day = `2005-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 10)}`;
      write(`${name}-0.txt`, `${story.title}\n\n${story.paragraphs.join('\n\n')}\n`, name, []);
      const copies = 1 + Math.floor(rng() * 3);
      for (let c = 1; c <= copies; c++) {
        const copy = editStory(story, rng);
        const outlet = OUTLETS[(c + name.length) % OUTLETS.length];
        const html = rng() < 0.35;
        write(
          `${name}-${c}.${html ? 'html' : 'txt'}`,
          (html ? asHtml : asText)(copy, outlet, pick(rng, AUTHORS), day),
          name,
          copy.edits,
        );
      }
    }
  }
  for (const [folder, names] of Object.entries(SINGLES)) {
    for (const name of names) {
      const story = readStory(folder, name);
      write(`${name}.txt`, `${story.title}\n\n${story.paragraphs.join('\n\n')}\n`, name, []);
    }
  }
  writeFileSync(join(HERE, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  console.log(`${Object.keys(labels).length} files written to ${CASES_DIR}`);
}

main();
