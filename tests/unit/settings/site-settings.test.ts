import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONTENT_DIR } from '../../../src/build/index.ts';
import { loadSiteSettings, parseSiteSettings, SiteSettingsError } from '../../../src/settings/index.ts';

const VALID = 'name: Desk\ndescription: News.\nlanguage: en\nbaseUrl: https://example.org/\nitemsPerPage: 10\n';

describe('site settings', () => {
  it('reads the default settings file', () => {
    const settings = loadSiteSettings(path.join(DEFAULT_CONTENT_DIR, 'site.yaml'), 'content/site.yaml', {});
    assert.equal(settings.name, 'News archive');
    assert.equal(settings.itemsPerPage, 25);
  });

  it('drops the trailing slash of the address, and lets SITE_URL override it', () => {
    assert.equal(parseSiteSettings(VALID, 'site.yaml').baseUrl, 'https://example.org');
    const file = path.join(DEFAULT_CONTENT_DIR, 'site.yaml');
    assert.equal(
      loadSiteSettings(file, 'site.yaml', { SITE_URL: 'https://news.example.com/' }).baseUrl,
      'https://news.example.com',
    );
  });

  it('refuses a wrong file, naming the file and the field', () => {
    const cases: Array<[string, RegExp]> = [
      [VALID.replace('itemsPerPage: 10', 'itemsPerPage: 0'), /^site\.yaml: itemsPerPage: /],
      [VALID.replace('baseUrl: https://example.org/', 'baseUrl: ftp://example.org'), /^site\.yaml: baseUrl: /],
      [VALID.replace('language: en', 'language: English'), /^site\.yaml: language: /],
      [VALID.replace('name: Desk\n', ''), /^site\.yaml: name: /],
      [`${VALID}colour: red\n`, /^site\.yaml: \(file\): Unrecognized key/],
      ['name: [', /^site\.yaml: not valid YAML/],
    ];
    for (const [text, message] of cases)
      assert.throws(
        () => parseSiteSettings(text, 'site.yaml'),
        (error: Error) => error instanceof SiteSettingsError && message.test(error.message),
        text,
      );
  });
});
