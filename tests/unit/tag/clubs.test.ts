import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../helpers/pipeline.ts';

const actors = (text: string) =>
  analyzeText(text)
    .actors.map((a) => `${a.name} (${a.type})`)
    .sort();

describe('clubs named by their city', () => {
  it('reads a city that a football story uses as a club as that club, and the city still names its country', () => {
    const text = [
      'Hodgson relishes European clashes',
      '',
      'Former Blackburn boss Roy Hodgson says the Premiership clubs can go far in the Champions League. Hodgson was ' +
        "at Liverpool's clash with Bayer Leverkusen on Tuesday as a member of the technical committee.",
    ].join('\n');
    const article = analyzeText(text);
    assert.ok(actors(text).includes('Blackburn (organization)'));
    assert.ok(actors(text).includes('Liverpool (organization)'));
    assert.ok(article.countries.some((c) => c.code === 'GB'));
    const blackburn = article.actors.find((a) => a.name === 'Blackburn')!;
    assert.ok(blackburn.evidence[0]!.sentence.startsWith('Former Blackburn boss'));
  });

  it('reads a rugby club by its city in a rugby story', () => {
    const text = [
      'Leicester edge derby',
      '',
      'Leicester beat Northampton 21-14 at Welford Road in the Premiership. The Tigers fly-half kicked four ' +
        'penalties in a tight rugby match.',
    ].join('\n');
    assert.ok(actors(text).includes('Leicester (organization)'));
    assert.ok(actors(text).includes('Northampton (organization)'));
  });

  it('leaves a city a place in a story of another kind, after a word of place, or born there', () => {
    assert.deepEqual(
      actors('Port deal\n\nThe company will build a container terminal beside Liverpool docks, its chairman said.'),
      [],
    );
    const text = [
      'Striker signs',
      '',
      'The Liverpool-born striker, who grew up in Newcastle, signed a new deal with the Premiership club on Monday. ' +
        'He moved to Blackburn as a boy.',
    ].join('\n');
    const names = actors(text);
    assert.ok(!names.some((n) => /^(?:Liverpool|Newcastle|Blackburn) /.test(n)), names.join(', '));
  });

  it('reads no club on a team sheet, in a name opened by an initial, or in a word the story writes in lower case', () => {
    const text = [
      'Ireland name side',
      '',
      'Ireland coach Eddie O’Sullivan named his side for the Six Nations rugby match against England.',
      'Ireland: G Murphy, G Dempsey, B O’Driscoll, S Horgan, D Hickie, R O’Gara, P Stringer, A Foley.',
      'Rugby union has become far more physical since the game went professional, the football club said.',
    ].join('\n');
    const names = actors(text);
    assert.ok(!names.some((n) => /^(?:Foley|Rugby|Horgan) /.test(n)), names.join(', '));
  });
});
