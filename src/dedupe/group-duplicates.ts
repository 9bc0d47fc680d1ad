/**
 * Dedupe: analysed articles → one primary article per story, the others recorded as its duplicates, and the
 * articles without any text set aside (a headline alone is not a story to publish). Pure.
 */
import type { AlsoPublished, Fingerprint, PublicationDate, Rejection } from '../types.ts';
import { createDuplicateIndex, addToIndex, findDuplicates, type DuplicateKind } from './duplicate-index.ts';
import { fingerprintText, overlapOf } from './fingerprint.ts';

/** What grouping needs of an article. */
export interface DedupeCandidate {
  file: string;
  hash: string;
  title: string;
  date: PublicationDate | null;
  author: string | null;
  source: string | null;
  /** The original's address, when the file gives one (carried to the other copies' outlets, not compared). */
  sourceUrl?: string | null;
  text: string;
  /** The fingerprint of `text`, when the analysis made it already. */
  fingerprint?: Fingerprint;
}

/** One file that is not published on its own because another file carries the same story. */
export interface DuplicateRecord {
  file: string;
  /** The file of the group's primary article, which is published. */
  duplicateOf: string;
  /** Overlap of the two texts' shingles, 1 for exact duplicates. */
  similarity: number;
  kind: DuplicateKind;
}

export interface GroupedArticles<T> {
  /** One article per story, in input order; those with duplicates carry `alsoPublished`. */
  kept: Array<T & { alsoPublished?: AlsoPublished[] }>;
  duplicates: DuplicateRecord[];
  /** Articles whose text is empty once extracted: not published, and never grouped with one another. */
  rejected: Rejection[];
}

/** The reason given for an article without text. */
const NO_TEXT: Omit<Rejection, 'file'> = {
  code: 'no-text',
  reason: 'no article text was found (a headline alone): nothing to publish',
};

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

function completeness(a: DedupeCandidate): number {
  return Number(a.author !== null) + Number(a.source !== null) + Number(a.date !== null);
}

/**
 * Which article of a group is published: the earliest dated (the first to publish the story), then the most
 * precise date, then the most complete metadata, then the smallest content hash and file name, so the choice
 * never depends on the order of files.
 */
export function comparePrimary(a: DedupeCandidate, b: DedupeCandidate): number {
  if (a.date && !b.date) return -1;
  if (b.date && !a.date) return 1;
  if (a.date && b.date) {
    const byDate =
      a.date.iso.localeCompare(b.date.iso) || PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision];
    if (byDate) return byDate;
  }
  return completeness(b) - completeness(a) || a.hash.localeCompare(b.hash) || a.file.localeCompare(b.file);
}

function findRoot(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/**
 * The group of every article (the index of its root): articles whose texts match, and files with the same bytes
 * (the same file saved twice), whatever the length of their text.
 */
function linkCopies(articles: DedupeCandidate[], fingerprints: Fingerprint[]): number[] {
  const index = createDuplicateIndex<number>();
  const parent = articles.map((_, i) => i);
  const byHash = new Map<string, number>();
  fingerprints.forEach((fingerprint, i) => {
    for (const match of findDuplicates(index, fingerprint)) parent[findRoot(parent, i)] = findRoot(parent, match.id);
    const twin = byHash.get(articles[i]!.hash);
    if (twin === undefined) byHash.set(articles[i]!.hash, i);
    else parent[findRoot(parent, i)] = findRoot(parent, twin);
    addToIndex(index, i, fingerprint);
  });
  return articles.map((_, i) => findRoot(parent, i));
}

/**
 * What `groupDuplicates` keeps from one call for the next, to group again where few articles changed: each
 * article's group, by the article's identity (its file, its bytes' hash and its text's hash: what its matches
 * depend on).
 */
export interface DedupeMemory {
  groups: Map<string, number>;
}

export function createDedupeMemory(): DedupeMemory {
  return { groups: new Map() };
}

/**
 * Each article's identity, made once per article object: a process that builds again and again groups the same
 * records each build, and a string made anew is hashed anew by every map it is looked up in.
 */
const madeIdentities = new WeakMap<DedupeCandidate, string>();

function identityOf(article: DedupeCandidate, fingerprint: Fingerprint): string {
  const made = madeIdentities.get(article);
  if (made !== undefined) return made;
  const identity = `${article.file}\0${article.hash}\0${fingerprint.textHash}`;
  madeIdentities.set(article, identity);
  return identity;
}

/**
 * Whether an article of the previous call in a group of several is gone: a group of which fewer articles were
 * `found` (by group) than it held. `kept` articles of the previous call were found in all, so when that is all it
 * held, none is gone.
 */
function gone(memory: DedupeMemory, found: Map<number, number>, kept: number): boolean {
  if (kept === memory.groups.size) return false;
  const sizes = new Map<number, number>();
  for (const group of memory.groups.values()) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  for (const [group, size] of sizes) if (size > 1 && (found.get(group) ?? 0) < size) return true;
  return false;
}

/**
 * The groups of `linkCopies` from those of the previous call: matches are symmetric, so a group is a connected
 * set of articles whatever their order, and an article new since (or changed) can only join groups, found by
 * comparing every article with the new ones alone. Null when an article gone was in a group of several (the
 * group may split), or there is no previous call.
 */
function relinkCopies(
  articles: DedupeCandidate[],
  fingerprints: Fingerprint[],
  identities: string[],
  memory: DedupeMemory,
) {
  const parent = articles.map((_, i) => i);
  const firstOf = new Map<number, number>();
  const found = new Map<number, number>();
  const fresh = createDuplicateIndex<number>();
  const freshByHash = new Map<string, number>();
  identities.forEach((identity, i) => {
    const group = memory.groups.get(identity);
    if (group === undefined) {
      addToIndex(fresh, i, fingerprints[i]!);
      freshByHash.set(articles[i]!.hash, i);
      return;
    }
    found.set(group, (found.get(group) ?? 0) + 1);
    if (firstOf.has(group)) parent[findRoot(parent, i)] = findRoot(parent, firstOf.get(group)!);
    else firstOf.set(group, i);
  });
  if (gone(memory, found, articles.length - fresh.entries.length)) return null;
  if (!memory.groups.size || fresh.entries.length === articles.length) return null;
  fingerprints.forEach((fingerprint, i) => {
    for (const match of findDuplicates(fresh, fingerprint)) parent[findRoot(parent, i)] = findRoot(parent, match.id);
    const twin = freshByHash.get(articles[i]!.hash);
    if (twin !== undefined) parent[findRoot(parent, i)] = findRoot(parent, twin);
  });
  return articles.map((_, i) => findRoot(parent, i));
}

/**
 * Groups exact and near duplicates (any chain of matches joins a group) and keeps one article per group; articles
 * without text are set aside. With `memory` (what the previous call kept), only the articles new or changed since
 * are compared with the others, where that gives the same groups.
 */
export function groupDuplicates<T extends DedupeCandidate>(all: T[], memory?: DedupeMemory): GroupedArticles<T> {
  const prints = all.map((a) => a.fingerprint ?? fingerprintText(a.text));
  const withText = all.map((_, i) => i).filter((i) => prints[i]!.size > 0);
  const rejected = all.filter((_, i) => !prints[i]!.size).map((a) => ({ file: a.file, ...NO_TEXT }));
  const articles = withText.map((i) => all[i]!);
  const fingerprints = withText.map((i) => prints[i]!);
  const identities = memory ? articles.map((a, i) => identityOf(a, fingerprints[i]!)) : [];
  const roots =
    (memory && relinkCopies(articles, fingerprints, identities, memory)) ?? linkCopies(articles, fingerprints);
  if (memory) memory.groups = new Map(identities.map((identity, i) => [identity, roots[i]!]));
  return { ...publishGroups(articles, fingerprints, roots), rejected };
}

/** One article per group published, the others recorded as its duplicates and carried as `alsoPublished`. */
function publishGroups<T extends DedupeCandidate>(articles: T[], fingerprints: Fingerprint[], roots: number[]) {
  const groups = new Map<number, number[]>();
  roots.forEach((root, i) => {
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });

  const primaryOf = new Map<number, number[]>();
  const duplicates: DuplicateRecord[] = [];
  for (const members of groups.values()) {
    const [primary, ...others] = [...members].sort((x, y) => comparePrimary(articles[x]!, articles[y]!));
    primaryOf.set(primary!, others);
    for (const other of others) {
      const exact = fingerprints[other]!.textHash === fingerprints[primary!]!.textHash;
      const similarity = exact ? 1 : overlapOf(fingerprints[other]!.shingles, fingerprints[primary!]!.shingles);
      duplicates.push({
        file: articles[other]!.file,
        duplicateOf: articles[primary!]!.file,
        similarity: Math.round(similarity * 1000) / 1000,
        kind: exact ? 'exact' : 'near',
      });
    }
  }
  const kept = articles.flatMap((article, i) => {
    const others = primaryOf.get(i);
    if (!others) return [];
    if (!others.length) return [article];
    return [
      withCopies(
        article,
        others.map((j) => articles[j]!),
      ),
    ];
  });
  return { kept, duplicates: duplicates.sort((a, b) => a.file.localeCompare(b.file)) };
}

/**
 * The published article of each group of several made last, by its primary article, with the other articles it was
 * made with: a process that builds again and again groups the same records, and the archive model it keeps takes an
 * article it has not seen (another object) for one new or changed (55 articles each rebuild at 10,000).
 */
const madeCopies = new WeakMap<DedupeCandidate, { others: DedupeCandidate[]; published: DedupeCandidate }>();

/** `article` carrying the other copies of its story, `others` (in order): the same object while they are the same. */
function withCopies<T extends DedupeCandidate>(article: T, others: T[]): T & { alsoPublished: AlsoPublished[] } {
  type Published = T & { alsoPublished: AlsoPublished[] };
  const made = madeCopies.get(article);
  if (made && made.others.length === others.length && made.others.every((other, i) => other === others[i]))
    return made.published as Published;
  const alsoPublished = others.map(({ file, source, sourceUrl, date, title }) => ({
    file,
    source,
    sourceUrl: sourceUrl ?? null,
    date,
    title,
  }));
  const published: Published = { ...article, alsoPublished };
  madeCopies.set(article, { others, published });
  return published;
}

/** The memory as JSON holds it: each identity with its group. */
export type StoredDedupeMemory = Array<[string, number]>;

export function storeDedupeMemory(memory: DedupeMemory): StoredDedupeMemory {
  return [...memory.groups];
}

/** The memory `stored` held, or an empty one when it is not what `storeDedupeMemory` gives. */
export function restoreDedupeMemory(stored: unknown): DedupeMemory {
  const entry = (e: unknown) => Array.isArray(e) && typeof e[0] === 'string' && Number.isInteger(e[1]);
  return { groups: new Map(Array.isArray(stored) && stored.every(entry) ? (stored as StoredDedupeMemory) : []) };
}
