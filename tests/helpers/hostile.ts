/** Test helpers: an archive of hostile and unusual inputs, each with the outcome the build must give it. */
import { readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
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
  'A dam on the Mekong released water early to save rice harvests downstream in Vietnam.',
  'The Irish health service hired two thousand nurses trained in the Philippines and India.',
  'Shipyards in South Korea delivered the first ammonia-fuelled container vessel to a Danish line.',
  'Striking dock workers in Antwerp returned to work after a deal on night-shift pay.',
  'Scientists in New Zealand tagged great white sharks to follow their winter migration.',
  'Egypt opened a museum of Nile boats beside the pyramids after twenty years of work.',
  'The mayor of Lagos banned diesel minibuses from the city centre starting next spring.',
  'Wildfires in the Canadian north forced the evacuation of two mining towns by air.',
  'A Czech brewery bought back its old name from the state after a decade in court.',
  'Teachers in Argentina held a one-day strike over wages eaten away by inflation.',
  'Morocco finished the last section of its high-speed line between Tangier and Marrakesh.',
  'A landslide in Nepal cut the only road to a district of sixty thousand people.',
  'Finland tested a sand battery that stores summer heat for a small town in winter.',
  'The Turkish lira fell to a record low after the central bank left rates unchanged.',
  'Divers off Sicily raised a bronze statue from a Roman shipwreck near Marsala.',
  'A Swedish court ordered the recall of electric scooters whose brakes failed in the cold.',
  'Cocoa prices rose after heavy rain damaged crops in Ghana and the Ivory Coast.',
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

/** A saved web page of one story, with `head` in its head and `text` as its first paragraph. */
const savedPage = (head: string, title: string, text: string) =>
  `<!DOCTYPE html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p><p>${SECOND_PARAGRAPH}</p></article></body></html>`;
/** Front matter with `fields` above one story. */
const withFrontMatter = (fields: string, i: number) =>
  utf8(`---\n${fields}\n---\n${story(i)}\n\n${SECOND_PARAGRAPH}\n`);
/** A YAML alias bomb: nine levels of nine references, 387 million strings once expanded. */
const ALIAS_BOMB = 'abcdefghi'
  .split('')
  .map((name, i, levels) =>
    i === 0
      ? `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
      : `${name}: &${name} [${Array(9)
          .fill(`*${levels[i - 1]}`)
          .join(',')}]`,
  )
  .join('\n');
const UNDATED: Outcome = { published: true, warnings: ['front-matter-date'] };

/**
 * The inputs that stopped whole builds or made them unbounded, each repaired or refused on its own: lone surrogates
 * (which Pagefind refused), control characters (which broke the feeds), front-matter values that threw or expanded,
 * dates far from any real one, a 2 MB title, runs of punctuation and nested markup that took quadratic time.
 */
const BUILD_STOPPERS: Record<string, { bytes: Uint8Array; outcome: Outcome }> = {
  'lone-surrogate-front-matter.md': {
    bytes: withFrontMatter('title: "Talks \\uDFFF end in Oslo"', 13),
    outcome: { published: true, title: 'Talks \uFFFD end in Oslo', warnings: ['text-repaired'] },
  },
  'lone-surrogate-json-ld.html': {
    bytes: utf8(
      savedPage(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour \\udfff reopens","author":"\\ud800"}</script>',
        'Harbour reopens',
        story(14),
      ),
    ),
    outcome: { published: true },
  },
  'lone-surrogate-utf16.txt': {
    bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from(`Surrogate headline\n\n${story(15)} `, 'utf16le'), 0x00, 0xd8]),
    outcome: { published: true, title: 'Surrogate headline', warnings: ['text-repaired'] },
  },
  'ansi-escape.txt': {
    bytes: utf8(`Escape \x1b[31mred\x1b[0m headline\n\n${story(16)} \x01\x7f\n\n${SECOND_PARAGRAPH}`),
    outcome: { published: true, title: 'Escape [31mred[0m headline', warnings: ['text-repaired'] },
  },
  'control-reference.html': {
    bytes: utf8(savedPage('', 'Control&#1; reference', `${story(17)} &#1;&#x1b;&#xD800;&#xFFFE;`)),
    outcome: { published: true, title: 'Control reference' },
  },
  'control-in-yaml.md': {
    bytes: withFrontMatter('title: "Control \\x01in YAML"\nauthor: "A\\x9f B"', 18),
    outcome: { published: true, title: 'Control in YAML', warnings: ['text-repaired'] },
  },
  'date-object.md': { bytes: withFrontMatter('date: {toString: 1}', 19), outcome: UNDATED },
  'date-list.md': { bytes: withFrontMatter('date: [1, 2]', 20), outcome: UNDATED },
  'date-alias-bomb.md': {
    bytes: utf8(`---\n${ALIAS_BOMB}\ndate: *i\n---\n${story(21)}`),
    outcome: { published: false, code: 'front-matter' },
  },
  'date-year-12345.md': { bytes: withFrontMatter('date: +012345-06-01', 22), outcome: UNDATED },
  'date-year-minus-1.md': { bytes: withFrontMatter('date: -000001-06-01', 23), outcome: UNDATED },
  'date-year-1.md': { bytes: withFrontMatter('date: 0001-01-01', 24), outcome: UNDATED },
  'date-year-9999.md': { bytes: withFrontMatter('date: 9999-12-31', 25), outcome: UNDATED },
  'two-megabyte-title.md': {
    bytes: withFrontMatter(`title: "${'Long headline '.repeat(150_000)}"`, 26),
    outcome: { published: true, warnings: ['field-truncated'] },
  },
  'dots.txt': { bytes: utf8(`Dots headline\n\n${story(27)} ${'.'.repeat(20_000)} end.`), outcome: { published: true } },
  'dots-byline.txt': {
    bytes: utf8(`Dotted byline headline\n\nby ${'.'.repeat(20_000)}x\n\n${story(28)}`),
    outcome: { published: true },
  },
  'nested-divs.html': {
    bytes: utf8(savedPage('', 'Nested headline', `${'<div>'.repeat(4_000)}${story(29)}${'</div>'.repeat(4_000)}`)),
    outcome: { published: true },
  },
  '\x1b[2Jterminal-escape.txt': { bytes: utf8(''), outcome: { published: false, code: 'empty' } },
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
  for (const [name, { bytes }] of Object.entries({ ...GENERATED, ...BUILD_STOPPERS })) articles[name] = bytes;
  const contentDir = makeArchive(articles);
  const secret = path.join(contentDir, 'secret.txt');
  writeFileSync(secret, `Secret headline\n\n${OUTSIDE_SECRET} ${ARTICLE}`);
  symlinkSync(secret, path.join(contentDir, 'articles', 'link-outside.txt'));
  symlinkSync(path.dirname(contentDir), path.join(contentDir, 'articles', 'link-to-folder'));
  writeFileSync(path.join(contentDir, 'articles', 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  // 3 GiB that take no room on the disk (a sparse file): more than Node reads into one buffer.
  writeFileSync(path.join(contentDir, 'articles', 'gigabytes.txt'), '');
  truncateSync(path.join(contentDir, 'articles', 'gigabytes.txt'), 3 * 1024 ** 3);
  const expected: Record<string, Outcome> = {
    ...COMMITTED,
    ...Object.fromEntries(
      Object.entries({ ...GENERATED, ...BUILD_STOPPERS }).map(([name, { outcome }]) => [name, outcome]),
    ),
    'link-outside.txt': { published: false, code: 'symlink' },
    'link-to-folder': { published: false, code: 'symlink' },
    'photo.jpg': { published: false, code: 'extension' },
    'gigabytes.txt': { published: false, code: 'too-large' },
  };
  return { contentDir, expected };
}
