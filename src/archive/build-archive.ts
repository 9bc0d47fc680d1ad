/** Archive stage: analysed articles → the archive model (URLs, term pages, archives, related articles). Pure. */
import { indexOutlets, resolveOutlet, type OutletTable } from '../outlets/index.ts';
import type { SiteSettings } from '../settings/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { AnalyzedArticle } from '../types.ts';
import { compareArticles, refOf } from './article-refs.ts';
import { bylineOf } from './byline.ts';
import { formatDate } from './dates.ts';
import { buildDateArchives, indexPage, termListPages, topicListPages, undatedListPages } from './list-pages.ts';
import type { ArchiveArticle, ArchiveModel, OtherCopy, Term } from './model.ts';
import { buildOverview } from './overview.ts';
import { findRelated, type RelatedMemory } from './related.ts';
import { summarize } from './summary.ts';
import { buildActorTerms, buildCountryTerms, buildTopicTerms } from './terms.ts';
import { assignUrls } from './urls.ts';

/** Reading speed used for reading time, in words per minute. */
const WORDS_PER_MINUTE = 230;

/** The other copies of a story as readers see them: outlet, date and headline. */
function otherCopiesOf(article: AnalyzedArticle, outlets: OutletTable): OtherCopy[] {
  return (article.alsoPublished ?? []).map((copy) => ({
    outlet: resolveOutlet(outlets, copy.source, copy.sourceUrl),
    dateLabel: formatDate(copy.date),
    title: copy.title,
  }));
}

/** The articles with their URLs and labels, newest first; related articles and neighbours are linked after. */
function toArchiveArticles(analyzed: AnalyzedArticle[], outlets: OutletTable): ArchiveArticle[] {
  const urls = assignUrls(analyzed);
  return analyzed
    .map((article) => {
      const { fingerprint: _fingerprint, ...a } = article;
      return {
        ...a,
        url: urls.get(article)!,
        author: bylineOf(a.author),
        dateLabel: formatDate(a.date),
        readingMinutes: Math.max(1, Math.round(a.words / WORDS_PER_MINUTE)),
        outlet: resolveOutlet(outlets, a.source, a.sourceUrl),
        summary: summarize(a),
        otherCopies: otherCopiesOf(article, outlets),
        related: [],
        previous: null,
        next: null,
        pagedCountries: [],
      };
    })
    .sort(compareArticles);
}

/** Gives each article its related articles (from the candidates in `memory` where few articles changed). */
function linkRelated(articles: ArchiveArticle[], memory?: RelatedMemory): void {
  const related = findRelated(articles, memory);
  articles.forEach((article, i) => {
    article.related = related[i]!.map((j) => refOf(articles[j]!));
  });
}

/** Gives each of the `dated` articles (newest first) the articles before and after it in time. */
function linkNeighbours(dated: ArchiveArticle[]): void {
  dated.forEach((article, i) => {
    // The list is newest first: the previous article in time is the next one in the list.
    article.previous = dated[i + 1] ? refOf(dated[i + 1]!) : null;
    article.next = dated[i - 1] ? refOf(dated[i - 1]!) : null;
  });
}

/** Gives each article the codes of its countries that have a page (those some article is about). */
function linkCountryPages(articles: ArchiveArticle[], countries: Term[]): void {
  const paged = new Set(countries.map((c) => c.id));
  for (const article of articles)
    article.pagedCountries = article.countries.map((c) => c.code).filter((code) => paged.has(code));
}

/** No outlet table: sources are shown as given, or as the site of their address. */
const NO_OUTLETS = indexOutlets([]);

/** What of the site's settings the model depends on. */
export type ArchiveSettings = Pick<SiteSettings, 'itemsPerPage'>;

/**
 * Builds the archive model. The result depends only on the articles, the taxonomy, the settings and the outlet
 * table, never on the articles' order, nor on `related`: what the previous model of a process that builds again
 * and again kept of its related articles, for this one to find them with less work.
 */
export function buildArchive(
  analyzed: AnalyzedArticle[],
  taxonomy: Taxonomy,
  settings: ArchiveSettings,
  outlets: OutletTable = NO_OUTLETS,
  related?: RelatedMemory,
): ArchiveModel {
  const perPage = settings.itemsPerPage;
  const articles = toArchiveArticles(analyzed, outlets);
  linkRelated(articles, related);
  const dated = articles.filter((a) => a.date);
  linkNeighbours(dated);
  const countries = buildCountryTerms(articles, perPage);
  linkCountryPages(articles, countries);
  const actors = buildActorTerms(articles, taxonomy, perPage);
  const topics = buildTopicTerms(articles, taxonomy, perPage);
  const archives = buildDateArchives(dated, perPage);
  const undated = articles.filter((a) => !a.date);
  const listPages = [
    ...[...countries, ...actors].flatMap((term) => termListPages(term, perPage)),
    ...topics.flatMap((term) => topicListPages(term, perPage)),
    ...archives.pages,
    ...undatedListPages(undated, perPage),
    indexPage('/countries/', 'Countries', countries),
    indexPage('/actors/', 'Actors', actors),
    indexPage('/topics/', 'Topics', topics, 'topics'),
  ];
  return {
    articles,
    countries,
    actors,
    topics,
    years: archives.years,
    undatedCount: undated.length,
    overview: buildOverview(articles, topics),
    listPages,
    updated: dated[0]?.date?.iso ?? null,
  };
}
