/** Read stage: turns a file's bytes into text, or says why it cannot. Pure. */
import iconv from 'iconv-lite';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; code: 'binary' | 'empty'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of control bytes (other than tab, line feed, carriage return, form feed) above which a file is binary. */
const BINARY_CONTROL_SHARE = 0.01;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / Math.max(1, sample.length) > BINARY_CONTROL_SHARE;
}

/**
 * Decodes an article file: UTF-8 (with or without BOM), UTF-16 with BOM, and, when the bytes are not valid
 * UTF-8, Windows-1252 (the usual encoding of text copied from older Windows tools).
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
      text = iconv.decode(Buffer.from(body), 'windows-1252');
      encoding = 'windows-1252';
    }
  }
  if (text.includes('\0')) return { ok: false, code: 'binary', reason: 'binary file (NUL characters), not text' };
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, code: 'empty', reason: 'file is empty or holds only white space' };
  return { ok: true, text, encoding };
}
