import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReport } from '../../../src/report/index.ts';
import { analyzeText } from '../../helpers/pipeline.ts';

describe('build report: discovered actors', () => {
  it('lists each person the actors file lacks once, with every file that names them', () => {
    const a = analyzeText('Protest\n\nThe mayor Evgeny Naumov said water was back.', 'a.txt');
    const b = analyzeText('Repairs\n\nCity mayor Evgeny Naumov visited. Vladimir Putin did not.', 'b.txt');
    const report = createReport(
      'articles',
      2,
      [a, b].map((x) => ({ ...x, url: `/${x.file}/` })),
      [],
      {},
    );
    assert.deepEqual(report.discoveredActors, [{ name: 'Evgeny Naumov', files: ['a.txt', 'b.txt'] }]);
  });
});
