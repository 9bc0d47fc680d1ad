import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Timeline } from '../../../src/archive/index.ts';
import { renderTimeline } from '../../../src/render/index.ts';

const month = (m: string, count: number) => ({
  month: m,
  count,
  url: count ? `/archive/${m.slice(0, 4)}/${m.slice(5)}/` : null,
});

describe('renderTimeline', () => {
  const timeline: Timeline = {
    months: [month('2023-11', 2), month('2023-12', 0), month('2024-01', 4), month('2024-02', 1)],
    yearOnly: 1,
    undated: 3,
  };
  const chart = renderTimeline(timeline, { label: 'Articles per month about Russia' }).toString();

  it('links each month that has articles to its archive, named by its month and count', () => {
    const links = [...chart.matchAll(/<a href="([^"]+)" aria-label="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(links, [
      ['/archive/2023/11/', 'November 2023: 2 articles'],
      ['/archive/2024/01/', 'January 2024: 4 articles'],
      ['/archive/2024/02/', 'February 2024: 1 article'],
    ]);
  });

  it('labels the scale with counts, the bars with theirs and the axis with years', () => {
    assert.match(chart, /<text class="scale"[^>]*>4 articles<\/text>/);
    assert.match(chart, /<text class="scale"[^>]*>2<\/text>/);
    assert.deepEqual(
      [...chart.matchAll(/<text class="value"[^>]*>(\d+)<\/text>/g)].map((m) => m[1]),
      ['2', '4', '1'],
    );
    assert.deepEqual(
      [...chart.matchAll(/<text class="year"[^>]*>(\d+)<\/text>/g)].map((m) => m[1]),
      ['2023', '2024'],
    );
  });

  it('says its span and the articles it cannot place in a month', () => {
    assert.match(
      chart,
      /<figcaption>November 2023 to February 2024 · undated: 3 · dated by year only: 1<\/figcaption>/,
    );
  });

  it('marks a gap of years on the axis', () => {
    const gapped = renderTimeline(
      { months: [month('2014-12', 1), month('2018-01', 1)], yearOnly: 0, undated: 0 },
      { label: 'Articles' },
    ).toString();
    assert.match(gapped, /<line class="tick gap"/);
  });

  it('still gives the undated count when no article has a month', () => {
    const undated = renderTimeline({ months: [], yearOnly: 0, undated: 5 }, { label: 'Articles' }).toString();
    assert.equal(
      undated,
      '<figure class="timeline"><figcaption>No article dated by month · undated: 5</figcaption></figure>',
    );
  });

  it('draws a single month as a bar of a twelfth of the width at the start of its axis, not across the chart', () => {
    const one = renderTimeline(
      { months: [month('2024-06', 3)], yearOnly: 0, undated: 0 },
      { label: 'Articles per month about Kazakhstan' },
    ).toString();
    const bars = [...one.matchAll(/<rect class="bar" x="([\d.]+)%"[^>]* width="([\d.]+)%"/g)];
    assert.equal(bars.length, 1);
    const [, x, width] = bars[0]!;
    assert.ok(Number(x) + Number(width) <= 100 / 12, `bar from ${x}% over ${width}%`);
    assert.match(one, /<text class="year"[^>]*>2024<\/text>/);
    // Its count over the bar at the left, the scale's at the right.
    assert.match(one, /<text class="scale" x="100%" text-anchor="end"[^>]*>3 articles<\/text>/);
  });

  it("says under a term's chart that its bars lead to the months in the page's list", () => {
    const term = renderTimeline(timeline, { label: 'Articles per month about Russia', barsLeadToList: true });
    assert.match(
      term.toString(),
      /<figcaption>November 2023 to February 2024 · undated: 3 · dated by year only: 1\. Each bar leads to its month&#39;s articles in the list below\.<\/figcaption>/,
    );
    assert.doesNotMatch(chart, /Each bar leads/);
  });
});
