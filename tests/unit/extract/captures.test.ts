import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractArticle } from '../../../src/extract/index.ts';
import { readCaptureHeader } from '../../../src/extract/capture.ts';
import { namesSite, stripSiteName } from '../../../src/extract/title.ts';
import { isRejection, readArticle } from '../../../src/read/index.ts';
import { linesIn, loadCaptureLabels } from '../../../src/quality/score-captures.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

const FOLDER = 'tests/fixtures/corpus/scraped-2018-2026';

function extractCapture(name: string, retrieved: string | null = null) {
  const file = `${FOLDER}/${name}`;
  const raw = readArticle(file, readFileSync(file));
  assert.ok(!isRejection(raw));
  return extractArticle(raw, { retrieved });
}

/** The six crawler captures: headline and publication date as each page prints them. */
const CAPTURES: Array<[file: string, title: string, date: string]> = [
  ['scrape2026-aa-russia-war-economy.txt', 'Russia’s war economy slows as sanctions enter 5th year', '2026-02-27'],
  [
    'scrape2026-dailysabah-zaporizhzhia-ceasefire.txt',
    'Cease-fire agreed near Zaporizhzhia for power repairs: IAEA',
    '2026-02-27',
  ],
  [
    'scrape2026-kfgo-lukoil-sale.txt',
    'Exclusive-US slows sale of Lukoil assets to pressure Russia in Ukraine peace talks',
    '2026-02-26',
  ],
  [
    'scrape2026-toi-witkoff-territory.txt',
    '‘Not imposing anything on Ukraine… Territorial issues could be solved through direct Zelenskyy-Putin talks’: Steve Witkoff',
    '2026-02-27',
  ],
  [
    'scrape2026-turkiyetoday-zelenskyy-sanctions.txt',
    'Zelenskyy calls for tougher US sanctions, more weapons to force Russia to talks',
    '2026-02-27',
  ],
  [
    'scrape2026-united24-vatican-stamp.txt',
    'Vatican Issued Special Stamp Marking Anniversary of War in Ukraine',
    '2026-02-27',
  ],
];

describe('crawler captures', () => {
  for (const [file, title, date] of CAPTURES) {
    it(`${file}: the page's headline and the date it prints`, () => {
      const article = extractCapture(file);
      assert.equal(article.title, title);
      assert.deepEqual(article.date, { iso: date, precision: 'day' });
    });
  }

  it('reads the header: address, crawl day, outline headings and <title>', () => {
    const header = readCaptureHeader(readFileSync(`${FOLDER}/scrape2026-kfgo-lukoil-sale.txt`, 'utf8'));
    assert.equal(
      header?.url,
      'https://kfgo.com/2026/02/26/exclusive-us-slows-lukoil-asset-sale-due-to-ukraine-peace-talks-sources-say/',
    );
    assert.equal(header?.crawled, '2026-02-28');
    assert.deepEqual(header?.headings, [
      'Exclusive-US slows sale of Lukoil assets to pressure Russia in Ukraine peace talks',
    ]);
    assert.equal(
      header?.pageTitle,
      'Exclusive-US slows sale of Lukoil assets to pressure Russia in Ukraine peace talks | The Mighty 790 KFGO | KFGO',
    );
  });

  it('is no capture without its metadata list', () => {
    assert.equal(readCaptureHeader('# Headline\n\n## Content\n\nText.'), null);
  });

  it('never takes the crawl day for the publication date', () => {
    const page = readFileSync(`${FOLDER}/scrape2026-kfgo-lukoil-sale.txt`, 'utf8')
      .replace('Feb 26, 2026 | 9:05 AM', '')
      .replace('WASHINGTON, Feb 26 (Reuters)', 'WASHINGTON (Reuters)');
    const raw = readArticle('capture.txt', new TextEncoder().encode(page));
    assert.ok(!isRejection(raw));
    assert.equal(extractArticle(raw, { retrieved: null }).date, null);
  });

  it("dates a wire dateline with no year ('WASHINGTON, Feb 26 (Reuters)') in the year of the crawl", () => {
    const page = readFileSync(`${FOLDER}/scrape2026-kfgo-lukoil-sale.txt`, 'utf8').replace(
      'Feb 26, 2026 | 9:05 AM',
      '',
    );
    const raw = readArticle('capture.txt', new TextEncoder().encode(page));
    assert.ok(!isRejection(raw));
    const article = extractArticle(raw, { retrieved: null });
    assert.deepEqual(article.date, { iso: '2026-02-26', precision: 'day' });
    assert.equal(article.dateText, 'WASHINGTON, Feb 26');
  });

  it('resolves a relative date against the crawl day', () => {
    const page = readFileSync(`${FOLDER}/scrape2026-kfgo-lukoil-sale.txt`, 'utf8').replace(
      'Feb 26, 2026 | 9:05 AM',
      '2 days ago',
    );
    const raw = readArticle('capture.txt', new TextEncoder().encode(page));
    assert.ok(!isRejection(raw));
    assert.deepEqual(extractArticle(raw, { retrieved: null }).date, { iso: '2026-02-26', precision: 'day' });
  });
});

describe('site names in a <title>', () => {
  it('are known by the address', () => {
    assert.ok(namesSite('Daily Sabah', 'https://www.dailysabah.com/world'));
    assert.ok(namesSite('Anadolu Agency', 'https://www.aa.com.tr/en/'));
    assert.ok(namesSite('Türkiye Today', 'https://www.turkiyetoday.com/world/'));
    assert.ok(!namesSite('Fargo, ND', 'https://kfgo.com/2026/'));
  });

  it('are removed from the end only', () => {
    assert.equal(
      stripSiteName(
        'Hong Kong firms feed European tech to Russia’s war in Ukraine, report says - ICIJ',
        'https://www.icij.org/news/',
      ),
      'Hong Kong firms feed European tech to Russia’s war in Ukraine, report says',
    );
    assert.equal(
      stripSiteName('Exclusive-US slows sale | The Mighty 790 KFGO | KFGO', 'https://kfgo.com/'),
      'Exclusive-US slows sale',
    );
    assert.equal(stripSiteName('Putin - Xi talks end', 'https://kfgo.com/'), 'Putin - Xi talks end');
  });
});

describe("a crawler's header in front matter", () => {
  /** A crawler's header as the two captures with one give it: the page's `<title>`, its address, a guessed date. */
  const crawled = (date: string, body: string) =>
    analyzeText(
      [
        '---',
        'title: "Resilient Zelensky tells BBC Putin has started WW3 and must be stopped - BBC News"',
        'source: https://www.bbc.com/news/articles/cvgj9p15y87o',
        `date: ${date}`,
        'description: "Ukraine\'s president sat down with the BBC in Kyiv."',
        'word_count: 2013',
        '---',
        body,
      ].join('\n'),
    );
  const interview = [
    "'Will we lose? Of course not' - Zelensky tells BBC",
    'International editor, Reporting fromKyiv',
    "Ukraine's President Volodymyr Zelensky continues to send out a firm message of defiance, he said in Kyiv this weekend.",
    'A year ago, Zelensky visited the White House and received a reception one diplomat described as a mugging.',
    'He said that far from losing, Ukraine would end the war victorious, and that it would not give up its land.',
  ].join('\n');

  it("takes the headline the page prints over the header's <title>, and no date from the crawler's guess", () => {
    const article = crawled('2025-02-28', interview);
    assert.equal(article.title, "'Will we lose? Of course not' - Zelensky tells BBC");
    assert.equal(article.date, null);
    assert.equal(article.sourceUrl, 'https://www.bbc.com/news/articles/cvgj9p15y87o');
  });

  it("takes the header's <title> less the site's name when the page prints no headline, with no warning", () => {
    const file = `${FOLDER}/scrape2026-icij-hong-kong-tech.txt`;
    const article = analyzeText(readFileSync(file, 'utf8'), 'scrape2026-icij-hong-kong-tech.txt');
    assert.equal(article.title, 'Hong Kong firms feed European tech to Russia’s war in Ukraine, report says');
    assert.equal(article.date, null);
    // Its "date: unknown" is the crawler's, not the archivist's mistake.
    assert.ok(!article.diagnostics.some((d) => d.code === 'no-title' || d.code === 'front-matter-date'));
  });

  it("takes the date the page prints, whatever the header's guess", () => {
    const article = crawled('2025-02-28', interview.replace('International editor', 'Published 22 February 2026'));
    assert.deepEqual(article.date, { iso: '2026-02-22', precision: 'day' });
  });

  it("leaves an archivist's front matter, with no word count, over the page", () => {
    const raw = readArticle(
      'a.txt',
      new TextEncoder().encode(
        `---\ntitle: Zelensky interview\nsource: https://www.bbc.com/news/x\ndate: 2026-02-22\n---\n${interview}`,
      ),
    );
    assert.ok(!isRejection(raw));
    assert.equal(raw.frontMatter.title, 'Zelensky interview');
    assert.deepEqual(raw.frontMatter.date, { iso: '2026-02-22', precision: 'day' });
  });
});

describe('crawler captures: the article under the headline', () => {
  it('keeps a one-paragraph article standing under its headline, not the trending list below it', () => {
    const article = extractCapture('scrape2026-toi-witkoff-territory.txt');
    assert.match(article.text, /^KYIV: Trump's special envoy Steve Witkoff told a gathering of the Yalta European/);
    assert.doesNotMatch(article.text, /Earthquake jolts Kolkata/);
  });

  it("leaves out an agency's name standing between the headline and the dateline, and says why", () => {
    const article = extractCapture('scrape2026-kfgo-lukoil-sale.txt');
    assert.match(article.text, /^WASHINGTON, Feb 26 \(Reuters\) – The United States has slowed the sale/);
    assert.ok(
      article.removed.some((r) => r.text === 'Thomson Reuters' && /between the headline and its/.test(r.reason)),
    );
  });
});

/**
 * Each capture's labels (see tests/quality/extraction/README.md): the article's lines, and its own captions and
 * credits, which are not another page's debris.
 */
const LABELS = loadCaptureLabels()['scraped-2018-2026'];

describe('crawler captures: tags come from the article, never from page debris', () => {
  for (const [file, title] of CAPTURES) {
    it(`${file}: each country and actor is one the article's own lines give`, () => {
      const text = readFileSync(`${FOLDER}/${file}`, 'utf8');
      const lines = text.split('\n');
      const label = LABELS[file]!;
      const article = [title, ...linesIn(lines, label.article), ...linesIn(lines, label.captionsAndCredits)];
      const truth = analyzeText(article.join('\n\n'));
      const found = analyzeText(text, file);
      assert.deepEqual(
        found.countries.map((c) => c.code).filter((code) => !truth.countries.some((c) => c.code === code)),
        [],
        'countries only page debris gives',
      );
      assert.deepEqual(
        found.actors.map((a) => a.id).filter((id) => !truth.actors.some((a) => a.id === id)),
        [],
        'actors only page debris gives',
      );
    });
  }
});
