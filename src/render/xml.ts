/** Render stage: the check every XML file of the site (feeds, sitemap) passes before it is written. Pure. */

/** A character XML 1.0 does not allow in a document: controls but tab and line breaks, lone surrogates, U+FFFE/F. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * `xml` as it is, or an error naming the file and the character's place when it holds a character XML 1.0 forbids:
 * a feed reader rejects the whole feed for one. The read stage makes every article's text safe, so this is a check
 * on that, not a repair.
 */
export function checkXml(xml: string, file: string): string {
  const found = NOT_XML.exec(xml);
  if (!found) return xml;
  const code = found[0].codePointAt(0)!.toString(16).padStart(4, '0');
  throw new Error(`${file}: U+${code} at character ${found.index} is not allowed in XML 1.0`);
}
