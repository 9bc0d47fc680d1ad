/** Extract stage: recognises page furniture (widgets, teaser blocks, comment forms) in raw scraped text. Pure. */
import type { Line } from './lines.ts';

/**
 * Words that make up share/comment/subscribe widgets and navigation. A short line made only of these
 * (plus numbers and punctuation) is furniture, whatever order the site puts them in.
 */
const WIDGET_WORDS = new Set(
  `share shares post video photo photos print email e-mail facebook twitter x linkedin whatsapp telegram reddit pinterest copy link
  subscribe subscribed unsubscribe newsletter sign up in log login register notify of guest comment comments reply replies leave a an
  the inline feedbacks feedback view all most recent oldest newest voted read more continue reading show hide menu search home
  advertisement sponsored ad ads spot_img img published updated posted tags tag categories category follow us on back to top
  previous next article skip content cookie cookies accept settings privacy policy terms min mins minute minutes read listen
  audio save bookmark`.split(/\s+/),
);

/** Headings that introduce lists of other stories. */
const TEASER_HEADING =
  /^(related|more|other|recommended|popular|trending|latest|recent|top|worth reading|you (may|might) (also )?like|read (next|also)|see also|also read|don'?t miss|editor'?s picks?|most (read|popular|viewed))\b.{0,30}$/i;

/** Phrases of comment forms and newsletter or cookie notices, which end the article when they follow it. */
const FORM_PHRASES =
  /(leave a (reply|comment)|your email address will not be published|required fields are marked|notify of|inline feedbacks|view all comments|\b\d+ comments?\b|we use cookies|sign up for (our|the) newsletter|subscribe to (our|the) newsletter)/i;

/** True when a short line consists only of widget words, numbers and punctuation. */
export function isWidgetLine(line: Line): boolean {
  if (line.words > 6) return false;
  const words = line.text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.every((w) => WIDGET_WORDS.has(w) || /^\d+$/.test(w));
}

export function isTeaserHeading(line: Line): boolean {
  return line.words <= 6 && !line.sentenceEnd && TEASER_HEADING.test(line.text);
}

export function isFormLine(line: Line): boolean {
  return line.words <= 14 && FORM_PHRASES.test(line.text);
}

/** A line that starts the page's trailer: the article cannot continue past it. */
export function isTrailerStart(line: Line): boolean {
  return isTeaserHeading(line) || isFormLine(line);
}
