import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive } from '../../../src/archive/index.ts';
import { ARCHIVE_FIELDS, itemPagesOf } from '../../../src/render/page-keys.ts';
import { analyzeText, defaultContext, defaultSettings } from '../../helpers/pipeline.ts';

const article = (title: string, date: string, body: string) =>
  analyzeText(`---\ntitle: ${title}\ndate: ${date}\n---\n${body}`, `${title}.md`);
const LAVROV = article(
  'Lavrov in Beijing',
  '2024-06-20',
  'Sergey Lavrov met Wang Yi in Beijing. Russia and China held talks.',
);
const PUTIN = article(
  'Putin in Beijing',
  '2024-05-16',
  'Vladimir Putin met Xi Jinping in Beijing. Russia and China signed a joint statement.',
);
const BAKERY = article(
  'Village bakery wins a prize',
  '2019-03-02',
  'A village bakery won the national bread prize. The judges praised its rye.',
);

/** Page keys by output file. */
function keysOf(articles: (typeof LAVROV)[]) {
  const pages = itemPagesOf(buildArchive(articles, defaultContext().taxonomy, defaultSettings()), 'analysis');
  return new Map([...pages.articles, ...pages.lists].map((p) => [p.file, p.key]));
}

describe('page keys', () => {
  const before = keysOf([LAVROV, PUTIN]);

  it('name each page by its output file', () => {
    assert.ok([...before.keys()].every((file) => !file.startsWith('/') && file.endsWith('index.html')));
    assert.ok(before.has('articles/2024/06/lavrov-in-beijing/index.html'));
  });

  it('stay the same when the archive is built again from the same articles', () => {
    assert.deepEqual(keysOf([PUTIN, LAVROV]), before);
  });

  it('change for the pages an added article appears on, and for no other', () => {
    const after = keysOf([LAVROV, PUTIN, BAKERY]);
    const changed = [...before].filter(([file, key]) => after.get(file) !== key).map(([file]) => file);
    // The bakery story shares no tag with the others and is older than both: their pages and tags stay as they were,
    // except the oldest article's "previous" link, which now points to it.
    assert.deepEqual(
      changed.filter((f) => f.startsWith('articles/')),
      ['articles/2024/05/putin-in-beijing/index.html'],
    );
    assert.ok(!changed.some((f) => f.startsWith('countries/ru/') || f.startsWith('actors/')), changed.join(', '));
    assert.ok(after.has('articles/2019/03/village-bakery-wins-a-prize/index.html'));
  });

  it('change for an article page when its text changes', () => {
    const edited = article(
      'Lavrov in Beijing',
      '2024-06-20',
      'Sergey Lavrov met Wang Yi in Beijing. Russia and China held long talks on trade.',
    );
    const after = keysOf([edited, PUTIN]);
    assert.notEqual(
      after.get('articles/2024/06/lavrov-in-beijing/index.html'),
      before.get('articles/2024/06/lavrov-in-beijing/index.html'),
    );
  });

  it('cover every field the archive stage adds to an analysed article', () => {
    const model = buildArchive([LAVROV, PUTIN], defaultContext().taxonomy, defaultSettings());
    const analysed = new Set(Object.keys(LAVROV));
    const added = Object.keys(model.articles[0]!).filter((field) => !analysed.has(field));
    for (const field of added)
      assert.ok((ARCHIVE_FIELDS as readonly string[]).includes(field), `${field} is not in ARCHIVE_FIELDS`);
  });

  it('are those made afresh when a model keeps the objects of its unchanged pages (npm run dev)', () => {
    const model = buildArchive([LAVROV, PUTIN, BAKERY], defaultContext().taxonomy, defaultSettings());
    const keysOfModel = (m: typeof model) => {
      const pages = itemPagesOf(m, 'analysis');
      return [...pages.articles, ...pages.lists].map((p) => [p.file, p.key]);
    };
    const first = keysOfModel(model);
    const [edited, ...kept] = model.articles;
    const next = { ...model, articles: [{ ...edited!, summary: `${edited!.summary} Updated.` }, ...kept] };
    const afterEdit = keysOfModel(next);
    assert.deepEqual(afterEdit, keysOfModel(structuredClone(next)));
    assert.notDeepEqual(afterEdit[0], first[0]);
    assert.deepEqual(afterEdit.slice(1), first.slice(1));
  });

  it('change for every page when the analysis changes (code, taxonomy or settings)', () => {
    const model = buildArchive([LAVROV], defaultContext().taxonomy, defaultSettings());
    const [before, after] = ['analysis', 'another analysis'].map((a) => itemPagesOf(model, a).articles[0]!.key);
    assert.notEqual(before, after);
  });
});
