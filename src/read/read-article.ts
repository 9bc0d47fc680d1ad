/** Read stage: one file's bytes → a RawArticle, or a Rejection with its reason. Pure. */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic, RawArticle, Rejection } from '../types.ts';
import { decodeBytes } from './decode.ts';
import { formatOf, hashBytes } from './files.ts';
import { splitFrontMatter } from './front-matter.ts';
import { noRepairs, repairsWarning, sanitizeText } from './sanitize.ts';

/**
 * Largest file read as an article, in bytes. A long news article is about 100 KB; the tests publish a 5 MB one.
 * Beyond this the file is surely not one article, and analysing it would hold up the build for minutes.
 */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/**
 * Decodes a file, makes its text safe (`sanitize.ts`: the body and the front matter's values) and splits its front
 * matter (in any format: raw text may carry it too). Never throws: whatever goes wrong is the file's rejection.
 * @param hash the sha256 of `bytes` (`hashBytes`), when the caller has it already.
 */
export function readArticle(file: string, bytes: Uint8Array, hash?: string): RawArticle | Rejection {
  try {
    return readBytes(file, bytes, hash);
  } catch (error) {
    return { file, code: 'unreadable', reason: `cannot be read: ${(error as Error).message.slice(0, 200)}` };
  }
}

/**
 * The rejection of a file of `size` bytes when it is larger than an article may be, else null: a caller that knows
 * the size from the file's stat asks before reading it, as a file of gigabytes would fill the memory or fail to read.
 */
export function rejectBySize(file: string, size: number): Rejection | null {
  if (size <= MAX_ARTICLE_BYTES) return null;
  return {
    file,
    code: 'too-large',
    reason: `file of ${(size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article may be`,
  };
}

/**
 * The bytes of the article file at `fullPath` (listed as `file`), or its rejection: larger than an article may be,
 * judged from `size` (its stat's, when the caller has it) before it is read, or unreadable, naming the system's error.
 */
export function readArticleBytes(fullPath: string, file: string, size?: number): Uint8Array | Rejection {
  try {
    return rejectBySize(file, size ?? statSync(fullPath).size) ?? readFileSync(fullPath);
  } catch (error) {
    return { file, code: 'unreadable', reason: `cannot read: ${(error as Error).message}` };
  }
}

function readBytes(file: string, bytes: Uint8Array, hash?: string): RawArticle | Rejection {
  const tooLarge = rejectBySize(file, bytes.length);
  if (tooLarge) return tooLarge;
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { file, code: decoded.code, reason: decoded.reason };
  const repairs = noRepairs();
  const text = sanitizeText(decoded.text, repairs);
  const split = splitFrontMatter(text, repairs);
  if (!split.ok) return { file, code: 'front-matter', reason: split.reason };
  if (split.body.trim() === '') return { file, code: 'empty', reason: 'no article text after the front matter' };
  return {
    file,
    hash: hash ?? hashBytes(bytes),
    format: formatOf(file),
    body: split.body,
    frontMatter: split.frontMatter,
    diagnostics: [...encodingWarnings(decoded.encoding), ...repairsWarning(repairs, 'text'), ...split.diagnostics],
  };
}

function encodingWarnings(encoding: string): Diagnostic[] {
  if (encoding === 'windows-1252')
    return [
      { level: 'warning', stage: 'read', code: 'encoding-fallback', message: 'not valid UTF-8: read as Windows-1252' },
    ];
  if (encoding === 'utf-8-damaged')
    return [
      {
        level: 'warning',
        stage: 'read',
        code: 'encoding-damaged',
        message: 'UTF-8 with invalid bytes: they show as �',
      },
    ];
  return [];
}

/** Whether what a read gave (an article, a file's bytes) is a rejection. */
export function isRejection<T extends object>(value: T | Rejection): value is Rejection {
  return 'reason' in value;
}
