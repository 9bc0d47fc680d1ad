/** Report: text from files (their names above all) made safe to print on a terminal. Pure. */

/**
 * Control characters (an escape starts a terminal command: colours, moving the cursor, changing the window's title)
 * and the marks that reorder text on screen (bidirectional overrides and isolates).
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` with each control or reordering character shown as its escape (`\x1b`, `\u202e`); line breaks kept. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * `text` made one line safe to print (`printable`, a line break shown `\x0a` too): a line that quotes a path or a name,
 * in which a line break would start a line of the name's own.
 */
export const printableLine = (text: string): string => printable(text).replaceAll('\n', '\\x0a');
