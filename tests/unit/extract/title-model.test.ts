import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { ANALYSIS_ENTRIES, modulesReachedFrom } from '../../../src/cache/fingerprint-pipeline.ts';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { extractFromText } from '../../../src/extract/index.ts';
import { TITLE_FEATURES } from '../../../src/extract/title-features.ts';
import { committedTitleModel } from '../../../src/extract/title-model.ts';

const TEXT = `The harbour authority on Tuesday approved plans for a container terminal on the northern quay, ending a planning dispute that had lasted more than four years.
The terminal will handle up to 400,000 containers a year once it opens in 2027, the authority said in a statement, roughly doubling the port's present capacity.
Local residents had objected to the project, arguing that heavier lorry traffic would clog the coastal road and that night-time loading would keep neighbourhoods awake.
Under the approved plan, the operator must route freight traffic through a new access road and limit crane work after 11 p.m. to two berths on the far side of the quay.`;

const HEADLINE = 'Harbour authority approves new container terminal';

/** The reason `analyze --explain` gives for the headline's line. */
const headlineReason = (article: ReturnType<typeof extractFromText>) =>
  article.removed.find((r) => r.text === HEADLINE)?.reason ?? '';

describe('the title model', () => {
  it('was trained on the features the code computes, and its weights key the analysis cache', () => {
    assert.deepEqual(committedTitleModel().features, [...TITLE_FEATURES]);
    assert.ok(modulesReachedFrom(path.join(REPO_ROOT, 'src'), ANALYSIS_ENTRIES).includes('extract/title-model.json'));
  });

  it('takes the headline, not a heading of teasers above it, in a dump whose first line is no <title>', () => {
    const article = extractFromText(
      [
        'Coastal Courier',
        'Home',
        'News',
        'Business',
        'Sport',
        'Subscribe',
        'MORE FROM THIS SECTION',
        'Ferry operator raises fares for summer season',
        'Shipyard wins order for two research vessels',
        HEADLINE,
        'Maria Lindqvist, Staff reporter',
        'Updated 2024-03-03',
        TEXT,
      ].join('\n'),
      { retrieved: null },
    );
    assert.equal(article.title, HEADLINE);
    assert.match(headlineReason(article), /ranked first of \d+ by the title model, over the rules' choice "MORE FROM/);
  });

  it('takes the headline, not an item of a numbered list of trending stories', () => {
    const article = extractFromText(
      [
        'Coastal Courier',
        'Trending now',
        '1. Ferry operator raises fares for summer season',
        '2. Shipyard wins order for two research vessels',
        '3. Fish prices fall as catches recover',
        HEADLINE,
        'By Maria Lindqvist | Coastal Courier',
        TEXT,
      ].join('\n'),
      { retrieved: null },
    );
    assert.equal(article.title, HEADLINE);
  });

  it('takes the line that says the <title> less a site name of five words, and says so', () => {
    const article = extractFromText(
      [
        `${HEADLINE} - News and views for the coast`,
        'Home',
        'News',
        'Business',
        'Sport',
        'Subscribe',
        HEADLINE,
        'Maria Lindqvist',
        TEXT,
      ].join('\n'),
      { retrieved: null },
    );
    assert.equal(article.title, HEADLINE);
    assert.match(headlineReason(article), /the line that says what the page's <title> or outline names/);
  });
});
