/**
 * Render stage: articles per month drawn as a bar chart in inline SVG at build time (no script). The chart takes the
 * width it is given (its x positions are percentages), so its text keeps its size on a phone and on a desktop. Pure.
 */
import { formatDate, type Timeline } from '../archive/index.ts';
import { html, type SafeHtml } from './html.ts';

export interface TimelineOptions {
  /** What the chart shows ("Articles per month about Russia"): its accessible name. */
  label: string;
  /** Height of the bars' area, in pixels. */
  height?: number;
  /** The count the full height stands for; charts drawn side by side share one. Defaults to the busiest month. */
  max?: number;
  /** Without its caption (span and articles not shown), for charts whose caption is given once beside them. */
  bare?: boolean;
  /** Without the years under the axis (its ticks stay), for charts stacked above one that has them. */
  noYears?: boolean;
  /** The bars lead to the months in the page's own list of articles (a term's timeline), which the caption says. */
  barsLeadToList?: boolean;
}

/** Room above the bars for the top count, and below them for the years (or, without, for the ticks), in pixels. */
const TOP = 16;
const BOTTOM = 20;
const BOTTOM_NO_YEARS = 6;
/**
 * Fewest months the width is divided into: a chart of one month is one bar of a twelfth of the width at the start of
 * its axis, not a block across the page.
 */
const MIN_SLOTS = 12;
/** Up to this many months, each bar is labelled with its count. */
const LABELLED_BARS = 24;
/** A year is labelled when its months take at least this share of the width (about four digits on a phone). */
const YEAR_LABEL_SHARE = 0.09;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const monthLabel = (month: string) => formatDate({ iso: `${month}-01`, precision: 'month' });
const percent = (share: number) => `${(share * 100).toFixed(3)}%`;

/** "March 2023 to September 2025 · undated: 4 · dated by year only: 1". */
export function describeTimeline(timeline: Timeline): string {
  const { months } = timeline;
  const span = months.length
    ? months.length === 1
      ? monthLabel(months[0]!.month)
      : `${monthLabel(months[0]!.month)} to ${monthLabel(months[months.length - 1]!.month)}`
    : 'No article dated by month';
  return [
    span,
    ...(timeline.undated ? [`undated: ${timeline.undated}`] : []),
    ...(timeline.yearOnly ? [`dated by year only: ${timeline.yearOnly}`] : []),
  ].join(' · ');
}

/**
 * The horizontal lines of the scale, each with its count: the top of the scale and, when tall enough, its half. The
 * counts stand at the left, or at the right `atEnd` (a chart whose bars leave its right free: a count over its first
 * bar would meet them at the left).
 */
function renderScale(max: number, height: number, atEnd: boolean) {
  const levels = max >= 4 ? [max, Math.round(max / 2)] : [max];
  return levels.map((level, i) => {
    const y = (TOP + height - (level / max) * height).toFixed(1);
    return html`<line class="grid" x1="0" x2="100%" y1="${y}" y2="${y}"></line><text class="scale" x="${atEnd ? '100%' : '0'}"${atEnd ? html` text-anchor="end"` : ''} y="${(Number(y) - 3).toFixed(1)}">${i === 0 ? plural(level, 'article') : String(level)}</text>`;
  });
}

/** Each year's first month marked on the time axis, labelled with the year when there is room; a gap of years dashed. */
function renderYears(months: Timeline['months'], slots: number, height: number, labelled: boolean) {
  const starts = months.flatMap((m, i) => (i === 0 || m.month.endsWith('-01') ? [i] : []));
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? months.length;
    const year = months[start]!.month.slice(0, 4);
    const gap = start > 0 && Number(months[start - 1]!.month.slice(0, 4)) !== Number(year) - 1;
    const x = percent(start / slots);
    const roomy = labelled && (starts.length === 1 || (end - start) / slots >= YEAR_LABEL_SHARE);
    const tick = html`<line class="${gap ? 'tick gap' : 'tick'}" x1="${x}" x2="${x}" y1="${gap ? TOP : TOP + height}" y2="${TOP + height + 6}"></line>`;
    return html`${start > 0 ? tick : ''}${roomy ? html`<text class="year" x="${percent(start / slots + 0.004)}" y="${TOP + height + 15}">${year}</text>` : ''}`;
  });
}

/**
 * A month's bar, a link to the month's archive with its month and count as its name (the count drawn over it is left
 * out of the link, whose text would no longer be its name); nothing for an empty month.
 */
function renderBar(point: Timeline['months'][number], i: number, slots: number, max: number, height: number) {
  if (!point.count || !point.url) return '';
  const name = `${monthLabel(point.month)}: ${plural(point.count, 'article')}`;
  const barHeight = Math.max(2, (point.count / max) * height);
  const y = (TOP + height - barHeight).toFixed(1);
  const slot = 1 / slots;
  const value =
    slots <= LABELLED_BARS
      ? html`<text class="value" aria-hidden="true" x="${percent((i + 0.5) * slot)}" y="${(Number(y) - 3).toFixed(1)}" text-anchor="middle">${point.count}</text>`
      : '';
  return html`<a href="${point.url}" aria-label="${name}"><title>${name}</title><rect class="hit" x="${percent(i * slot)}" y="${TOP}" width="${percent(slot)}" height="${height}"></rect><rect class="bar" x="${percent((i + 0.1) * slot)}" y="${y}" width="${percent(slot * 0.8)}" height="${barHeight.toFixed(1)}"></rect></a>${value}`;
}

/** The chart: a scale with counts, a bar per month linking to its archive, the years below; its caption says the span and the articles it cannot show. */
export function renderTimeline(timeline: Timeline, options: TimelineOptions): SafeHtml {
  const { months } = timeline;
  const leads = options.barsLeadToList ? ". Each bar leads to its month's articles in the list below." : '';
  const caption = options.bare ? '' : html`<figcaption>${describeTimeline(timeline)}${leads}</figcaption>`;
  if (!months.length) return options.bare ? html`` : html`<figure class="timeline">${caption}</figure>`;
  const height = options.height ?? 80;
  const max = Math.max(1, options.max ?? Math.max(...months.map((m) => m.count)));
  const slots = Math.max(MIN_SLOTS, months.length);
  const bars = months.map((m, i) => renderBar(m, i, slots, max, height));
  return html`<figure class="timeline"><svg class="timeline-chart" role="group" aria-label="${options.label}, ${describeTimeline(timeline)}" width="100%" height="${TOP + height + (options.noYears ? BOTTOM_NO_YEARS : BOTTOM)}">${renderScale(max, height, slots > months.length)}<line class="axis" x1="0" x2="100%" y1="${TOP + height}" y2="${TOP + height}"></line>${bars}${renderYears(months, slots, height, !options.noYears)}</svg>${caption}</figure>`;
}
