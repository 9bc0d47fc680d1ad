/** Quality: the labelled duplicate-story set of tests/quality/duplicates, read and extracted as the build does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../build/index.ts';
import type { DedupeCandidate } from '../dedupe/index.ts';
import { extractArticle } from '../extract/index.ts';
import { isRejection, readArticle } from '../read/index.ts';

const DUPLICATE_SET_DIR = path.join(REPO_ROOT, 'tests', 'quality', 'duplicates');

export interface DuplicateSet {
  /** File (relative to the set's folder) → the story it carries. */
  labels: Map<string, string>;
  articles: DedupeCandidate[];
}

/** Reads every case of the set through the read and extract stages. */
export function loadDuplicateSet(): DuplicateSet {
  const entries = JSON.parse(readFileSync(path.join(DUPLICATE_SET_DIR, 'labels.json'), 'utf8')) as Record<
    string,
    { story: string }
  >;
  const labels = new Map(Object.entries(entries).map(([file, entry]) => [file, entry.story]));
  const articles = [...labels.keys()].map((file) => {
    const raw = readArticle(file, readFileSync(path.join(DUPLICATE_SET_DIR, file)));
    if (isRejection(raw)) throw new Error(`${file}: ${raw.reason}`);
    const { title, date, author, source, text } = extractArticle(raw, { retrieved: null });
    return { file, hash: raw.hash, title, date, author, source, text };
  });
  return { labels, articles };
}
