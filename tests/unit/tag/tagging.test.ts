import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../helpers/pipeline.ts';
import { SEED_FILES, seedText } from '../../helpers/archive.ts';

const codes = (tags: Array<{ code: string }>) => tags.map((t) => t.code).sort();
const primary = (tags: Array<{ code: string; primary: boolean }>) => codes(tags.filter((t) => t.primary));

describe('country tagging', () => {
  it('tags China and Russia on every seed article', () => {
    for (const file of Object.values(SEED_FILES)) {
      const article = analyzeText(seedText(file), file);
      assert.ok(primary(article.countries).includes('CN'), `${file}: China`);
      assert.ok(primary(article.countries).includes('RU'), `${file}: Russia`);
    }
  });

  it('recognises short forms, demonyms, seats of government and combining forms', () => {
    const article = analyzeText(
      'Talks\n\nThe Kremlin said U.S. officials and Ukrainian envoys met in Beijing. Sino-Japanese ties were raised.',
    );
    assert.deepEqual(codes(article.countries), ['CN', 'JP', 'RU', 'UA', 'US']);
  });

  it('does not take the bird, porcelain or the South China Sea for countries', () => {
    const article = analyzeText('Dinner\n\nWe ate turkey off fine china while ships sailed the South China Sea.');
    assert.deepEqual(codes(article.countries), []);
  });

  it('tells countries from the US state, given names, longer names and other words', () => {
    assert.deepEqual(
      codes(analyzeText('Storm\n\nThe storm hit Atlanta, Georgia, and Jordan Smith said Chad Brown left.').countries),
      ['US'],
    );
    assert.deepEqual(
      codes(analyzeText('Talks\n\nGeorgia and Russia met in Tbilisi. Jordan sent King Abdullah.').countries),
      ['GE', 'JO', 'RU'],
    );
    assert.deepEqual(codes(analyzeText('Trade\n\nPapua New Guinea and Nigeria signed a deal.').countries), [
      'NG',
      'PG',
    ]);
    assert.deepEqual(codes(analyzeText('Talks\n\nKorea and North Korea met; the Indo-Pacific was calm.').countries), [
      'KP',
      'KR',
    ]);
  });

  it('reads a name that is also a US state as the country when the text lists it with countries or as a republic', () => {
    const countries = (text: string) => codes(analyzeText(text).countries);
    assert.deepEqual(
      countries(
        'Deals\n\nThe EU will sign deals with two former Soviet republics - Georgia and Moldova - in the summer.',
      ),
      ['GE', 'MD'],
    );
    assert.deepEqual(countries('Rugby\n\nEngland have been drawn against Samoa, France, Italy, Georgia and Canada.'), [
      'CA',
      'FR',
      'GB',
      'GE',
      'IT',
      'WS',
    ]);
    assert.deepEqual(countries('Tennis\n\nCarlsen beat Irakli Labadze of the Republic of Georgia in three sets.'), [
      'GE',
    ]);
    assert.deepEqual(countries('Deportations\n\nThe men are from Algeria, Tunisia, Egypt and Jordan.'), [
      'DZ',
      'EG',
      'JO',
      'TN',
    ]);
    // A list of US states, a state's company or a person's name is no such list.
    assert.deepEqual(countries('Weather\n\nSnow fell over Georgia and northern Alabama on Monday.'), ['US']);
    assert.deepEqual(countries('Power\n\nGeorgia Power Co said it raised its rates in Georgia.'), ['US']);
    assert.deepEqual(countries('Fashion\n\nThe show in France drew Jordan and Kate Moss.'), ['FR']);
  });

  it("reads a state's former name as the state, and no state for one that dissolved into several", () => {
    const countries = (text: string) => codes(analyzeText(text).countries);
    assert.deepEqual(countries('Talks\n\nMoscow supports Vietnamese troops in Kampuchea.'), ['KH', 'RU', 'VN']);
    assert.deepEqual(countries('Copper\n\nZaire and Ceylon raised their export prices.'), ['CD', 'LK']);
    assert.deepEqual(countries('History\n\nThe Soviet Union and Yugoslavia broke up.'), []);
  });

  it('does not tag the country of an international official, only of a state official', () => {
    const article = analyzeText('Talks\n\nAntonio Guterres met Vassily Nebenzia.');
    assert.deepEqual(codes(article.countries), ['RU']);
  });

  it('reads an official by the role held last, not by an older one begun the same year', () => {
    // Federica Mogherini: Italy's foreign minister in 2014, then the EU's foreign policy chief to 2019.
    const article = analyzeText('Sanctions\n\nEU foreign affairs chief Federica Mogherini called for a review.');
    assert.deepEqual(codes(article.countries), []);
  });

  it("does not tag a quoted news outlet's home country, but tags a state body's", () => {
    const article = analyzeText('Talks\n\nSpeaking to Al Jazeera from Munich, the minister called for talks.');
    assert.deepEqual(codes(article.countries), ['DE']);
    assert.ok(article.actors.some((a) => a.id === 'al-jazeera'));
    assert.deepEqual(codes(analyzeText('Talks\n\nThe Russian Foreign Ministry called for talks.').countries), ['RU']);
  });

  it('keeps a country named once in passing as mentioned, not primary', () => {
    const article = analyzeText(
      'Moscow and Beijing sign deal\n\nRussia and China signed a deal on Friday.\n\nRussia said China would buy more gas.\n\nA similar deal with India fell through.',
    );
    assert.deepEqual(primary(article.countries), ['CN', 'RU']);
    assert.equal(article.countries.find((c) => c.code === 'IN')?.primary, false);
  });

  it('gives every tag evidence that occurs in the article', () => {
    const article = analyzeText(seedText(SEED_FILES.lavrov), SEED_FILES.lavrov);
    for (const tag of [...article.countries, ...article.actors]) {
      assert.ok(tag.evidence.length > 0, `${'code' in tag ? tag.code : tag.id} has evidence`);
      for (const e of tag.evidence) {
        assert.equal(e.sentence.slice(e.start, e.start + e.match.length), e.match);
        assert.ok(`${article.title}\n${article.text}`.includes(e.sentence), 'the sentence is from the article');
      }
    }
  });
});

describe('actor tagging', () => {
  it("reads a country's party by its bare name only where the article names the country", () => {
    const ids = (text: string) => analyzeText(text).actors.map((a) => a.id);
    assert.ok(
      ids('Poll\n\nLabour leads in Britain, and Democrats in the US Congress agreed.').includes('labour-party'),
    );
    assert.ok(
      ids('Poll\n\nLabour leads in Britain, and Democrats in the US Congress agreed.').includes('democratic-party'),
    );
    assert.deepEqual(
      ids('Poll\n\nLabour leads in New Zealand, and the Sweden Democrats gained.').filter((id) =>
        id.endsWith('-party'),
      ),
      [],
    );
  });

  it("takes no party named only as its members' affiliation, and keeps one that acts or whose spokesman speaks", () => {
    const parties = (text: string) =>
      analyzeText(text)
        .actors.map((a) => a.id)
        .filter((id) => id.endsWith('-party'));
    assert.deepEqual(
      parties(
        "Speed cameras\n\nBritain's road safety campaigners, including Labour backbencher Gwyneth Dunwoody, " +
          "object. Moazzam Begg's Labour MP Roger Godsiff welcomed the plan, as did the Tories Ken Clarke and Sir George Young.",
      ),
      [],
    );
    assert.deepEqual(parties('Speed cameras\n\nIn Britain, a Labour Party spokesman said the plan was sound.'), [
      'labour-party',
    ]);
    assert.deepEqual(
      parties('Speed cameras\n\nIn Britain, Labour MP Roger Godsiff said Labour would keep the cameras.'),
      ['labour-party'],
    );
  });

  const ids = (text: string) =>
    analyzeText(text)
      .actors.map((a) => a.id)
      .sort();

  it('finds actors by full name and by short name after a title', () => {
    assert.deepEqual(ids('Meeting\n\nPresident Xi met Sergei Lavrov. Later Mr. Lavrov left.'), [
      'sergey-lavrov',
      'xi-jinping',
    ]);
  });

  it('does not take a bare short name for an actor before the full name appears', () => {
    assert.deepEqual(ids('Weather\n\nXi was the name of the storm.'), []);
  });

  it('takes bare "Congress" for the US Congress only where the US is named, and not inside a longer name', () => {
    const known = (text: string) => ids(text).filter((id) => !id.startsWith('discovered:'));
    assert.deepEqual(known('Vote\n\nCongress voted on tariffs at the World Petroleum Congress.'), []);
    assert.deepEqual(known('Vote\n\nCongress voted on US tariffs.'), ['us-congress']);
    assert.deepEqual(known('Vote\n\nThe US delegation met the World Petroleum Congress.'), []);
  });

  it('reads a typographic apostrophe as a straight one', () => {
    assert.deepEqual(ids('Talks\n\nThe talks were announced by China’s Foreign Ministry.'), [
      'chinese-foreign-ministry',
    ]);
  });

  it("reads a state's ministry written in lower case or after another form of its state's name", () => {
    const known = (text: string) => ids(text).filter((id) => !id.startsWith('discovered:'));
    assert.deepEqual(known("Talks\n\nThe talks were announced in a statement from China's foreign ministry."), [
      'chinese-foreign-ministry',
    ]);
    assert.deepEqual(known('Talks\n\nA statement from the Chinese foreign ministry said Wang met Blinken.'), [
      'chinese-foreign-ministry',
    ]);
    assert.deepEqual(known('Report\n\nThe report is based on the Ukraine defense ministry’s database.'), [
      'ukrainian-defence-ministry',
    ]);
    assert.deepEqual(known('Report\n\nThe defense ministry of a Baltic state published a database.'), []);
  });

  it('reads a name without the "the" after its "of"', () => {
    assert.deepEqual(
      ids('Oil\n\nThe price is set by the Organization of Petroleum Exporting Countries, Zhai said.').filter(
        (id) => !id.startsWith('discovered:'),
      ),
      ['opec'],
    );
  });

  it("takes no known actor for an acronym the text defines for another name, and keeps the actor's own", () => {
    const known = (text: string) => ids(text).filter((id) => !id.startsWith('discovered:'));
    assert.deepEqual(
      known(
        'Merger\n\nThe railroad asked the U.S. Interstate Commerce Commission (ICC) to reconsider. The ICC refused.',
      ),
      [],
    );
    assert.deepEqual(known('Court\n\nThe International Criminal Court (ICC) issued a warrant. The ICC said so.'), [
      'icc',
    ]);
    assert.deepEqual(known('Raid\n\nA representative of Ukraine’s Security Service (SBU) said the raid succeeded.'), [
      'sbu',
    ]);
  });

  it('takes a news agency quoted as a source for an actor, not the agency credit of a wire dateline', () => {
    assert.deepEqual(
      ids('Sanctions\n\nWASHINGTON, April 28 (RIA Novosti) - The United States imposed sanctions, Interfax reported.'),
      ['interfax'],
    );
    assert.deepEqual(ids('Heat\n\nA record was set, according to Russian state news agency TASS.'), ['tass']);
  });

  it('knows a given name from the people of the actors file where the model of English does not', () => {
    // "Yulia" and "Oleg" are given names of Yulia Svyrydenko and Oleg Belaventsev; "Gennady" is no one's there.
    assert.deepEqual(ids('Protest\n\nYulia Tymoshenko spoke in Kyiv. Gennady Timchenko and Oleg Orlov were named.'), [
      'discovered:oleg-orlov',
      'discovered:yulia-tymoshenko',
    ]);
  });

  it('takes a surname alone for its one actor when the article uses it repeatedly', () => {
    assert.deepEqual(ids('Talks\n\nPutin spoke first. Later Putin left.'), ['vladimir-putin']);
  });

  it('finds people the actors file does not know from a role beside their full name, as discovered', () => {
    const article = analyzeText(
      "Protest\n\nThe city's mayor Evgeny Naumov said water was back. Paul Whelan, a security executive, was freed.",
    );
    const found = article.actors.filter((a) => a.discovered).map((a) => [a.id, a.name]);
    assert.deepEqual(found, [
      ['discovered:evgeny-naumov', 'Evgeny Naumov'],
      ['discovered:paul-whelan', 'Paul Whelan'],
    ]);
  });

  it('takes a full name for a person by its given name or a role beside it, not any capitalised phrase', () => {
    // A headline of two words: the extract stage reads a one-word first line as no headline and the sentence as one.
    const article = analyzeText('Markets rally\n\nGoldman Sachs and Wall Street rallied as Jake Thompson watched.');
    assert.deepEqual(
      article.actors.filter((a) => a.discovered).map((a) => [a.name, a.type]),
      [['Jake Thompson', 'person']],
    );
    const senate = analyzeText(
      'Senate\n\nThey met Robert Byrd of West Virginia, Republican leader Robert Dole and others.',
    );
    assert.deepEqual(
      senate.actors.filter((a) => a.discovered).map((a) => a.name),
      ['Robert Byrd', 'Robert Dole'],
    );
  });

  it('tags Xi Jinping and Vladimir Putin where the article names them, not where a teaser does', () => {
    const lavrov = analyzeText(seedText(SEED_FILES.lavrov), SEED_FILES.lavrov).actors.map((a) => a.id);
    assert.ok(
      lavrov.includes('xi-jinping') &&
        lavrov.includes('vladimir-putin') &&
        lavrov.includes('sergey-lavrov') &&
        lavrov.includes('wang-yi'),
    );
    const war = analyzeText(seedText(SEED_FILES.ukrainianWar), SEED_FILES.ukrainianWar).actors.map((a) => a.id);
    assert.ok(war.includes('xi-jinping'));
    assert.ok(!war.includes('vladimir-putin'), '001 names Putin only in a teaser');
  });
});

describe('seed articles: what only a teaser names is not a tag', () => {
  const tagsOf = (file: string) => {
    const article = analyzeText(seedText(file), file);
    return { countries: codes(article.countries), actors: article.actors.map((a) => a.name) };
  };

  it('001 has no Turkey, Syria, Israel, Myanmar, Kari Lake or Hillary Clinton', () => {
    const { countries, actors } = tagsOf(SEED_FILES.ukrainianWar);
    for (const code of ['TR', 'SY', 'IL', 'MM']) assert.ok(!countries.includes(code), code);
    for (const name of ['Kari Lake', 'Hillary Clinton']) assert.ok(!actors.includes(name), name);
  });

  it('004 has Sergey Lavrov and Wang Yi, and no Israel, Lebanon, Thailand or Trump', () => {
    const { countries, actors } = tagsOf(SEED_FILES.lavrov);
    for (const code of ['IL', 'LB', 'TH']) assert.ok(!countries.includes(code), code);
    assert.ok(!actors.includes('Donald Trump'));
    assert.ok(actors.includes('Sergey Lavrov') && actors.includes('Wang Yi'));
  });

  it('000 has Sullivan, Yang, Peskov, Macron and Scholz, and not its author', () => {
    const { actors } = tagsOf(SEED_FILES.whiteHouse);
    for (const name of ['Jake Sullivan', 'Yang Jiechi', 'Dmitry Peskov', 'Emmanuel Macron', 'Olaf Scholz'])
      assert.ok(actors.includes(name), name);
    assert.ok(!actors.some((name) => name.includes('Bishop')));
  });
});

describe('front matter overrides', () => {
  it('adds and removes countries, actors and topics', () => {
    const article = analyzeText(
      '---\ncountries: [FR, -RU]\nactors: [-xi-jinping]\ntopics: [sanctions]\n---\nPresident Xi and Russia\n\nPresident Xi spoke about Russia.',
      'a.md',
    );
    assert.ok(article.countries.some((c) => c.code === 'FR' && c.primary && c.origin === 'front-matter'));
    assert.ok(!article.countries.some((c) => c.code === 'RU'));
    assert.ok(!article.actors.some((a) => a.id === 'xi-jinping'));
    assert.deepEqual(
      article.topics.map((t) => t.id),
      ['sanctions'],
    );
  });
});
