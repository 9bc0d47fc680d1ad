import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageUrl, type ListPage } from '../../../src/archive/index.ts';
import { renderPagination } from '../../../templates/partials/pagination.ts';

function listPage(page: number, pages: number): ListPage {
  const base = '/countries/cn/';
  return {
    url: pageUrl(base, page),
    title: 'China',
    heading: 'China',
    kind: 'country',
    term: null,
    items: [],
    links: [],
    page,
    pages,
    previousUrl: page > 1 ? pageUrl(base, page - 1) : null,
    nextUrl: page < pages ? pageUrl(base, page + 1) : null,
  };
}

const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe('pagination links', () => {
  it('are left out of a list that fits on one page', () => {
    assert.equal(renderPagination(listPage(1, 1)).toString(), '');
  });

  it('link the first and last pages and the neighbours of the current one, at stable URLs', () => {
    const markup = renderPagination(listPage(6, 12)).toString();
    assert.deepEqual(hrefs(markup), [
      '/countries/cn/page/5/',
      '/countries/cn/',
      '/countries/cn/page/4/',
      '/countries/cn/page/5/',
      '/countries/cn/page/6/',
      '/countries/cn/page/7/',
      '/countries/cn/page/8/',
      '/countries/cn/page/12/',
      '/countries/cn/page/7/',
    ]);
    assert.match(markup, /aria-current="page" href="\/countries\/cn\/page\/6\/"/);
    assert.equal(markup.match(/…/g)?.length, 2);
  });
});
