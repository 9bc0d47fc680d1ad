import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONTENT_DIR } from '../../../src/build/index.ts';
import { loadTaxonomy, TaxonomyError } from '../../../src/taxonomy/index.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

function taxonomyCopy(): string {
  const dir = makeTempDir('taxonomy-');
  cpSync(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'), dir, { recursive: true });
  return dir;
}

describe('loadTaxonomy', () => {
  it('loads every ISO 3166-1 country with the additions, the actors and the three topics', () => {
    const taxonomy = loadTaxonomy(path.join(DEFAULT_CONTENT_DIR, 'taxonomy'));
    assert.ok(taxonomy.countries.length >= 249);
    assert.ok(taxonomy.countries.find((c) => c.code === 'RU')!.names.includes('the Kremlin'));
    assert.ok(taxonomy.actors.some((a) => a.id === 'sergey-lavrov'));
    assert.deepEqual(
      taxonomy.topics.map((t) => t.id),
      ['china-russia-relations', 'sanctions', 'diplomacy'],
    );
  });

  it('names the file and the field of a broken entry', () => {
    const dir = taxonomyCopy();
    writeFileSync(path.join(dir, 'actors.yaml'), '- id: someone\n  name: Someone\n  type: robot\n');
    assert.throws(
      () => loadTaxonomy(dir, 'content/taxonomy'),
      (error: Error) => {
        assert.ok(error instanceof TaxonomyError);
        assert.match(error.message, /content\/taxonomy\/actors\.yaml: \[0\]\.type/);
        return true;
      },
    );
  });

  it('refuses a name two actors list, which would tag the first alone', () => {
    const dir = taxonomyCopy();
    const file = path.join(dir, 'actors.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8') +
        '\n- id: russian-central-bank\n  name: Russian Central Bank\n  type: organization\n  country: RU\n',
    );
    assert.throws(
      () => loadTaxonomy(dir, 'content/taxonomy'),
      /content\/taxonomy\/actors\.yaml: \[\d+\]: "Russian Central Bank" is also a name of bank-of-russia; keep it under one actor/,
    );
  });

  it("refuses a country's former name filed under an unknown code or that names another state", () => {
    const dir = taxonomyCopy();
    const file = path.join(dir, 'countries.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('formerNames:\n', 'formerNames:\n  CG: [Zaire]\n'));
    assert.throws(
      () => loadTaxonomy(dir, 'content/taxonomy'),
      /content\/taxonomy\/countries\.yaml: formerNames\.CG: "Zaire" is also a name of CD/,
    );
    writeFileSync(file, original.replace('formerNames:\n', 'formerNames:\n  ZZ: [Nowhere]\n'));
    assert.throws(() => loadTaxonomy(dir, 'content/taxonomy'), /formerNames\.ZZ: "ZZ" is not a known country code/);
  });

  it('reports YAML syntax errors with the file name', () => {
    const dir = taxonomyCopy();
    writeFileSync(path.join(dir, 'topics.yaml'), '- id: [unclosed\n');
    assert.throws(() => loadTaxonomy(dir, 'content/taxonomy'), /content\/taxonomy\/topics\.yaml: not valid YAML/);
  });

  it('changes its fingerprint when a file changes', () => {
    const dir = taxonomyCopy();
    const before = loadTaxonomy(dir).fingerprint;
    writeFileSync(path.join(dir, 'actors.yaml'), '- { id: someone, name: Someone, type: person }\n');
    assert.notEqual(loadTaxonomy(dir).fingerprint, before);
  });
});
