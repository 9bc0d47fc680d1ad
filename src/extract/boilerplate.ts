/** Extract stage: recognises page furniture (widgets, teasers, notices, navigation) in raw scraped text. Pure. */
import type { Line } from './lines.ts';

/** The kinds of page furniture, each with the reason the build report gives for dropping it. */
export const DEBRIS_REASONS = {
  widget: 'share, comment or navigation widget',
  truncated: 'truncated teaser snippet of another story',
  'teaser-heading': 'heading of a block of teasers for other stories',
  link: 'link to another story',
  form: 'comment form',
  notice: 'cookie, newsletter or promotional notice',
  credit: 'page credits and labels (editing credits, filing labels, copyright)',
  nav: 'navigation menu or breadcrumb',
} as const;

export type DebrisKind = keyof typeof DEBRIS_REASONS;

/**
 * Words that make up share/comment/subscribe widgets and navigation. A short line made only of these
 * (plus numbers and punctuation) is furniture, whatever order the site puts them in.
 */
const WIDGET_WORDS = new Set(
  `share shares post video photo photos print email e-mail facebook twitter x linkedin whatsapp telegram reddit pinterest copy link
  subscribe subscribed unsubscribe newsletter sign up in log login register notify of guest comment comments reply replies leave a an
  the inline feedbacks feedback view views all most recent oldest newest voted read more continue reading show hide menu search home
  advertisement sponsored ad ads spot_img img published updated posted tags tag categories category follow us on back to top
  previous next article skip content main cookie cookies accept settings privacy policy terms min mins minute minutes read listen
  audio save bookmark like likes get started`.split(/\s+/),
);

/** Longest line, in words, that can be a widget: widgets are a few words. */
const MAX_WIDGET_WORDS = 6;

/** Headings that introduce lists of other stories: a label and at most a generic noun or two ("More stories from …"). */
const TEASER_HEADING =
  /^(related|more|other|recommended|popular|trending|latest|recent|top|worth reading|you (may|might) (also )?like|read (next|also)|see also|also read|don'?t miss|editor'?s picks?|most (read|popular|viewed|shared))( (news|stories|story|posts|articles|headlines|reads|videos|content|coverage|links|on|from|in|for|this|today|\S+'s))*\s*:?$/i;

/** A label and a colon before another story's headline: "READ MORE: …", "Read also: …". */
const LINK_LABEL = /^(read|see|watch|listen|also read|related)( more| also| next)?\s*:\s*\S/i;

/** A web address or a Markdown link: scraped pages keep their links and crawler metadata as text. */
const ADDRESS = /https?:\/\/|\bwww\.\S|\]\(/;
/** Crawler metadata saved with the page: "- **URL**: …", "- **Scraped at**: …". */
const METADATA = /^[-*]?\s*\*\*[^*]{1,40}\*\*\s*:/;
/** Longest line, in words, that is taken for a link or metadata rather than a sentence that cites an address. */
const MAX_LINK_WORDS = 16;

/** Phrases of comment forms, which end the article when they follow it. */
const FORM_PHRASES =
  /(leave a (reply|comment)|your email address will not be published|required fields are marked|notify of|inline feedbacks|view all comments|^\d+ comments?$|comments are (closed|subject to)|no comments (yet|for)|be the first to (comment|respond))/i;
/** A form's phrase opening the line, after figures or marks at most ("Leave a Reply", "0 Comments"). */
const OPENING_FORM_PHRASE = new RegExp(`^[\\W\\d_]*${FORM_PHRASES.source}`, 'i');
/**
 * A quotation, to its closing mark or to the line's end when it runs on: a form's words inside one are someone's
 * speech ("“Russia will not be the first to respond,” he said.").
 */
const QUOTATION = /“[^”]*(?:”|$)|„[^“”]*(?:[“”]|$)|«[^»]*(?:»|$)|"[^"]*(?:"|$)/g;

/**
 * True when a comment form's phrase opens the line: a form's line says little else, where a sentence that holds
 * the words further in ("The Kremlin had no comments for reporters.") may be the article's.
 */
export function opensWithFormPhrase(text: string): boolean {
  return OPENING_FORM_PHRASE.test(text);
}

/** Cookie banners, newsletter boxes, calls to action and advertising copy. */
const NOTICE_PHRASES =
  /(\bcookies? (on|policy)\b|we use (some )?(essential )?cookies|(accept|reject|manage) (all|additional|cookies|preferences)|we value your privacy|store and access information on your device|\b(our|the|free|weekly|daily|e-?mail) newsletter\b|\bsign up for\b|\bunsubscribe\b|\bno spam\b|get in touch with|send us your|highly recommended|\bbuy (it )?now\b|\border your copy\b|\ball rights reserved\b|\boffered to (our )?subscribers\b|\bsubscription (options|plans|offers)\b)/i;

/** Credits and labels around the story: editing credits, filing labels, tags, standards notes. */
const CREDIT_LINE =
  /^((additional )?reporting by|writing by|editing by|filed under\s*:|tags?\s*:|categories\s*:|topics\s*:|our standards\s*:|about the (creator|author)$|all quotes delayed|©|\(c\)\s*\d{4}|copyright\b)/i;

/** Separators that breadcrumbs and inline menus put between their items. */
const NAV_SEPARATOR = /\s(›|»|\||\/|>)\s/;

/** True when a short line consists only of widget words, numbers and punctuation, with at least one widget word. */
function isWidgetLine(line: Line): boolean {
  if (line.words > MAX_WIDGET_WORDS) return false;
  const words = line.text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.some((w) => WIDGET_WORDS.has(w)) && words.every((w) => WIDGET_WORDS.has(w) || /^\d+$/.test(w));
}

/** A breadcrumb or an inline menu: three or more short items between separators, with no sentence end. */
function isNavLine(line: Line): boolean {
  if (line.sentenceEnd || !NAV_SEPARATOR.test(line.text)) return false;
  const parts = line.text.split(NAV_SEPARATOR).filter((p) => !NAV_SEPARATOR.test(` ${p} `));
  return parts.length >= 3 && parts.every((p) => p.split(' ').length <= 8);
}

// Longest lines, in words, each kind of furniture runs to: headings and forms are short, a cookie banner runs to a
// paragraph. Read off the labelled set and the scraped corpus, with room to spare; a longer line is taken for prose.
const MAX_TEASER_HEADING_WORDS = 8;
const MAX_FORM_WORDS = 14;
const MAX_NOTICE_WORDS = 60;
const MAX_CREDIT_WORDS = 30;

/** The kind of furniture a line is, or null when it may be the article's. */
export function classifyDebris(line: Line): DebrisKind | null {
  if (line.words <= MAX_LINK_WORDS && ((LINK_LABEL.test(line.text) && !line.sentenceEnd) || ADDRESS.test(line.text)))
    return 'link';
  if (METADATA.test(line.text)) return 'credit';
  if (line.words <= MAX_TEASER_HEADING_WORDS && !line.sentenceEnd && TEASER_HEADING.test(line.text))
    return 'teaser-heading';
  if (isWidgetLine(line)) return 'widget';
  if (line.words <= MAX_FORM_WORDS && FORM_PHRASES.test(line.text.replace(QUOTATION, ' '))) return 'form';
  if (line.words <= MAX_NOTICE_WORDS && NOTICE_PHRASES.test(line.text)) return 'notice';
  if (line.words <= MAX_CREDIT_WORDS && CREDIT_LINE.test(line.text)) return 'credit';
  if (isNavLine(line)) return 'nav';
  if (line.truncated) return 'truncated';
  return null;
}
