import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/build/index.ts';

/**
 * What each stage's index.ts exports at run time (types aside), pinned: a change to a stage's public surface is a
 * change to this list too, made on purpose and seen in review.
 */
const SURFACES: Record<string, string[]> = {
  analyze: [
    'analyzeArticle',
    'analyzeFile',
    'applyFrontMatterFields',
    'applyTagOverrides',
    'applyTopicOverrides',
    'countWords',
    'createAnalysisContext',
    'isAnalyzed',
    'settingsFor',
  ],
  archive: [
    'RELATED_WEIGHTS',
    'articleFolder',
    'assignUrls',
    'buildArchive',
    'feedUrl',
    'findRelated',
    'formatDate',
    'pageUrl',
    'searchUrl',
    'termUrl',
  ],
  build: [
    'DEFAULT_CONTENT_DIR',
    'REPO_ROOT',
    'analyzeArchive',
    'buildSite',
    'displayPath',
    'loadSiteSettingsFor',
    'modelArchive',
    'renderSite',
    'siteSettingsFileFor',
    'taxonomyDirFor',
  ],
  cache: [
    'ANALYSIS_ENTRIES',
    'CACHE_FORMAT_VERSION',
    'SEGMENT_ENTRIES',
    'fingerprintAnalysis',
    'fingerprintModules',
    'fingerprintPipeline',
    'fingerprintSources',
    'modulesReachedFrom',
    'openAnalysisCache',
  ],
  classify: ['classifyTopics', 'compileTopics', 'measureTopics'],
  dedupe: [
    'MIN_EXACT_SHINGLES',
    'MIN_SHINGLES',
    'NEAR_DUPLICATE_THRESHOLD',
    'SHINGLE_WORDS',
    'SIGNATURE_LENGTH',
    'addToIndex',
    'comparePrimary',
    'createDuplicateIndex',
    'findDuplicates',
    'fingerprintText',
    'groupDuplicates',
    'normalizeWords',
    'overlapOf',
    'scoreGrouping',
  ],
  extract: [
    'NO_TITLE',
    'blocksToText',
    'buildBlocks',
    'extractArticle',
    'extractFromHtml',
    'extractFromText',
    'findDateInLine',
    'parseByline',
    'parseSourceLine',
    'repairText',
  ],
  ingest: [
    'articleFileName',
    'blocksToMarkdown',
    'escapeMarkdown',
    'formatFrontMatterDate',
    'formatIngestTable',
    'loadArchiveState',
    'planIngest',
    'renderArticleMarkdown',
    'reviewFlags',
    'sourceFileName',
  ],
  output: [
    'BUILD_STATE_FILE',
    'KILL_AT_VARIABLE',
    'KILL_POINTS',
    'SEARCH_INDEX_DIRS',
    'clearLeftovers',
    'countChanges',
    'createBuildState',
    'createOutputWriter',
    'fragmentIdOf',
    'holdsSearchIndex',
    'isLoadedBySearchPage',
    'openSiteOutput',
    'planCarry',
    'previousDirFor',
    'publishedFiles',
    'reachKillPoint',
    'readBuildState',
    'readFragmentUrl',
    'removeFolder',
    'stagingDirFor',
    'swapInOutput',
  ],
  read: [
    'ARTICLE_EXTENSIONS',
    'MAX_ARTICLE_BYTES',
    'decodeBytes',
    'formatOf',
    'hashBytes',
    'isRejection',
    'listArticleFiles',
    'parseFrontMatterDate',
    'readArticle',
    'splitFrontMatter',
  ],
  render: [
    'CONTENT_SECURITY_POLICY',
    'SafeHtml',
    'checkXml',
    'escapeHtml',
    'explainTopic',
    'html',
    'itemPagesOf',
    'jsonForScript',
    'mergeEvidence',
    'newsArchivePlugin',
    'pageFileOf',
    'renderTimeline',
    'safeUrl',
    'siteDataOf',
    'splitMarks',
    'trusted',
  ],
  report: ['createReport', 'formatSummary', 'printable'],
  settings: ['SITE_SETTINGS_FILE', 'SiteSettingsError', 'loadSiteSettings', 'parseSiteSettings'],
  search: [
    'DELTA_MIN_LIMIT',
    'SEARCH_SCRIPT_SETTINGS',
    'UNDATED_YEAR',
    'bucketOf',
    'buildSearchRecord',
    'groupByDate',
    'hashSearchRecord',
    'planSearchIndex',
    'searchDateOf',
    'startPagefind',
    'writeSearchIndex',
  ],
  tag: [
    'PhraseMatcher',
    'compileTaxonomy',
    'createDocument',
    'documentWords',
    'evidenceAt',
    'isCountryMention',
    'matchDocument',
    'splitSentences',
    'tagArticle',
    'tokenize',
  ],
  taxonomy: [
    'TAXONOMY_FILES',
    'TaxonomyError',
    'checkTaxonomy',
    'loadTaxonomy',
    'parseTaxonomy',
    'readTaxonomySources',
  ],
};

describe("each stage's public surface", () => {
  it('lists every folder of src/ with an index.ts', () => {
    const src = path.join(REPO_ROOT, 'src');
    const stages = readdirSync(src).filter((name) => existsSync(path.join(src, name, 'index.ts')));
    assert.deepEqual(stages.sort(), Object.keys(SURFACES).sort());
  });

  for (const [stage, names] of Object.entries(SURFACES)) {
    it(`src/${stage}/index.ts exports what it did`, async () => {
      const exported = Object.keys((await import(`../../src/${stage}/index.ts`)) as object).sort();
      assert.deepEqual(exported, names);
    });
  }
});
