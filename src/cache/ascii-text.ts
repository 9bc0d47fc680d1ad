/**
 * Cache: text of the files the cache folder holds. V8 keeps a string with one character above U+00FF in two bytes a
 * character, and reads and parses it more slowly: one "…" in a summary made the whole 9.5 MB of the kept model's
 * JSON such a string. So JSON the cache writes whole is written in ASCII alone, and ASCII bytes are read as such.
 * Pure.
 */
import { isAscii } from 'node:buffer';

/** Text of UTF-8 bytes; ASCII alone read as such, which is quicker. */
export function decodeText(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

const NOT_ASCII = /[\u0080-\uffff]/g;

/** `value` as JSON in ASCII alone: every other character as its escape (JSON.parse gives the same value back). */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
