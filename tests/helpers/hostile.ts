/** Test helpers: an archive of hostile and unusual inputs, each with the outcome the build must give it. */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/build/index.ts';
import { makeArchive } from './archive.ts';

export const HOSTILE_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'hostile');

/** What the build must do with one file: publish it (with this title, when given) or reject it with this code. */
export type Outcome = { published: true; title?: string; warnings?: string[] } | { published: false; code: string };

/** Text the secret file outside the archive holds; it must never appear in the site. */
export const OUTSIDE_SECRET = 'outside-secret-7f3a';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ARTICLE = 'Russia and China held talks in Moscow on Friday, officials said.';
/** Distinct texts, one per article, so that no two inputs look like the same story. */
const STORIES = [
  'Floods closed three ports on the Danube after a week of heavy rain in the Balkans.',
  'The central bank of Brazil raised its main interest rate by half a point on Wednesday.',
  'A Norwegian court fined the shipping company for dumping ballast water near Bergen.',
  'Farmers in Kenya planted drought-resistant maize on a record area this spring.',
  'The Japanese parliament approved a budget that doubles spending on coastal defences.',
  'Archaeologists in Peru uncovered a temple older than the Inca road network.',
  'Canada and Mexico agreed on new rules for trucks that cross their shared corridors.',
  'A heatwave in southern Spain pushed electricity demand to its highest level in years.',
  'Engineers in Chile finished a tunnel that links two copper mines under the Andes.',
  'The Polish railway ordered forty electric trains from a consortium of three firms.',
  'Fishermen in Senegal protested against foreign trawlers working close to the shore.',
  'A new telescope in Namibia recorded its first images of the southern sky.',
  'Voters in Iceland chose a new parliament after a campaign dominated by housing costs.',
];
/** A closing paragraph long enough to read as the story's own, not as a page trailer. */
const SECOND_PARAGRAPH =
  'Officials said the talks would resume in Moscow next week, after both delegations had consulted their governments.';
const story = (i: number) => `${STORIES[i % STORIES.length]} ${'It was report number ' + i + '.'}`;
const cp1252Quotes = [
  0x93,
  ...utf8('Peace talks'),
  0x94,
  ...utf8(' resume '),
  0x96,
  ...utf8(' caf'),
  0xe9,
  0x0a,
  0x0a,
  ...utf8(STORIES[12]!),
];

/** Inputs made of bytes (encodings, line ends, binaries, sizes) and names, generated rather than committed. */
const GENERATED: Record<string, { bytes: Uint8Array; outcome: Outcome }> = {
  'utf8-bom.txt': {
    bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`BOM headline\n\n${story(0)}`)]),
    outcome: { published: true, title: 'BOM headline' },
  },
  'utf16le-bom.txt': {
    bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from(`Київ headline\n\n${story(1)}`, 'utf16le')]),
    outcome: { published: true, title: 'Київ headline' },
  },
  'utf16be-bom.txt': {
    bytes: new Uint8Array([0xfe, 0xff, ...Buffer.from(`Big-endian headline\n\n${story(2)}`, 'utf16le').swap16()]),
    outcome: { published: true, title: 'Big-endian headline' },
  },
  'windows-1252.txt': {
    bytes: new Uint8Array(cp1252Quotes),
    outcome: { published: true, title: '“Peace talks” resume – café', warnings: ['encoding-fallback'] },
  },
  'invalid-utf8.txt': {
    bytes: new Uint8Array([...utf8('Пекін talks end'), 0xff, 0xfe, ...utf8(`\n\n${story(3)}`)]),
    outcome: { published: true, title: 'Пекін talks end��', warnings: ['encoding-damaged'] },
  },
  'crlf.txt': {
    bytes: utf8(`CRLF headline\r\n\r\n${story(4)}\r\n\r\n${SECOND_PARAGRAPH}\r\n`),
    outcome: { published: true, title: 'CRLF headline' },
  },
  'lone-cr.txt': {
    bytes: utf8(`Lone CR headline\r\r${story(5)}\r\r${SECOND_PARAGRAPH}\r`),
    outcome: { published: true, title: 'Lone CR headline' },
  },
  'binary.txt': {
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    outcome: { published: false, code: 'binary' },
  },
  'binary.md': {
    bytes: Uint8Array.from({ length: 2048 }, (_, i) => (i * 31) % 256),
    outcome: { published: false, code: 'binary' },
  },
  'five-megabytes.txt': {
    bytes: utf8(
      `Five megabyte article\n\n${Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i}: ${ARTICLE} ${'The talks went on. '.repeat(24)}`).join('\n\n')}\n\nLast paragraph of the long article.`,
    ),
    outcome: { published: true, title: 'Five megabyte article' },
  },
  'long-line.txt': {
    bytes: utf8(`Long line article\n\n${story(6)} ${'a'.repeat(200_000)}`),
    outcome: { published: true, title: 'Long line article' },
  },
  'long-line-of-words.txt': {
    bytes: utf8(`Long line of words\n\n${'Moscow talks. '.repeat(15_000)}`),
    outcome: { published: true, title: 'Long line of words' },
  },
  'name with spaces.txt': {
    bytes: utf8(`Spaces in the file name\n\n${story(7)}`),
    outcome: { published: true, title: 'Spaces in the file name' },
  },
  'quotes "double" and \'single\'.txt': {
    bytes: utf8(`Quotes in the file name\n\n${story(8)}`),
    outcome: { published: true, title: 'Quotes in the file name' },
  },
  'новости 新闻 أخبار.md': {
    bytes: utf8(`# Non-Latin file name\n\n${story(9)}`),
    outcome: { published: true, title: 'Non-Latin file name' },
  },
  'sub folder/<script>.txt': {
    bytes: utf8(`Markup in the file name\n\n${story(10)}`),
    outcome: { published: true, title: 'Markup in the file name' },
  },
};

/** Outcomes of the committed fixtures in tests/fixtures/hostile/. */
const COMMITTED: Record<string, Outcome> = {
  'script-in-front-matter.md': {
    published: true,
    title: "Talks end </script><script>alert('INJECTED')</script> in Moscow",
  },
  'script-in-text.txt': { published: true },
  'permalink-escape.md': { published: true, title: '../../../../escaped-title' },
  'dots-and-slashes.txt': { published: true },
  'unterminated-front-matter.md': { published: false, code: 'front-matter' },
  'invalid-yaml.md': { published: false, code: 'front-matter' },
  'wrong-types.md': {
    published: true,
    title: 'Wrong types in front matter',
    warnings: ['front-matter-date', 'front-matter-type', 'front-matter-type'],
  },
  'same-title-a.md': { published: true, title: 'Xi and Putin meet' },
  'same-title-b.md': { published: true, title: 'Xi and Putin meet' },
  'empty.txt': { published: false, code: 'empty' },
  'whitespace-only.md': { published: false, code: 'empty' },
};

export interface HostileArchive {
  contentDir: string;
  /** Every entry under articles/ with its expected outcome. */
  expected: Record<string, Outcome>;
}

/** A new archive holding every hostile input, a symbolic link to a file outside it, and a file of another type. */
export function makeHostileArchive(): HostileArchive {
  const articles: Record<string, Uint8Array> = {};
  for (const name of readdirSync(HOSTILE_DIR)) articles[name] = readFileSync(path.join(HOSTILE_DIR, name));
  for (const [name, { bytes }] of Object.entries(GENERATED)) articles[name] = bytes;
  const contentDir = makeArchive(articles);
  const secret = path.join(contentDir, 'secret.txt');
  writeFileSync(secret, `Secret headline\n\n${OUTSIDE_SECRET} ${ARTICLE}`);
  symlinkSync(secret, path.join(contentDir, 'articles', 'link-outside.txt'));
  symlinkSync(path.dirname(contentDir), path.join(contentDir, 'articles', 'link-to-folder'));
  writeFileSync(path.join(contentDir, 'articles', 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  const expected: Record<string, Outcome> = {
    ...COMMITTED,
    ...Object.fromEntries(Object.entries(GENERATED).map(([name, { outcome }]) => [name, outcome])),
    'link-outside.txt': { published: false, code: 'symlink' },
    'link-to-folder': { published: false, code: 'symlink' },
    'photo.jpg': { published: false, code: 'extension' },
  };
  return { contentDir, expected };
}
