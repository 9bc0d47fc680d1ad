import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeArchive, SEEDS_DIR } from '../helpers/archive.ts';
import { runCommand } from '../helpers/command.ts';

function analyze(...args: string[]): Array<Record<string, unknown>> {
  const { status, stdout, stderr } = runCommand('analyze', args);
  assert.equal(status, 0, stderr);
  return JSON.parse(stdout);
}

describe('npm run analyze', () => {
  it('prints one object per article in path order, in the documented contract', () => {
    const results = analyze(SEEDS_DIR);
    assert.equal(results.length, 5);
    assert.deepEqual(
      results.map((r) => path.basename(r.file as string)),
      [
        '000_6d559f7a58ff0f09.txt',
        '001_1bc1f79daa0eb5a5.txt',
        '002_a74d599b4b05ab5e.txt',
        '003_a3abaf3889b58a5e.txt',
        '004_841051a798ffaa10.txt',
      ],
    );
    const lavrov = results[4]!;
    assert.deepEqual(Object.keys(lavrov), [
      'file',
      'id',
      'url',
      'title',
      'date',
      'datePrecision',
      'author',
      'source',
      'countries',
      'actors',
      'topics',
      'words',
      'text',
    ]);
    assert.equal(lavrov.title, 'Chinese Leader Xi Jinping Met With the Russian Foreign Minister');
    assert.equal(lavrov.date, '2024-06-20');
    assert.equal(lavrov.datePrecision, 'day');
    assert.ok(
      (lavrov.countries as Array<{ code: string; primary: boolean }>).some((c) => c.code === 'CN' && c.primary),
    );
    assert.ok(
      (lavrov.actors as Array<{ id: string; type: string }>).some(
        (a) => a.id === 'sergey-lavrov' && a.type === 'person',
      ),
    );
    assert.match(lavrov.text as string, /\n\n/);
    assert.equal(results[0]!.author, 'Nicholas Bishop');
    assert.equal(results[0]!.date, null);
  });

  it('with --explain, says the date as the page wrote it and which line gave it, and why', () => {
    const [lavrov] = analyze('--explain', path.join(SEEDS_DIR, '004_841051a798ffaa10.txt'));
    assert.equal(lavrov!.dateText, 'Thursday, 20 June 2024');
    const removed = lavrov!.removed as Array<{ text: string; reason: string }>;
    assert.deepEqual(
      removed.find((r) => r.text === 'Thursday, 20 June 2024'),
      { text: 'Thursday, 20 June 2024', reason: "dateline, the article's date: the header's first date" },
    );
  });

  it('reports a file it cannot read with an error and still prints the others', () => {
    const dir = makeArchive({
      'a-empty.txt': '',
      'b-good.txt': 'Moscow talks\n\nRussia and China held talks in Moscow on Friday.',
    });
    const results = analyze(path.join(dir, 'articles'));
    assert.equal(results.length, 2);
    assert.match(results[0]!.error as string, /empty/);
    assert.equal(results[1]!.title, 'Moscow talks');
  });
});
