/**
 * Partial: an article's tags ("In this article") and why it has them ("Why these tags?"), both in one order:
 * topics, the countries it is about, actors, the countries it only mentions. Every tag with a page is a link.
 */
import { termUrl, type ArchiveArticle } from '../../src/archive/index.ts';
import { explainTopic, html, mergeEvidence, splitMarks, type MarkedSentence } from '../../src/render/index.ts';
import type { Evidence, TagOrigin } from '../../src/types.ts';

/** Sentences shown under a tag before the rest fold away: one shows why; the rest are there for who doubts it. */
const SHOWN_SENTENCES = 1;

/** One tag: its name, its page when it has one, and why the article has it. */
interface TagEntry {
  name: string;
  url: string | null;
  origin: TagOrigin;
  /** A sentence saying how the tag was decided, when there is more to say than the evidence. */
  note: string | null;
  evidence: Evidence[];
}

interface TagGroup {
  title: string;
  entries: TagEntry[];
}

function groupsOf(article: ArchiveArticle): TagGroup[] {
  const paged = new Set(article.pagedCountries);
  const country = (c: ArchiveArticle['countries'][number]): TagEntry => ({
    name: c.name,
    url: paged.has(c.code) ? termUrl.country(c.code) : null,
    origin: c.origin,
    note: null,
    evidence: c.evidence,
  });
  const times = (n: number | undefined) => (n && n > 1 ? `Named ${n} times.` : null);
  return [
    {
      title: 'Topics',
      entries: article.topics.map((t) => ({
        name: t.title,
        url: termUrl.topic(t.id),
        origin: t.origin,
        note: explainTopic(t),
        evidence: t.evidence,
      })),
    },
    { title: 'Countries', entries: article.countries.filter((c) => c.primary).map(country) },
    {
      title: 'Actors',
      entries: article.actors
        .filter((a) => !a.discovered)
        .map((a) => ({
          name: a.name,
          url: termUrl.actor(a.id),
          origin: a.origin,
          note: a.origin === 'text' ? times(a.mentions) : null,
          evidence: a.evidence,
        })),
    },
    { title: 'Also mentioned', entries: article.countries.filter((c) => !c.primary).map(country) },
  ].filter((group) => group.entries.length);
}

const nameOf = (entry: TagEntry) => (entry.url ? html`<a href="${entry.url}">${entry.name}</a>` : entry.name);

function renderSentence(marked: MarkedSentence) {
  return html`<li>“${splitMarks(marked).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text))}”</li>`;
}

/** The sentences behind a tag, each once; beyond the first few, folded under "N more sentences". */
function renderEvidence(entry: TagEntry) {
  if (entry.origin === 'front-matter' && entry.note === null) return html`<p>Set in the article's front matter.</p>`;
  const sentences = mergeEvidence(entry.evidence);
  if (!sentences.length) return entry.note ? '' : html`<p>Inferred from the actors the article names.</p>`;
  const shown = sentences.slice(0, SHOWN_SENTENCES);
  const folded = sentences.slice(SHOWN_SENTENCES);
  return html`<ul>${shown.map(renderSentence)}</ul>${
    folded.length
      ? html`<details class="more-evidence"><summary>${folded.length} more sentence${folded.length === 1 ? '' : 's'}</summary><ul>${folded.map(renderSentence)}</ul></details>`
      : ''
  }`;
}

function renderWhy(groups: TagGroup[]) {
  return html`<details class="evidence">
<summary>Why these tags?</summary>
<p class="evidence-intro">The sentences that gave the article each tag, with the words that counted marked.</p>
${groups.map(
  (group) => html`<h3>${group.title}</h3>
<dl>${group.entries.map(
    (entry) =>
      html`<dt>${nameOf(entry)}</dt><dd>${entry.note ? html`<p>${entry.note}</p>` : ''}${renderEvidence(entry)}</dd>`,
  )}</dl>`,
)}
</details>`;
}

/** "In this article" with the tag lists and, folded, "Why these tags?"; nothing for an article without tags. */
export function renderArticleTags(article: ArchiveArticle) {
  const groups = groupsOf(article);
  if (!groups.length) return '';
  return html`<section class="tags" aria-labelledby="tags-heading">
<h2 id="tags-heading">In this article</h2>
${groups.map(
  (group) =>
    html`<div class="tag-group"><h3>${group.title}</h3><ul class="tag-list">${group.entries.map((e) => (e.url ? html`<li>${nameOf(e)}</li>` : html`<li class="no-page">${e.name}</li>`))}</ul></div>`,
)}
${renderWhy(groups)}
</section>`;
}
