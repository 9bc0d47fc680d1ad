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
 * Groups exact and near duplicates (any chain of matches joins a group) and keeps one article per group; articles
 * without text are set aside.
 */
export function groupDuplicates<T extends DedupeCandidate>(all: T[]): GroupedArticles<T> {
  const prints = all.map((a) => a.fingerprint ?? fingerprintText(a.text));
  const withText = all.map((_, i) => i).filter((i) => prints[i]!.shingles.length > 0);
  const rejected = all.filter((_, i) => !prints[i]!.shingles.length).map((a) => ({ file: a.file, ...NO_TEXT }));
  const articles = withText.map((i) => all[i]!);
  const fingerprints = withText.map((i) => prints[i]!);
  const roots = linkCopies(articles, fingerprints);
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
    const alsoPublished = others.map((j) => {
      const { file, source, sourceUrl, date, title } = articles[j]!;
      return { file, source, sourceUrl: sourceUrl ?? null, date, title };
    });
    return [{ ...article, alsoPublished }];
  });
  return { kept, duplicates: duplicates.sort((a, b) => a.file.localeCompare(b.file)), rejected };
}
