/** Read stage: turns a file's bytes into text, or says why it cannot. Pure. */
import iconv from 'iconv-lite';

export type Decoded =
  { ok: true; text: string; encoding: string } | { ok: false; code: 'binary' | 'empty'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8, turning each invalid sequence into U+FFFD instead of failing. */
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Share of control bytes (NUL included; tab, line feed, carriage return and form feed aside) above which a file is
 * binary. Compressed data (images, archives) is close to random bytes, of which 11% are such controls; a text with a
 * few stray ones (an ANSI colour code, a NUL) holds far fewer, and `sanitize.ts` removes them.
 */
const BINARY_CONTROL_SHARE = 0.05;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / Math.max(1, sample.length) > BINARY_CONTROL_SHARE;
}

/**
 * Bytes that are not valid UTF-8 are either damaged UTF-8 (a few broken sequences among many good ones: keep the
 * good ones) or text in a single-byte encoding (where non-ASCII bytes hardly ever form valid UTF-8 sequences).
 */
function decodeInvalidUtf8(body: Uint8Array): { text: string; encoding: string } {
  const lenient = lenientUtf8.decode(body);
  let replaced = 0;
  let decoded = 0;
  for (const char of lenient) {
    if (char === '\uFFFD') replaced++;
    else if (char > '\u007F') decoded++;
  }
  if (decoded > replaced) return { text: lenient, encoding: 'utf-8-damaged' };
  return { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * Decodes an article file: UTF-8 (with or without BOM), UTF-16 with BOM, and, when the bytes are not valid
 * UTF-8, damaged UTF-8 (`utf-8-damaged`, broken sequences shown as U+FFFD) or Windows-1252 (the usual encoding
 * of text copied from older Windows tools).
 * Line ends are normalised to \n.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
    encoding = 'utf-16be';
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return { ok: false, code: 'binary', reason: 'binary file (control bytes), not text' };
    try {
      text = utf8.decode(body);
      encoding = 'utf-8';
    } catch {
      ({ text, encoding } = decodeInvalidUtf8(body));
    }
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, code: 'empty', reason: 'file is empty or holds only white space' };
  return { ok: true, text, encoding };
}
