/** A slug of any text, for URLs, file names and ids: lower-case ASCII words joined by hyphens. Pure. */

/** Longest slug, in characters, so URLs stay readable. */
const MAX_SLUG_LENGTH = 80;

/** `text` as a slug (accents dropped, apostrophes removed), cut at a word; `article` when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > MAX_SLUG_LENGTH ? slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') : slug;
  return cut || 'article';
}
