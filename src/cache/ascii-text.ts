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
/** Length of a character's JSON escape, `\u` and four hexadecimal digits. */
const ESCAPE_LENGTH = 6;

/**
 * The bytes of `value` as JSON in ASCII alone: every other character as its escape (JSON.parse gives the same value
 * back). Written straight into the bytes, which take no more memory than the UTF-8 of its JSON: the escaped JSON
 * as a string would be one of two bytes a character again, beside the first.
 */
export function asciiJsonBytes(value: unknown): Buffer {
  const json = JSON.stringify(value);
  const others = json.match(NOT_ASCII)?.length ?? 0;
  const bytes = Buffer.allocUnsafe(json.length + (ESCAPE_LENGTH - 1) * others);
  let at = 0;
  let from = 0;
  for (const { index } of json.matchAll(NOT_ASCII)) {
    at += bytes.write(json.slice(from, index), at, 'latin1');
    at += bytes.write(`\\u${json.charCodeAt(index).toString(16).padStart(4, '0')}`, at, 'latin1');
    from = index + 1;
  }
  bytes.write(json.slice(from), at, 'latin1');
  return bytes;
}
