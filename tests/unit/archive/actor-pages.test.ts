import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive } from '../../../src/archive/index.ts';
import { analyzeText, defaultContext, defaultSettings } from '../../helpers/pipeline.ts';

describe('actor pages', () => {
  const article = (title: string, body: string) =>
    analyzeText(`---\ntitle: ${title}\ndate: 2024-06-20\n---\n${body}`, `${title}.md`);
  const model = buildArchive(
    [
      article('Lavrov in Beijing', 'Sergey Lavrov met Wang Yi in Beijing. Russia and China held talks.'),
      article('Lavrov and Xi', 'Sergey Lavrov met Xi Jinping. Russia and China agreed.'),
      article('Lavrov at the UN', 'Sergey Lavrov spoke at the UN about Russia. Mayor Evgeny Naumov listened.'),
    ],
    defaultContext().taxonomy,
    defaultSettings(),
  );
  const lavrov = model.actors.find((a) => a.id === 'sergey-lavrov')!;

  it("show the actor's country and role, and every article", () => {
    assert.equal(lavrov.details[0], 'Russia');
    assert.ok(lavrov.details.some((d) => d.startsWith('Minister of Foreign Affairs of Russia (2004–')));
    assert.equal(lavrov.articles.length, 3);
  });

  it('list the countries and actors that most often appear with them, not the actor itself', () => {
    assert.deepEqual(
      lavrov.topCountries.slice(0, 2).map((c) => [c.name, c.count]),
      [
        ['Russia', 3],
        ['China', 2],
      ],
    );
    assert.deepEqual(lavrov.topActors.map((a) => a.name).sort(), ['United Nations', 'Wang Yi', 'Xi Jinping']);
  });

  it('have no page for a discovered person', () => {
    assert.ok(!model.actors.some((a) => a.name === 'Evgeny Naumov'));
  });
});
