/**
 * The records that flow between the pipeline's stages:
 * read → extract → tag → classify → dedupe → archive → render → search.
 * One article record (`AnalyzedArticle`) is enriched by each stage in turn, with the messages of every stage; none
 * rewrites what an earlier stage decided, except where front matter overrides it (`src/analyze/front-matter.ts`).
 */

/** How precisely a publication date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A publication date. `iso` is always YYYY-MM-DD; for month or year precision the missing parts are 01. */
export interface PublicationDate {
  iso: string;
  precision: DatePrecision;
}

/** Which stage a diagnostic comes from. */
export type Stage = 'read' | 'extract' | 'tag' | 'classify' | 'archive' | 'render' | 'search';

/** A message about one article, carried with it through every stage and collected into the build report. */
export interface Diagnostic {
  level: 'error' | 'warning' | 'info';
  stage: Stage;
  /** Stable machine-readable code, e.g. `encoding-fallback`, `front-matter-invalid`. */
  code: string;
  message: string;
}

/** The article's metadata as given in its front matter, after validation. Every field is optional. */
export interface FrontMatter {
  title?: string;
  date?: PublicationDate;
  author?: string;
  source?: string;
  /**
   * The original's address: `source_url`, else `url`, else `canonical` (or `canonical_url`), when it is http(s); in
   * a crawler's header, its `source`.
   */
  sourceUrl?: string;
  /**
   * A crawler's header's `title` (`crawlerHeader` in src/read/front-matter.ts): the page's `<title>`, the site's name
   * after the headline ("… - BBC News"), taken when the page's own lines give no headline, never over them.
   */
  pageTitle?: string;
  /** When the page was retrieved: the anchor for relative dates such as "2 years ago". */
  retrieved?: string;
  /** Country codes to add; `-CODE` removes a tag the pipeline found. */
  countries?: string[];
  /** Actor ids to add; `-id` removes. */
  actors?: string[];
  /** Topic ids to add; `-id` removes. */
  topics?: string[];
}

export type SourceFormat = 'text' | 'markdown' | 'html';

/** Output of the read stage: one decoded input file. */
export interface RawArticle {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  /** sha256 of the file's bytes, hex. */
  hash: string;
  format: SourceFormat;
  /** The body as text: front matter removed, line ends normalised to \n. */
  body: string;
  frontMatter: FrontMatter;
  diagnostics: Diagnostic[];
}

/** A file the read stage could not turn into an article. */
export interface Rejection {
  file: string;
  reason: string;
  code: string;
}

/** One block of the cleaned article body. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/** A block of the raw text that extraction dropped, kept so the archivist can see what and why. */
export interface RemovedBlock {
  text: string;
  reason: string;
}

/** Output of the extract stage. */
export interface ExtractedArticle {
  title: string;
  date: PublicationDate | null;
  /** The date as written on the page, kept even when it could not be resolved (e.g. "2 years ago"). */
  dateText: string | null;
  author: string | null;
  source: string | null;
  blocks: Block[];
  /** The cleaned body as plain text: blocks separated by blank lines, list items one per line. */
  text: string;
  removed: RemovedBlock[];
  diagnostics: Diagnostic[];
}

/** Why a tag was given: the sentence, and the words in it that produced the tag. */
export interface Evidence {
  sentence: string;
  /** The words as they stand in the sentence. */
  match: string;
  /** Offset of `match` within `sentence`. */
  start: number;
  /** For a country found through a place inside it, how the place was read ("city of 63,000 in TI, CH"). */
  place?: string;
}

/** Where a tag came from. */
export type TagOrigin = 'text' | 'front-matter' | 'actor';

export interface CountryTag {
  code: string;
  name: string;
  /** True when the article is about this country; false when it is only mentioned. */
  primary: boolean;
  score: number;
  /**
   * Why the country is primary or not: the primary model's probability and the measures it read (src/tag/
   * primary-model.ts: in the headline, in the lead, mentions, share of the most-named country…).
   */
  primaryModel?: { probability: number; features: Record<string, number> };
  origin: TagOrigin;
  evidence: Evidence[];
}

export type ActorType = 'person' | 'organization';

export interface ActorTag {
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  /** True for a person or organisation found by context or shape whom the actors file does not know yet. */
  discovered: boolean;
  /** Other names of a discovered actor that the article gives, such as the acronym it defines ("OFAC"). */
  aliases?: string[];
  origin: TagOrigin;
  evidence: Evidence[];
  /** How many times the article names the actor (evidence keeps only the first few). */
  mentions?: number;
}

/** A term that counted toward a topic: how often, and the points it brought (negative for terms that push out). */
export interface TopicTermCount {
  phrase: string;
  count: number;
  points: number;
}

export interface TopicTag {
  id: string;
  title: string;
  /** The article's score for the topic (0 when set in front matter). */
  score: number;
  /** The score the topic asks for. */
  threshold: number;
  origin: TagOrigin;
  /** The terms that counted, most points first. */
  terms: TopicTermCount[];
  /** Sentences in which terms counted, with the term marked. */
  evidence: Evidence[];
}

/** Output of the tag stage. */
export interface Tags {
  countries: CountryTag[];
  actors: ActorTag[];
}

/** Another file that carries the same story as a published article (a duplicate grouped under it). */
export interface AlsoPublished {
  file: string;
  source: string | null;
  sourceUrl: string | null;
  date: PublicationDate | null;
  title: string;
}

/** What duplicate detection keeps of an article's text (see `src/dedupe/fingerprint.ts`). */
export interface Fingerprint {
  /** sha256 of the normalised words: equal for texts that differ only in case, accents, punctuation or spacing. */
  textHash: string;
  /** Distinct shingle hashes, sorted ascending. */
  shingles: Uint32Array;
  /** How many there are (`shingles.length`): grouping reads it of every article, and the shingles of few. */
  size: number;
  /** The MinHash signature of `shingles`. */
  signature: Uint32Array;
}

/**
 * The article record, as every stage leaves it, fields in the order the stages fill them: the read stage's file,
 * hash and format; the extract stage's metadata and text (front matter first); the tag stage's countries and
 * actors; the classify stage's topics; the dedupe stage's fingerprint and, once grouped, the other files of its
 * story; and the messages of every stage (`diagnostics`), from which the build report is assembled.
 */
export interface AnalyzedArticle {
  file: string;
  hash: string;
  format: SourceFormat;
  title: string;
  date: PublicationDate | null;
  dateText: string | null;
  /** The retrieval date relative dates were read against: the front matter's, else the build's; null without. */
  retrieved: string | null;
  author: string | null;
  source: string | null;
  /** The original's address when the file gives one apart from `source`: front matter's, else a crawler capture's. */
  sourceUrl: string | null;
  blocks: Block[];
  text: string;
  words: number;
  countries: CountryTag[];
  actors: ActorTag[];
  topics: TopicTag[];
  removed: RemovedBlock[];
  /** The fingerprint of `text` that duplicate grouping compares. */
  fingerprint: Fingerprint;
  /** The other files of the same story, when duplicates were grouped under this article. */
  alsoPublished?: AlsoPublished[];
  diagnostics: Diagnostic[];
}
