import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../helpers/pipeline.ts';

const actorNames = (text: string) => analyzeText(text).actors.map((a) => a.name);

describe('news outlets quoted as sources', () => {
  it('tags an outlet of the outlet table that the story quotes, with the sentence as evidence', () => {
    const article = analyzeText(
      'Ministers meet in Brussels\n\nThe talks will go on, a diplomat told CNN on Friday. Nothing was signed.',
    );
    const cnn = article.actors.find((a) => a.name === 'CNN');
    assert.equal(cnn?.type, 'organization');
    assert.equal(cnn?.evidence[0]?.match, 'CNN');
    assert.match(cnn?.evidence[0]?.sentence ?? '', /told CNN/);
  });

  it('reads the shapes of a source before and after the name', () => {
    assert.ok(actorNames('Oil output falls\n\nOutput fell, according to Reuters.').includes('Reuters'));
    // Found once, by the name model or as the outlet.
    const times = actorNames('Oil output falls\n\nThe New York Times reported the plan.');
    assert.equal(times.filter((name) => /New York Times/.test(name)).length, 1);
    assert.ok(actorNames('Oil output falls\n\nA letter was obtained by the BBC.').includes('BBC News'));
  });

  it('leaves out an outlet named only in a dateline or a credit', () => {
    assert.ok(!actorNames('Oil output falls\n\nKIEV (Reuters) - Output fell in March.').includes('Reuters'));
    assert.ok(!actorNames('Oil output falls\n\nOutput fell in March. (AFP Photo)').includes('Agence France-Presse'));
  });

  it('keeps an outlet the actors file holds as that actor, once', () => {
    const actors = analyzeText('Oil output falls\n\nOutput fell, an official told TASS.').actors;
    assert.deepEqual(
      actors.filter((a) => /TASS/.test(a.name)).map((a) => a.id),
      ['tass'],
    );
  });
});
