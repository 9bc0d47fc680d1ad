/**
 * Render stage: HTML built with a tagged template that escapes every interpolated value, so no text from an
 * article can become markup. Only values already wrapped as SafeHtml (built by `html` itself) pass through.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = SafeHtml | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: text is escaped, nested `html` fragments and arrays of them are kept. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Marks trusted markup (produced by this program, never from an article) as safe. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A URL safe to put in an href: site-relative paths, or http, https and mailto links; anything else becomes "#".
 * "/\\host" counts as another site: browsers read it as "//host".
 */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !/^\/[/\\]/.test(trimmed)) return trimmed;
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : '#';
}

/** Characters that could end a `<script>` element or a JavaScript string early, as JSON escapes. */
const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of a `<script>` element (JSON-LD, data islands): `</script>`, `<!--` and line separators in
 * the data cannot end the element or break the script, and the JSON still parses to the same value.
 */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value) ?? 'null';
  return new SafeHtml(json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!));
}
