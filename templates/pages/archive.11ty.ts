/** The archive index: years and months with counts, and the undated articles. */
import { formatDate, termUrl, type ArchiveModel } from '../../src/archive/index.ts';
import { html, type SiteData } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';

export const data = { permalink: '/archive/index.html' };

export function render({ archive, site }: { archive: ArchiveModel; site: SiteData }): string {
  const monthName = (year: string, month: string) =>
    formatDate({ iso: `${year}-${month}-01`, precision: 'month' }).split(' ')[0];
  return renderBase({
    site,
    title: 'Archive',
    description: 'Every article of the archive by year and month.',
    body: html`<h1>Archive</h1>
${archive.years.length ? '' : html`<p class="empty">No dated articles yet.</p>`}
<ul class="years">${archive.years.map(
      (y) =>
        html`<li><h2><a href="${y.url}">${y.year}</a> <span class="count">${y.count}</span></h2>${y.months.length ? html`<ul class="months">${y.months.map((m) => html`<li><a href="${m.url}">${monthName(y.year, m.month)}</a> <span class="count">${m.count}</span></li>`)}</ul>` : ''}</li>`,
    )}</ul>
<h2><a href="${termUrl.undated()}">Undated articles</a> <span class="count">${archive.undatedCount}</span></h2>
<p>Articles whose publication date is not known are kept apart, never given a made-up date.</p>`,
  });
}
