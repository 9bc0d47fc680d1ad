import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { ANALYSIS_ENTRIES, modulesReachedFrom } from '../../../src/cache/fingerprint-pipeline.ts';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { extractFromText } from '../../../src/extract/index.ts';
import { BYLINE_FEATURES, DATE_FEATURES } from '../../../src/extract/header-features.ts';
import { committedHeaderModels } from '../../../src/extract/header-model.ts';

const TEXT = `The harbour authority on Tuesday approved plans for a container terminal on the northern quay, ending a planning dispute that had lasted more than four years.
The terminal will handle up to 400,000 containers a year once it opens in 2027, the authority said in a statement, roughly doubling the port's present capacity.
Local residents had objected to the project, arguing that heavier lorry traffic would clog the coastal road and that night-time loading would keep neighbourhoods awake.
Under the approved plan, the operator must route freight traffic through a new access road and limit crane work after 11 p.m. to two berths on the far side of the quay.`;

const HEADLINE = 'Harbour authority approves new container terminal';

/** A scraper's dump of the story on the Coastal Courier's site: its title line and menu, the headline, then `lines`. */
const courierDump = (...lines: string[]) =>
  [`${HEADLINE} | Coastal Courier`, 'Home', 'News', 'Business', HEADLINE, ...lines].join('\n');

/** The reason `analyze --explain` gives for the line that says `text`. */
const reasonOf = (article: ReturnType<typeof extractFromText>, text: string) =>
  article.removed.find((r) => r.text.split('\n').includes(text))?.reason ?? '';

describe('the header models', () => {
  it('were trained on the features the code computes, and their weights key the analysis cache', () => {
    const models = committedHeaderModels();
    assert.deepEqual(models.date.features, [...DATE_FEATURES]);
    assert.deepEqual(models.byline.features, [...BYLINE_FEATURES]);
    const modules = modulesReachedFrom(path.join(REPO_ROOT, 'src'), ANALYSIS_ENTRIES);
    assert.ok(modules.includes('extract/date-model.json'));
    assert.ok(modules.includes('extract/byline-model.json'));
  });

  it("take a dump's published date over its update's, and say why on the dateline", () => {
    const article = extractFromText(courierDump('Published 1 March 2024', 'Updated 3 March 2024', TEXT), {
      retrieved: null,
    });
    assert.equal(article.date?.iso, '2024-03-01');
    assert.match(
      reasonOf(article, 'Published 1 March 2024'),
      /the article's date: .*ranked first of 2 by the date model/,
    );
  });

  it("take the byline's author and date, not a reader's comment's under the article", () => {
    const article = extractFromText(
      courierDump(
        'By Maria Lindqvist',
        'March 1, 2024',
        TEXT,
        '2 thoughts on this story',
        'Peter Holm',
        'March 5, 2024 at 9:12 pm',
        'A terminal this size will change the whole coast, and not for the better.',
      ),
      { retrieved: null },
    );
    assert.equal(article.author, 'Maria Lindqvist');
    assert.equal(article.date?.iso, '2024-03-01');
    assert.match(reasonOf(article, 'March 1, 2024'), /ranked first of 2 by the date model/);
    assert.match(reasonOf(article, 'By Maria Lindqvist'), /the rules' choice, ranked first of 2 by the byline model/);
  });
});
