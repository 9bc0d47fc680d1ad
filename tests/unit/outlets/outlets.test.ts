import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONTENT_DIR } from '../../../src/build/index.ts';
import { indexOutlets, OUTLETS_FILE, OutletsError, parseOutlets, resolveOutlet } from '../../../src/outlets/index.ts';
import { load as parseYaml } from 'js-yaml';

const table = parseOutlets(
  readFileSync(path.join(DEFAULT_CONTENT_DIR, 'outlets.yaml'), 'utf8'),
  'content/outlets.yaml',
);

describe('outlets', () => {
  it('names the outlet of an address, and links the original', () => {
    assert.deepEqual(resolveOutlet(table, 'https://www.bbc.com/news/articles/cvgj9p15y87o'), {
      name: 'BBC News',
      url: 'https://www.bbc.com/news/articles/cvgj9p15y87o',
    });
    assert.equal(resolveOutlet(table, null, 'https://edition.cnn.com/2024/07/16/europe/orban')?.name, 'CNN');
  });

  it('prefers the outlet of a known address to the name the page gives (a parent company)', () => {
    const outlet = resolveOutlet(
      table,
      'Bennett, Coleman & Co',
      'https://timesofindia.indiatimes.com/world/europe/amp_articleshow/128834994.cms',
    );
    assert.equal(outlet?.name, 'The Times of India');
  });

  it('knows an outlet by its other names, whatever their case, and keeps a name it does not know', () => {
    assert.deepEqual(resolveOutlet(table, 'Anadolu Ajansı'), { name: 'Anadolu Agency', url: null });
    assert.equal(resolveOutlet(table, 'cable news network')?.name, 'CNN');
    assert.deepEqual(resolveOutlet(table, 'Northern Ledger'), { name: 'Northern Ledger', url: null });
    assert.deepEqual(resolveOutlet(table, 'www.Reuters.com'), { name: 'Reuters', url: null });
  });

  it('shows an address it does not know as its site, and nothing for no source', () => {
    assert.equal(resolveOutlet(table, 'https://www.thedailywave.com/posts/xi-visits-moscow')?.name, 'thedailywave.com');
    assert.equal(resolveOutlet(table, null), null);
    assert.equal(resolveOutlet(table, 'javascript:alert(1)')?.url, null);
  });

  it('rejects a table with a mistake, naming the file and the field', () => {
    assert.throws(
      () => parseOutlets('- name: BBC\n  domains: [https://bbc.com]\n  names: []\n', 'outlets.yaml'),
      (error: Error) =>
        error instanceof OutletsError && /^outlets\.yaml: \[0\]\.domains\[0\]: a domain/.test(error.message),
    );
  });

  it('finds an outlet under any subdomain or host prefix of its domains, and not a look-alike domain', () => {
    assert.equal(resolveOutlet(table, null, 'https://m.edition.cnn.com/x')?.name, 'CNN');
    assert.equal(resolveOutlet(table, null, 'https://WWW.BBC.CO.UK./news/world')?.name, 'BBC News');
    assert.equal(resolveOutlet(table, null, 'https://notbbc.com/news')?.name, 'notbbc.com');
    assert.equal(resolveOutlet(table, null, 'https://bbc.com.example.org/news')?.name, 'bbc.com.example.org');
  });

  it('keeps the first outlet of a domain or name listed twice', () => {
    const twice = indexOutlets([
      { name: 'First', domains: ['news.example'], names: ['Daily'] },
      { name: 'Second', domains: ['news.example'], names: ['daily'] },
    ]);
    assert.equal(resolveOutlet(twice, null, 'https://news.example/a')?.name, 'First');
    assert.equal(resolveOutlet(twice, 'DAILY')?.name, 'First');
  });

  it('lists no domain or name under two outlets in the repository table', () => {
    const entries = parseYaml(readFileSync(path.join(DEFAULT_CONTENT_DIR, OUTLETS_FILE), 'utf8')) as Array<{
      name: string;
      domains: string[];
      names: string[];
    }>;
    const seen = new Map<string, string>();
    for (const entry of entries)
      for (const key of [...entry.domains, ...[entry.name, ...entry.names].map((n) => n.toLowerCase())]) {
        assert.equal(
          seen.get(key) ?? entry.name,
          entry.name,
          `${key} is listed under ${seen.get(key)} and ${entry.name}`,
        );
        seen.set(key, entry.name);
      }
  });
});
