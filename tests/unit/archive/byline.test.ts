import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bylineOf } from '../../../src/archive/byline.ts';

describe('byline', () => {
  it("is not a republishing blog's user name", () => {
    // The four BBC stories of scraped-2018-2026 were republished on a Jekyll blog with `author: "badely"`.
    assert.equal(bylineOf('badely'), null);
    assert.equal(bylineOf('news_bot42'), null);
    assert.equal(bylineOf('admin2'), null);
  });

  it("keeps a writer's or a desk's name", () => {
    assert.equal(bylineOf('Callum Fraser'), 'Callum Fraser');
    assert.equal(bylineOf('Anna Hirtenstein'), 'Anna Hirtenstein');
    assert.equal(bylineOf('Reuters'), 'Reuters');
    assert.equal(bylineOf('AFP'), 'AFP');
    assert.equal(bylineOf('Nicholas Bishop and Yuki Tanaka'), 'Nicholas Bishop and Yuki Tanaka');
    assert.equal(bylineOf(null), null);
  });
});
