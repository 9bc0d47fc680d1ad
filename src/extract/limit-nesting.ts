/**
 * Extract stage: a saved page's HTML → the same HTML with elements nested deeper than a limit unwrapped (their tags
 * removed, their text kept), before it is parsed. Pure, linear in the page.
 *
 * The HTML parser keeps its open elements in an array it inserts at the front of, and Readability's walks grow
 * faster than the square of the depth, so a page of a few thousand nested `<div>`s took minutes and a deeper one
 * overflowed the stack. The open elements are followed here as the parser would follow them (void elements, end
 * tags left out where HTML allows it, self-closing tags in SVG and MathML), from the tokens of the parser's own
 * tokenizer; the depth counted is never below the parser's, so what is left is never deeper than the limit.
 */
import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';

const require = createRequire(import.meta.url);
let Tokenizer: typeof Htmlparser2.Tokenizer | null = null;

/**
 * Deepest nesting of elements kept. The deepest of 97 real pages saved from news sites, blogs and company sites is
 * 50 (most are under 30); at 100, Readability takes a quarter of a second over one chain of nested elements.
 */
const MAX_NESTING = 100;

/** Elements that have no content and no end tag. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(' '),
);
/** Elements whose start tag closes an open `<p>` (HTML's rule for omitting `</p>`). */
const CLOSES_P = new Set(
  'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(
    ' ',
  ),
);
const P_ONLY = new Set(['p']);
/** Other start tags that close an open element of the same family when it is the current one. */
const CLOSES: Record<string, Set<string>> = {
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  option: new Set(['option']),
  optgroup: new Set(['optgroup', 'option']),
  tr: new Set(['tr', 'td', 'th']),
  td: new Set(['td', 'th']),
  th: new Set(['th']),
  rt: new Set(['rt', 'rp']),
  rp: new Set(['rt', 'rp']),
};
/** Elements that start foreign content, where `<x/>` closes itself, and those inside it that start HTML again. */
const FOREIGN = new Set(['svg', 'math']);
const HTML_INSIDE_FOREIGN = new Set(['foreignobject', 'desc', 'title']);
/** Elements whose content is code, dropped with them rather than left as text. */
const CODE = new Set(['script', 'style']);

interface OpenElement {
  name: string;
  foreign: boolean;
  /** Where its start tag begins, when it lies beyond the limit and is removed. */
  droppedAt: number | null;
}

/** Follows the open elements of a page and collects the source ranges to remove. */
class NestingLimiter {
  readonly stack: OpenElement[] = [];
  /** How many open elements have each name: an end tag closes up to one only when there is one. */
  private readonly open = new Map<string, number>();
  /** [start, end) ranges of the source to remove, in order. */
  readonly removed: Array<[number, number]> = [];
  private pending: { name: string; start: number } | null = null;

  constructor(private readonly html: string) {}

  private pop(): OpenElement {
    const element = this.stack.pop()!;
    this.open.set(element.name, this.open.get(element.name)! - 1);
    return element;
  }

  startTag(name: string, start: number): void {
    const closes = CLOSES_P.has(name) ? P_ONLY : CLOSES[name];
    while (closes && this.stack.length && closes.has(this.stack[this.stack.length - 1]!.name)) this.pop();
    this.pending = { name, start };
  }

  /** The start tag ends at `end` (its ">"); `selfClosing` when written "/>". */
  startTagEnd(end: number, selfClosing: boolean): void {
    const { name, start } = this.pending!;
    this.pending = null;
    const parent = this.stack[this.stack.length - 1];
    const foreign = FOREIGN.has(name) || (!HTML_INSIDE_FOREIGN.has(name) && (parent?.foreign ?? false));
    const deep = this.stack.length >= MAX_NESTING;
    if (VOID.has(name) || (selfClosing && (parent?.foreign ?? false))) {
      if (deep) this.removed.push([start, end + 1]);
      return;
    }
    this.stack.push({ name, foreign, droppedAt: deep ? start : null });
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (deep && !CODE.has(name)) this.removed.push([start, end + 1]);
  }

  /** An end tag whose name ends at `nameEnd`. */
  endTag(name: string, start: number, nameEnd: number): void {
    if (!this.open.get(name)) return;
    const close = this.html.indexOf('>', nameEnd);
    const end = close < 0 ? this.html.length : close + 1;
    for (;;) {
      const element = this.pop();
      if (element.name !== name) continue;
      if (element.droppedAt !== null) this.removed.push([CODE.has(name) ? element.droppedAt : start, end]);
      return;
    }
  }
}

/** Characters beside which a removed tag needs no space in its place: white space, and the brackets of other tags. */
const SEPARATES = /[\s<>]/;

/** The HTML with the ranges removed; a space stands for a removed tag that held two words apart. */
function withoutRanges(html: string, ranges: Array<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(html.slice(at, start));
    if (start > 0 && end < html.length && !SEPARATES.test(html[start - 1]!) && !SEPARATES.test(html[end]!))
      parts.push(' ');
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/** `html` with the elements nested deeper than `MAX_NESTING` unwrapped; the same string when there are none. */
export function limitNesting(html: string): string {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0 && tags <= MAX_NESTING; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= MAX_NESTING) return html;
  Tokenizer ??= (require('htmlparser2') as typeof Htmlparser2).Tokenizer;
  const limiter = new NestingLimiter(html);
  const nameOf = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname: (start, end) => limiter.startTag(nameOf(start, end), start - 1),
      onopentagend: (end) => limiter.startTagEnd(end, false),
      onselfclosingtag: (end) => limiter.startTagEnd(end, true),
      onclosetag: (start, end) => limiter.endTag(nameOf(start, end), start - 2, end),
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onprocessinginstruction: ignore,
      ontext: ignore,
      ontextentity: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (!limiter.removed.length) return html;
  return withoutRanges(html, limiter.removed);
}
