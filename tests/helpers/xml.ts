/** Test helpers: XML checked by a conforming parser, as a feed reader would read it. */
import { SaxesParser } from 'saxes';

/** The first well-formedness error of `xml` by a conforming XML 1.0 parser, or null. */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => (error ??= e.message));
  parser.write(xml).close();
  return error;
}
