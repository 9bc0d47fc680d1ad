import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildArchiveDir, makeArchive, type BuiltArchive } from '../helpers/archive.ts';

/** An archive's own settings file, as an archivist would write it. */
const SETTINGS = `name: Ukraine Desk
description: Reporting on the war, tagged and searchable.
language: en-GB
baseUrl: https://desk.example.org/
itemsPerPage: 2
`;

describe('the site settings file', () => {
  let site: BuiltArchive;
  before(async () => {
    const dir = makeArchive({}, { seeds: true });
    writeFileSync(path.join(dir, 'site.yaml'), SETTINGS);
    site = await buildArchiveDir(dir);
  });

  it('names the site on every page, in the language it gives', () => {
    const home = site.page('/');
    assert.match(home, /<html lang="en-GB">/);
    assert.match(home, /<title>Home · Ukraine Desk<\/title>/);
    assert.match(home, /<h1>Ukraine Desk<\/h1>/);
    assert.match(home, /<meta name="description" content="Reporting on the war, tagged and searchable.">/);
    assert.match(site.page(site.report.published[0]!.url), /<a class="site-name" href="\/">Ukraine Desk<\/a>/);
    assert.ok(!home.includes('News archive'));
  });

  it('gives feeds and the sitemap its name, language and address', () => {
    const atom = readFileSync(path.join(site.outDir, 'feed.xml'), 'utf8');
    assert.match(atom, /xml:lang="en-GB"/);
    assert.match(atom, /<title>Ukraine Desk<\/title>/);
    assert.match(atom, /<author><name>Ukraine Desk<\/name><\/author>/);
    assert.match(atom, /href="https:\/\/desk\.example\.org\/feed\.xml"/);
    assert.match(
      readFileSync(path.join(site.outDir, 'sitemap.xml'), 'utf8'),
      /<loc>https:\/\/desk\.example\.org\/<\/loc>/,
    );
    const json = JSON.parse(readFileSync(path.join(site.outDir, 'feed.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(json.language, 'en-GB');
    assert.equal(json.title, 'Ukraine Desk');
  });

  it('lists as many articles a page as it says', () => {
    const undated = site.model.listPages.filter((p) => p.kind === 'undated');
    assert.ok(undated.length >= 2);
    assert.ok(undated.every((p) => p.items.length <= 2));
    assert.ok(existsSync(path.join(site.outDir, 'archive', 'undated', 'page', '2', 'index.html')));
  });
});
