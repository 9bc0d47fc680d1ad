import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive } from '../../../src/archive/index.ts';
import { analyzeText, defaultContext, defaultSettings } from '../../helpers/pipeline.ts';

describe('topic pages in the archive model', () => {
  const article = (title: string, date: string | null) =>
    analyzeText(
      `---\ntitle: ${title}\n${date ? `date: ${date}\n` : ''}topics: [sanctions]\n---\nA note.`,
      `${title}.md`,
    );
  const model = buildArchive(
    [
      article('Middle', '2023-05-02'),
      article('Undated', null),
      article('Newest', '2024-06-20'),
      article('Oldest', '2021-01-10'),
    ],
    defaultContext().taxonomy,
    defaultSettings(),
  );
  const pages = (url: string) => model.listPages.filter((p) => p.url === url);

  it('lists a topic newest first and oldest first, undated last both ways', () => {
    assert.deepEqual(
      pages('/topics/sanctions/')[0]!.items.map((a) => a.title),
      ['Newest', 'Middle', 'Oldest', 'Undated'],
    );
    assert.deepEqual(
      pages('/topics/sanctions/oldest/')[0]!.items.map((a) => a.title),
      ['Oldest', 'Middle', 'Newest', 'Undated'],
    );
    const order = { newestUrl: '/topics/sanctions/', oldestUrl: '/topics/sanctions/oldest/' };
    assert.deepEqual(pages('/topics/sanctions/oldest/')[0]!.order, { current: 'oldest', ...order });
  });

  it('gives every topic its span, feeds and search link', () => {
    const sanctions = model.topics.find((t) => t.id === 'sanctions')!;
    assert.deepEqual(sanctions.topic?.span, { from: '10 January 2021', to: '20 June 2024' });
    assert.equal(sanctions.topic?.undatedCount, 1);
    assert.deepEqual(sanctions.topic?.feeds, {
      atom: '/topics/sanctions/feed.xml',
      json: '/topics/sanctions/feed.json',
    });
    assert.equal(sanctions.topic?.searchUrl, '/search/?topic=sanctions');
    const empty = model.topics.find((t) => t.id === 'diplomacy')!;
    assert.equal(empty.topic?.span, null);
    assert.equal(pages('/topics/diplomacy/oldest/').length, 1);
  });

  it('lists the topics with their descriptions on the topics index', () => {
    const index = pages('/topics/')[0]!;
    assert.equal(index.kind, 'topics');
    assert.deepEqual(index.links.find((l) => l.url === '/topics/sanctions/')?.count, 4);
    assert.match(index.links.find((l) => l.url === '/topics/sanctions/')?.description ?? '', /Economic sanctions/);
  });
});
