/**
 * Partial: the home page's overview of the archive, articles per month over its whole span: all of them, then each
 * topic, one chart above the other on the same months, the topics on one scale so that their bars compare.
 */
import type { ArchiveOverview, Timeline } from '../../src/archive/index.ts';
import { describeTimeline, html, renderTimeline } from '../../src/render/index.ts';

/** Height of each topic's bars, in pixels; all articles get twice as much. */
const ROW_HEIGHT = 28;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whether the span skips years that hold no article (drawn as a dashed tick). */
function skipsYears(months: Timeline['months']): boolean {
  const years = [...new Set(months.map((m) => Number(m.month.slice(0, 4))))];
  return years.some((year, i) => i > 0 && year !== years[i - 1]! + 1);
}

/** "3 undated" and the like: what a row's chart cannot show. */
function notShown(timeline: Timeline): string {
  const parts = [
    ...(timeline.undated ? [`${timeline.undated} undated`] : []),
    ...(timeline.yearOnly ? [`${timeline.yearOnly} dated by year only`] : []),
  ];
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function renderRow(name: string, url: string, count: number, chart: ReturnType<typeof renderTimeline>, rest: string) {
  return html`<li class="overview-row"><p class="overview-label"><a href="${url}">${name}</a> <span class="count">${plural(count, 'article')}${rest}</span></p>${chart}</li>`;
}

export function renderOverview(overview: ArchiveOverview) {
  const { all, topics } = overview;
  const total = all.months.reduce((sum, m) => sum + m.count, 0) + all.undated + all.yearOnly;
  const max = Math.max(1, ...topics.flatMap((t) => t.timeline.months.map((m) => m.count)));
  const rows = topics.map((topic, i) =>
    renderRow(
      topic.name,
      topic.url,
      topic.count,
      renderTimeline(topic.timeline, {
        label: `Articles per month about ${topic.name}`,
        height: ROW_HEIGHT,
        max,
        bare: true,
        noYears: i < topics.length - 1,
      }),
      notShown(topic.timeline),
    ),
  );
  return html`<section class="overview" aria-labelledby="overview-heading"><h2 id="overview-heading">The archive over time</h2>
<p class="overview-note">Articles per month, ${describeTimeline(all)}.${skipsYears(all.months) ? ' Years without articles are left out, where the axis is dashed.' : ''} A bar of all articles leads to its month in the archive, a topic's bar to its month on the topic's page; the topics share one scale.</p>
<ul class="overview-rows">
${renderRow('All articles', '/archive/', total, renderTimeline(all, { label: 'Articles per month', height: ROW_HEIGHT * 2, bare: true }), '')}
${rows}
</ul></section>`;
}
