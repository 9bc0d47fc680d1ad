/** Search stage: writes the Pagefind index for an archive with Pagefind's Node API. */
import * as pagefind from 'pagefind';
import type { ArchiveModel } from '../archive/index.ts';
import { buildSearchRecord } from './records.ts';

export interface SearchIndexResult {
  records: number;
}

/** Indexes every article into `outputPath` (the site's `pagefind/` folder). */
export async function writeSearchIndex(model: ArchiveModel, outputPath: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const article of model.articles) {
      const response = await index.addCustomRecord(buildSearchRecord(article));
      if (response.errors.length) throw new Error(`Pagefind rejected ${article.url}: ${response.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { records: model.articles.length };
  } finally {
    await pagefind.close();
  }
}
