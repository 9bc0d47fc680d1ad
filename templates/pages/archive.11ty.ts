/** The archive index: years and months with counts, and the undated articles. */
import type { ArchiveModel } from '../../src/archive/index.ts';
import { html } from '../../src/render/index.ts';
import { renderBase } from '../layouts/base.ts';

export const data = { permalink: '/archive/index.html' };

export function render({ archive }: { archive: ArchiveModel }): string {
  return renderBase({
    title: 'Archive',
    body: html`<h1>Archive</h1>
<ul class="years">${archive.years.map(
      (y) =>
        html`<li><a href="${y.url}">${y.year}</a> <span class="count">${y.count}</span>${y.months.length ? html`<ul>${y.months.map((m) => html`<li><a href="${m.url}">${m.month}</a> <span class="count">${m.count}</span></li>`)}</ul>` : ''}</li>`,
    )}</ul>
<p><a href="/archive/undated/">Undated articles</a> <span class="count">${archive.undatedCount}</span></p>`,
  });
}
