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
    assert.deepEqual(
      report.discoveredActors.map((d) => [d.name, d.type, d.files]),
      [['Evgeny Naumov', 'person', ['a.txt', 'b.txt']]],
    );
  });

  it('lists organisations found from their shape, with their country and the acronym the text defines', () => {
    const a = analyzeText(
      "Sanctions\n\nThe Union of Baltic Beekeepers (UBB) protested. China's Ministry of Emergency Management said it had sent teams. The Carlyle Group bought a stake.",
      'a.txt',
    );
    const report = createReport('articles', 1, [{ ...a, url: '/a/' }], [], {});
    const byName = new Map(report.discoveredActors.map((d) => [d.name, d]));
    assert.deepEqual(byName.get('Union of Baltic Beekeepers')?.aliases, ['UBB']);
    assert.equal(byName.get('Ministry of Emergency Management')?.country, 'CN');
    assert.equal(byName.get('Carlyle Group')?.type, 'organization');
    assert.equal(byName.get('Carlyle Group')?.id, 'discovered:carlyle-group');
    assert.match(byName.get('Carlyle Group')?.evidence?.sentence ?? '', /bought a stake/);
  });
});
