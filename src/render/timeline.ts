/** Render stage: an articles-per-month timeline drawn as inline SVG at build time (no script). Pure. */
import { html, type SafeHtml } from './html.ts';

/** Widest a month's bar is drawn, so a short timeline stays a few narrow bars rather than one block. */
const MAX_BAR_WIDTH = 24;

export interface TimelineOptions {
  width: number;
  height: number;
  /** Accessible name of the chart. */
  label: string;
}

/** Bars, one per month, scaled to the busiest month; each bar has a title with its month and count. */
export function renderTimeline(points: Array<{ month: string; count: number }>, options: TimelineOptions): SafeHtml {
  if (!points.length) return html``;
  const max = Math.max(...points.map((p) => p.count));
  const width = Math.min(options.width, points.length * MAX_BAR_WIDTH);
  const barWidth = width / points.length;
  const bars = points.map((p, i) => {
    const h = max ? Math.max(p.count ? 2 : 0, (p.count / max) * (options.height - 2)) : 0;
    const x = (i * barWidth).toFixed(2);
    const y = (options.height - h).toFixed(2);
    return html`<rect x="${x}" y="${y}" width="${Math.max(1, barWidth - 1).toFixed(2)}" height="${h.toFixed(2)}"><title>${p.month}: ${p.count}</title></rect>`;
  });
  const first = points[0]!.month;
  const last = points[points.length - 1]!.month;
  return html`<figure class="timeline"><svg role="img" aria-label="${options.label}, ${first} to ${last}" viewBox="0 0 ${width} ${options.height}" width="${width}" height="${options.height}" preserveAspectRatio="none">${bars}</svg><figcaption>${first} – ${last}</figcaption></figure>`;
}
