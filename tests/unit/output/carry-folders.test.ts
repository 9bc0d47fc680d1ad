import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planCarry } from '../../../src/output/index.ts';

const page = (folder: string) => `${folder}/index.html`;

describe('planCarry', () => {
  const kept = [
    page('articles/2024/05/talks-in-beijing'),
    page('articles/2024/05/sanctions-widen'),
    page('articles/2024/06/lavrov-visits'),
    page('countries/cn'),
    page('countries/cn/page/2'),
    page('countries/ru/page/2'),
  ];

  it('moves the highest folder with nothing changed in it, and links kept pages beside a change', () => {
    const plan = planCarry(kept, [
      page('articles/2024/06/new-story'),
      page('countries/ru'),
      'index.html',
      'countries/index.html',
    ]);
    assert.deepEqual(plan.folders, [
      { folder: 'articles/2024/05', files: 2 },
      { folder: 'articles/2024/06/lavrov-visits', files: 1 },
      { folder: 'countries/cn', files: 2 },
      { folder: 'countries/ru/page', files: 1 },
    ]);
    assert.deepEqual(plan.files, []);
  });

  it('never moves a folder that held a page the build drops, which would bring it back', () => {
    const plan = planCarry(kept, [page('articles/2024/05/withdrawn-story')]);
    assert.ok(!plan.folders.some(({ folder }) => 'articles/2024/05/withdrawn-story'.startsWith(`${folder}/`)));
    assert.deepEqual(
      plan.folders.map((f) => f.folder),
      ['articles/2024/05/sanctions-widen', 'articles/2024/05/talks-in-beijing', 'articles/2024/06', 'countries'],
    );
  });

  it('links a kept file that sits in a changed folder itself', () => {
    const plan = planCarry(['feed.xml', page('countries/cn')], ['index.html', 'countries/other.html']);
    assert.deepEqual(plan.files, ['feed.xml']);
    assert.deepEqual(plan.folders, [{ folder: 'countries/cn', files: 1 }]);
  });
});
