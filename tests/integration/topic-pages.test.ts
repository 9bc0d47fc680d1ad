import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';

/** The links of a page, as a reader would follow them. */
const links = (page: string) => [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
/** The article links of a page's "All articles" list, in order. */
const listed = (page: string) =>
  links(page.slice(page.indexOf('id="articles-heading"'))).filter((href) => href.startsWith('/articles/'));

/** An archivist's topic, added only to this archive's copy of topics.yaml. */
const ENERGY_TOPIC = `
- id: energy
  title: Energy
  description: Oil, gas and power, and the pipelines between producers and buyers.
  threshold: 3
  terms:
    - { phrase: oil, weight: 1 }
    - { phrase: gas, weight: 1 }
    - { phrase: pipeline, weight: 1.5 }
`;

/** 27 dated energy articles (more than a page of 25), one a month from January 2022. */
const energyArticles = Object.fromEntries(
  Array.from({ length: 27 }, (_, i) => {
    const month = `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    return [
      `energy-${i}.md`,
      `---\ntitle: Pipeline report ${i}\ndate: ${month}-15\n---\nNorway's gas pipeline to Poland carried more gas and oil in ${month}.\n`,
    ];
  }),
);

describe('topic pages', () => {
  let site: BuiltArchive;
  before(async () => {
    const dir = makeArchive(energyArticles, { seeds: true });
    appendFileSync(path.join(dir, 'taxonomy', 'topics.yaml'), ENERGY_TOPIC);
    site = await buildArchiveDir(dir);
  });

  it('gives a topic added to topics.yaml its own page with its articles', () => {
    const energy = site.page('/topics/energy/');
    assert.match(energy, /<h1><span class="kind">Topic<\/span> Energy<\/h1>/);
    assert.match(energy, /Oil, gas and power/);
    assert.match(energy, /27 articles, from 15 January 2022 to 15 March 2024/);
    assert.equal(listed(energy).length, 25);
    assert.equal(listed(site.page('/topics/energy/page/2/')).length, 2);
  });

  it('lists every topic with its count and description on the topics index', () => {
    const index = site.page('/topics/');
    for (const [url, name] of [
      ['/topics/china-russia-relations/', 'China–Russia relations'],
      ['/topics/sanctions/', 'Sanctions'],
      ['/topics/diplomacy/', 'Diplomacy'],
      ['/topics/energy/', 'Energy'],
    ]) {
      assert.ok(index.includes(`<a href="${url}">${name}</a>`), url);
    }
    assert.match(index, /Energy<\/a> <span class="count">27 articles<\/span><\/dt><dd>Oil, gas and power/);
  });

  it('shows the timeline and the countries, actors and topics most often with it, then each article once with its summary', () => {
    const topic = site.page('/topics/china-russia-relations/');
    assert.match(
      topic,
      /<svg class="timeline-chart" role="group" aria-label="Articles per month about China–Russia relations/,
    );
    assert.ok(links(topic).includes('/countries/cn/') && links(topic).includes('/countries/ru/'));
    assert.ok(links(topic).includes('/actors/xi-jinping/'));
    assert.match(topic, /<h2 id="cooccurrence-heading">Most often with China–Russia relations<\/h2>/);
    assert.doesNotMatch(topic, />Latest</);
    const items = [...topic.matchAll(/<li><a href="(\/articles\/[^"]+)">[^<]*<\/a><p class="summary">[^<]+<\/p>/g)];
    assert.ok(items.length > 0, 'items with a summary');
    assert.equal(new Set(items.map((m) => m[1])).size, items.length, 'an article listed twice');
    assert.doesNotMatch(topic, /<span class="topics">[^<]*China–Russia relations/);
  });

  it('links a topic to its feeds and to search filtered on it', () => {
    const pageLinks = links(site.page('/topics/energy/'));
    for (const url of ['/topics/energy/feed.xml', '/topics/energy/feed.json', '/search/?topic=energy'])
      assert.ok(pageLinks.includes(url), url);
  });

  it('lists a topic oldest first at stable URLs, linked from a newest/oldest switch', () => {
    const newest = site.page('/topics/energy/');
    const oldest = site.page('/topics/energy/oldest/');
    assert.ok(links(newest).includes('/topics/energy/oldest/'));
    assert.ok(links(oldest).includes('/topics/energy/'));
    assert.match(oldest, /aria-current="true">Oldest first/);
    const titleOf = (url: string) => site.report.published.find((p) => p.url === url)!.title;
    assert.equal(titleOf(listed(newest)[0]!), 'Pipeline report 26');
    assert.equal(titleOf(listed(oldest)[0]!), 'Pipeline report 0');
    assert.deepEqual(listed(site.page('/topics/energy/oldest/page/2/')).map(titleOf), [
      'Pipeline report 25',
      'Pipeline report 26',
    ]);
  });

  it('links an article to its topics and explains each in words, with its cues, score, threshold and sentences', () => {
    const entry = site.report.published.find((p) => p.title === 'Pipeline report 3')!;
    const page = site.page(entry.url);
    assert.ok(links(page).includes('/topics/energy/'));
    assert.match(
      page,
      /The text uses “pipeline” twice, “gas” twice and “oil” once: 5 cues, worth [\d.]+ points where the topic needs 3\./,
    );
    // One sentence, each of its cues marked wherever it stands.
    assert.match(
      page,
      /<li>“Norway&#39;s <mark>gas<\/mark> pipeline to Poland carried more <mark>gas<\/mark> and <mark>oil<\/mark>/,
    );
  });
});
