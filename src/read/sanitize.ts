/**
 * Read stage: makes decoded text safe for every later stage and output: well-formed Unicode (lone surrogates become
 * U+FFFD), no control characters but tab and line feed, nothing XML 1.0 forbids. Pure, linear in the text.
 */
import type { Diagnostic, Stage } from '../types.ts';

/** What was replaced or removed in a text, by kind. */
export interface Repairs {
  /** UTF-16 surrogates without their pair (and U+FFFE, U+FFFF, which are no characters), replaced by U+FFFD. */
  surrogates: number;
  /** C0 and C1 control characters other than tab and line feed, and DEL, removed. */
  controls: number;
  /** NUL characters, removed. */
  nul: number;
}

/** A lone high surrogate, a lone low surrogate, or one of the two noncharacters of the basic plane. */
const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
/** Control characters (C0 but tab and line feed, DEL, C1), NUL included: matching them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Either of the above: one test, for the text that holds neither. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** No repairs. */
export function noRepairs(): Repairs {
  return { surrogates: 0, controls: 0, nul: 0 };
}

/** `text` made safe; what was changed is added to `repairs`. */
export function sanitizeText(text: string, repairs: Repairs): string {
  if (!UNSAFE.test(text)) return text;
  const paired = text.replace(UNPAIRED, () => {
    repairs.surrogates++;
    return '\uFFFD';
  });
  return paired.replace(CONTROL, (c) => {
    if (c === '\0') repairs.nul++;
    else repairs.controls++;
    return '';
  });
}

/** Whether anything was repaired. */
export function anyRepairs(repairs: Repairs): boolean {
  return repairs.surrogates + repairs.controls + repairs.nul > 0;
}

/** The warning that says what was repaired in a file's text, or none. */
export function repairsWarning(repairs: Repairs, where: string, stage: Stage = 'read'): Diagnostic[] {
  const parts = [
    repairs.surrogates && `${repairs.surrogates} unpaired UTF-16 surrogate(s) or noncharacter(s) replaced by �`,
    repairs.controls && `${repairs.controls} control character(s) removed`,
    repairs.nul && `${repairs.nul} NUL character(s) removed`,
  ].filter(Boolean);
  if (!parts.length) return [];
  return [{ level: 'warning', stage, code: 'text-repaired', message: `${where}: ${parts.join(', ')}` }];
}
