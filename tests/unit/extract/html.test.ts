import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { extractArticle, extractFromHtml } from '../../../src/extract/index.ts';
import { isRejection, readArticle } from '../../../src/read/index.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

const HTML_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'html');

function extractPage(file: string, prefix = '') {
  const raw = readArticle(file, new TextEncoder().encode(prefix + readFileSync(path.join(HTML_DIR, file), 'utf8')));
  assert.ok(!isRejection(raw));
  return extractArticle(raw, { retrieved: null });
}

/** Six saved pages of different layouts: what a reader expects to find, and page furniture that must be gone. */
const CASES = [
  {
    file: '01-news-jsonld.html',
    title: 'Straw to attend Auschwitz service',
    date: { iso: '2005-01-20', precision: 'day' },
    author: 'Alice Fenwick',
    source: 'Northern Ledger',
    starts: 'Foreign Secretary Jack Straw will visit Auschwitz',
    ends: 'the Simon Wiesenthal Center said.',
    absent: [
      'More on this story',
      'Holocaust survivors gather',
      'Share on Facebook',
      'All rights reserved',
      'political correspondent',
    ],
  },
  {
    file: '02-blog-comments.html',
    title: 'Mrs Howard gets key election role',
    date: { iso: '2005-02-07', precision: 'day' },
    author: 'Tom Aldridge',
    source: 'Westminster Watch',
    starts: "Michael Howard's ex-model wife, Sandra",
    ends: 'the side of him that she knows.',
    absent: ['great asset', 'publicity stunt', 'Leave a Reply', 'Recent Posts', 'Tags:', 'Posted on'],
  },
  {
    file: '03-inline-related.html',
    title: 'Court rejects $280bn tobacco case',
    date: { iso: '2005-02-04', precision: 'day' },
    author: 'Maria Keane',
    source: 'Capital Wire',
    starts: 'A US government claim accusing',
    ends: 'Reynolds showing gains of 4.5%.',
    absent: ['Related stories', 'Philip Morris profits climb', 'Source: Capital Wire', 'Markets'],
  },
  {
    file: '04-plain-markup.html',
    title: 'Security scares spark browser fix',
    date: { iso: '2005-02-16', precision: 'day' },
    author: 'Daniel Ortiz',
    source: null,
    starts: 'Microsoft is working on a new version',
    ends: 'almost 96% in mid-2004.',
    absent: ['Published:', 'By Daniel Ortiz'],
  },
  {
    file: '05-graph-jsonld.html',
    title: "Crisis 'ahead in social sciences'",
    date: { iso: '2005-03-01', precision: 'month' },
    author: 'Priya Shah and Owen Lloyd',
    source: 'The Civic Review',
    starts: 'A national body designed to tackle skills shortages',
    ends: 'the committee added.',
    absent: ['We use cookies', 'Get the Review by email', 'Sign up', 'Education\n'],
  },
  {
    file: '06-microdata.html',
    title: 'Tsunami debt deal to be announced',
    date: { iso: '2005-01-12', precision: 'day' },
    author: 'Lena Marsh',
    source: 'Eastbridge Daily',
    starts: 'Chancellor Gordon Brown has said',
    ends: 'disaster have reached 440.',
    absent: ['Latest news', 'Rail strike', 'Views:', 'EN RU'],
  },
] as const;

describe('extraction of saved web pages', () => {
  for (const c of CASES) {
    it(`reads ${c.file}: title, date, author, source and the article body only`, () => {
      const article = extractPage(c.file);
      assert.equal(article.title, c.title);
      assert.deepEqual(article.date, c.date);
      assert.equal(article.author, c.author);
      assert.equal(article.source, c.source);
      assert.ok(article.text.startsWith(c.starts), article.text.slice(0, 80));
      assert.ok(article.text.endsWith(c.ends), article.text.slice(-80));
      for (const snippet of c.absent) assert.ok(!article.text.includes(snippet), `body holds "${snippet}"`);
    });
  }

  it('keeps the structure of the body: quotes and lists', () => {
    const article = extractPage('05-graph-jsonld.html');
    assert.ok(article.blocks.some((b) => b.kind === 'quote' && b.text.startsWith('We are facing an absolute crisis')));
    const list = article.blocks.find((b) => b.kind === 'list');
    assert.ok(list?.kind === 'list' && !list.ordered && list.items.length === 3);
  });

  it('lets front matter win over the page markup, in the pipeline', () => {
    const page = readFileSync(path.join(HTML_DIR, '01-news-jsonld.html'), 'utf8');
    const frontMatter = '---\ntitle: Straw goes to Auschwitz\nsource: Archive copy\n---\n';
    const article = analyzeText(frontMatter + page, '01-news-jsonld.html');
    assert.equal(article.title, 'Straw goes to Auschwitz');
    assert.equal(article.source, 'Archive copy');
    assert.equal(article.author, 'Alice Fenwick');
  });

  it('reads a fragment, and text saved under an .html name, as a browser would show them', () => {
    const text =
      'Xi meets Lavrov\n\nBy Ann Lee\n\nXi Jinping met Sergey Lavrov in Beijing on Thursday for talks on trade, energy and the war in Ukraine.\n';
    const fragment =
      '<article><h1>Xi meets Lavrov</h1><p>By Ann Lee</p><p>Xi Jinping met Sergey Lavrov in Beijing on Thursday for talks on trade, energy and the war in Ukraine.</p></article>';
    for (const page of [text, fragment]) {
      const article = extractFromHtml(page, { retrieved: null });
      assert.deepEqual(
        [article.title, article.author, article.text],
        [
          'Xi meets Lavrov',
          'Ann Lee',
          'Xi Jinping met Sergey Lavrov in Beijing on Thursday for talks on trade, energy and the war in Ukraine.',
        ],
      );
    }
  });

  it('skips a JSON-LD block nested past any real page and still reads the others', () => {
    const deep = `<script type="application/ld+json">${'['.repeat(1_000)}"x"${']'.repeat(1_000)}</script>`;
    const article = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-16","publisher":{"name":"Ledger"},"about":[[{"name":"${'['.repeat(70)}"}]]}</script>`;
    const page = `<html><head>${deep}${article}</head><body><h1>Xi meets Lavrov</h1><p>Xi Jinping met Sergey Lavrov in Beijing on Thursday.</p></body></html>`;
    const extracted = extractFromHtml(page, { retrieved: null });
    assert.deepEqual([extracted.date?.iso, extracted.source], ['2024-05-16', 'Ledger']);
  });

  it("drops a picture's caption and credit, and keeps article text that stands beside a picture", () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report: Xi Jinping met Sergey Lavrov in Beijing on Thursday for long talks on trade, energy and the war in Ukraine, officials of both sides said afterwards.</p>`;
    const beside =
      'Beside the picture, the report goes on: the two ministers signed an agreement on gas deliveries through a new pipeline, which both governments called the largest of its kind, and agreed to meet again in Moscow before the end of the year to review how the work was going on both sides.';
    const page = `<html><head><title>Xi meets Lavrov</title></head><body><article><h1>Xi meets Lavrov</h1>
      ${paragraph(1)}
      <figure><img src="talks.jpg" alt=""><figcaption>Xi and Lavrov shake hands</figcaption><p>(Image credit: Reuters)</p></figure>
      ${paragraph(2)}
      <div><p><picture><img src="pipeline.jpg" alt=""></picture></p><p>The pipeline under construction (Image: GETTY )</p></div>
      ${paragraph(3)}
      <div><img src="moscow.jpg" alt=""><p>${beside}</p></div>
      ${paragraph(4)}</article></body></html>`;
    const article = extractFromHtml(page, { retrieved: null });
    for (const n of [1, 2, 3, 4]) assert.ok(article.text.includes(`Paragraph ${n} of the report`), article.text);
    assert.ok(article.text.includes(beside), article.text);
    for (const caption of ['Image credit', 'Image: GETTY']) {
      assert.ok(!article.text.includes(caption), `body holds "${caption}"`);
      assert.ok(article.removed.some((r) => r.reason === 'caption or credit of a picture' && r.text.includes(caption)));
    }
  });

  it('keeps a paragraph whose linked name opens a hover card, without the card', () => {
    const card =
      '<span class="card"><img src="omar.jpg" alt=""><a href="/people/ilhan-omar">Ilhan Omar</a><a href="/story/1">Hillicon Valley: Progressives oppose funding bill over surveillance authority</a><a href="/story/2">Sanders doubles down on Bolivia coup, few follow suit</a></span>';
    const opening = `<p><span>A New York man pleaded guilty to threatening to kill Rep. <a href="/people/ilhan-omar">Ilhan Omar</a>${card} (D-Minn.), the U.S. Attorney's Office announced Monday.</span></p>`;
    const rest = Array.from(
      { length: 4 },
      (_, n) =>
        `<p>Paragraph ${n + 1} of the report: the man was arrested in April after a phone call to the congresswoman's office, and faces up to ten years in prison.</p>`,
    ).join('');
    const page = `<html><head><title>Man pleads guilty</title></head><body><article><h1>Man pleads guilty</h1>${opening}${rest}</article></body></html>`;
    const article = extractFromHtml(page, { retrieved: null });
    assert.ok(
      article.text.startsWith(
        "A New York man pleaded guilty to threatening to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney's Office announced Monday.",
      ),
      article.text.slice(0, 200),
    );
    assert.ok(!article.text.includes('Hillicon Valley'));
    assert.ok(article.removed.some((r) => r.reason === 'hover card of a name inside a paragraph'));
  });

  it('keeps the first paragraphs of a Japanese article, written without spaces, as its text', () => {
    const opening = 'Kindle書籍を読む場合は、スマホやタブレットで読むことが多いと思います。';
    const second = 'そんな用途を考慮してか、Kindleにはデスクトップアプリが用意されています。';
    const rest = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>段落${i + 1}：このアプリは操作性があまりよくなく、設定で変更できる箇所も少ないので、別の方法で設定を変更することにしました。</p>`,
    ).join('');
    const page = `<html><head><title>Kindle for PC</title></head><body><article><h1>Kindle for PCの設定</h1><p>${opening}</p><p>${second}</p>${rest}</article></body></html>`;
    const article = extractFromHtml(page, { retrieved: null });
    assert.ok(article.text.startsWith(`${opening}\n\n${second}`), article.text.slice(0, 80));
  });

  it('drops the widgets, teaser headings and credits that Readability keeps among the paragraphs', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report: Xi Jinping met Sergey Lavrov in Beijing on Thursday for long talks on trade, energy and the war in Ukraine, officials of both sides said afterwards.</p>`;
    const page = `<html><head><title>Xi meets Lavrov</title></head><body><article><h1>Xi meets Lavrov</h1>
      ${paragraph(1)}<p>Sign In</p>${paragraph(2)}<p>DON'T MISS</p>${paragraph(3)}
      <p>Additional reporting by Joseph Hudak</p></article></body></html>`;
    const article = extractFromHtml(page, { retrieved: null });
    assert.deepEqual(
      article.blocks.map((b) => (b.kind === 'list' ? b.items.join(' ') : b.text.slice(0, 11))),
      ['Paragraph 1', 'Paragraph 2', 'Paragraph 3'],
    );
    for (const furniture of ['Sign In', "DON'T MISS", 'Additional reporting by Joseph Hudak'])
      assert.ok(article.removed.some((r) => r.text === furniture));
  });

  it("reads the date and drops the labels of a page's header of many short blocks above the story", () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report: Xi Jinping met Sergey Lavrov in Beijing on Thursday for long talks on trade, energy and the war in Ukraine, officials of both sides said afterwards.</p>`;
    const header = ['Breaking news', 'Weather', 'Traffic', 'Updated', '10:01', 'pm PST, Tuesday, November 19, 2019'];
    const page = `<html><head><title>Xi meets Lavrov</title></head><body><article><h1>Xi meets Lavrov</h1>
      ${header.map((text) => `<p>${text}</p>`).join('')}${[1, 2, 3].map(paragraph).join('')}</article></body></html>`;
    const article = extractFromHtml(page, { retrieved: null });
    assert.equal(article.date?.iso, '2019-11-19');
    assert.ok(article.text.startsWith('Paragraph 1 of the report'), article.text.slice(0, 80));
  });

  it('drops a note about the author and a call to follow on social networks at the end, and keeps a last paragraph like them', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report: Xi Jinping met Sergey Lavrov in Beijing on Thursday for long talks on trade, energy and the war in Ukraine, officials of both sides said afterwards.</p>`;
    const page = (end: string) =>
      extractFromHtml(
        `<html><head><title>Xi meets Lavrov</title></head><body><article><h1>Xi meets Lavrov</h1>${[1, 2, 3].map(paragraph).join('')}${end}</article></body></html>`,
        { retrieved: null },
      );
    const withNote = page('<h3>Ann Lee</h3><p>Ann Lee is a reporter for the Harbour Times.</p>');
    assert.ok(withNote.text.endsWith('officials of both sides said afterwards.'), withNote.text.slice(-80));
    assert.ok(withNote.removed.some((r) => r.text === 'Ann Lee\nAnn Lee is a reporter for the Harbour Times.'));
    const closing = '<p>Lavrov is expected in Washington next month, where he will meet the secretary of state.</p>';
    assert.ok(page(closing).text.endsWith('where he will meet the secretary of state.'));
    const follow = page('<p>Email Ann Lee or follow her @annlee. Follow us on Twitter and on Facebook.</p>');
    assert.ok(follow.text.endsWith('officials of both sides said afterwards.'), follow.text.slice(-80));
    const aboutNetworks =
      '<p>Officials later said they would follow the talks closely on both sides of the border.</p>';
    assert.ok(page(aboutNetworks).text.endsWith('on both sides of the border.'));
    for (const call of [
      'Like this story? Share it with a friend!',
      'Click here to subscribe to The Harbour Times newsletter',
      'Join our forums to keep talking about the talks!',
    ]) {
      const article = page(`<p>${call}</p>`);
      assert.ok(article.text.endsWith('officials of both sides said afterwards.'), article.text.slice(-80));
      assert.ok(
        article.removed.some((r) => r.text === call && r.reason === 'call to subscribe, share, join or listen'),
      );
    }
    const aboutSubscribers =
      '<p>Moscow said it would join the talks in spring, and Beijing asked other capitals to subscribe to the plan.</p>';
    assert.ok(page(aboutSubscribers).text.endsWith('to subscribe to the plan.'));
  });

  it('drops a standfirst set as a heading above the story, and keeps a short section label and the subheadings inside it', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report: Xi Jinping met Sergey Lavrov in Beijing on Thursday for long talks on trade, energy and the war in Ukraine, officials of both sides said afterwards.</p>`;
    const page = (opening: string) =>
      extractFromHtml(
        `<html><head><title>Xi meets Lavrov</title></head><body><article><h1>Xi meets Lavrov</h1>${opening}${paragraph(1)}<h2>Talks on energy and trade</h2>${[2, 3].map(paragraph).join('')}</article></body></html>`,
        { retrieved: null },
      );
    const standfirst = 'CHINA has sent its foreign minister to meet Lavrov in a bid to shore up their trade';
    const withStandfirst = page(`<h2>${standfirst}</h2>`);
    assert.ok(withStandfirst.text.startsWith('Paragraph 1 of the report'), withStandfirst.text.slice(0, 80));
    assert.ok(withStandfirst.removed.some((r) => r.text === standfirst));
    assert.ok(withStandfirst.text.includes('Talks on energy and trade'));
    assert.ok(page('<h2>WORLD NEWS</h2>').text.startsWith('WORLD NEWS'));
  });

  it('drops a reading time above the story, and keeps a sentence that gives one', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report: Xi Jinping met Sergey Lavrov in Beijing on Thursday for long talks on trade, energy and the war in Ukraine, officials of both sides said afterwards.</p>`;
    const page = (opening: string) =>
      extractFromHtml(
        `<html><head><title>Xi meets Lavrov</title></head><body><article><h1>Xi meets Lavrov</h1>${opening}${[1, 2, 3].map(paragraph).join('')}</article></body></html>`,
        { retrieved: null },
      );
    for (const label of ['Tempo de leitura: 1 minuto', 'Reading time: 3 minutes', '5 min read']) {
      const article = page(`<p>${label}</p>`);
      assert.ok(article.text.startsWith('Paragraph 1 of the report'), article.text.slice(0, 80));
      assert.ok(article.removed.some((r) => r.text === label && r.reason === 'reading time above the story'));
    }
    const sentence = 'Reading time: the talks took 3 hours.';
    assert.ok(page(`<p>${sentence}</p>`).text.startsWith(sentence));
  });

  it('records the furniture it dropped', () => {
    const removed = extractPage('01-news-jsonld.html').removed;
    assert.ok(removed.some((r) => r.reason === 'byline' && r.text.includes('Alice Fenwick')));
  });
});
