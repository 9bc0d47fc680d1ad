import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDocument, findNames } from '../../../src/tag/index.ts';
import { analyzeText, defaultContext } from '../../helpers/pipeline.ts';

const discovered = (text: string) =>
  analyzeText(text)
    .actors.filter((a) => a.discovered)
    .map((a) => a.name);

/** The names the discovery rules find in a text, before the name model weighs them. */
const ruleNames = (text: string) =>
  findNames(createDocument('Title', text), defaultContext().tagger)
    .candidates.filter((c) => c.rule)
    .map((c) => c.name);

describe('discovered actors', () => {
  it('takes no name from a wire story credit line, however it opens', () => {
    const text = [
      'Lukoil sale',
      '',
      'Lukoil agreed to sell the unit to the Carlyle Group, the company said on Thursday.',
      '',
      '(Reporting by Anna Hirtenstein and Dmitry Zhdannikov in London; Editing by Lisa Shumaker)',
      '',
      'With additional reporting from Niamh Kennedy, James Frater and Jennifer Hansler',
    ].join('\n');
    assert.deepEqual(discovered(text), ['Carlyle Group']);
  });

  it("leaves a sentence's opening conjunction out of the name of the person after it", () => {
    const text =
      'The men were freed. But Louise Christian, the lawyer representing them, said the families would be reunited.';
    assert.deepEqual(ruleNames(text), ['Louise Christian']);
  });

  it('finds a minister whose country is only in the title, with that country and the title as evidence', () => {
    const text =
      'Oil prices rose after Iranian Oil Minister Bijan Zanganeh met Venezuelan Energy Minister Rafael Ramirez in Vienna.';
    const people = analyzeText(text).actors.filter((a) => a.discovered);
    assert.deepEqual(
      people.map((a) => [a.name, a.type, a.country]),
      [
        ['Bijan Zanganeh', 'person', 'IR'],
        ['Rafael Ramirez', 'person', 'VE'],
      ],
    );
    assert.match(people[0]!.evidence[0]!.sentence, /Iranian Oil Minister Bijan Zanganeh/);
  });

  it('takes a name the text calls a company, a club or a paper as an actor, and no cut or dated name so', () => {
    const text = [
      'Market report',
      '',
      'Said Dmitry Lukashov, an analyst at brokerage Aton: prices will rise. Media giant Viacom has also agreed to pay.',
      'A poll for the Daily Mail newspaper was published on Monday.',
      "Pharmaceutical giant Johnson & Johnson and the group Victims and Families United spoke to Thursday's Sun newspaper.",
    ].join('\n');
    const names = discovered(text);
    for (const name of ['Aton', 'Viacom', 'Daily Mail']) assert.ok(names.includes(name), names.join(', '));
    for (const cut of ['Johnson', 'Victims', "Thursday's Sun"]) assert.ok(!names.includes(cut), names.join(', '));
  });

  it('takes a name after a regulator, a provider or a body, or in quotes after its kind noun, as an organisation', () => {
    const text = [
      'Phone prices',
      '',
      'Telecoms regulator Ofcom said the internet provider Pipex must cut prices, as trade body Intellect asked.',
      "The Russian band 'Lyube' played, and the rights organization “Memorial,” protested.",
      'Media watchdog Sir Philip Quince was not consulted.',
    ].join('\n');
    const found = analyzeText(text).actors.filter((a) => a.discovered);
    const names = found.map((a) => a.name);
    for (const name of ['Ofcom', 'Pipex', 'Intellect', 'Lyube', 'Memorial'])
      assert.equal(found.find((a) => a.name === name)?.type, 'organization', names.join(', '));
    assert.ok(!found.some((a) => a.name.includes('Philip') && a.type === 'organization'), names.join(', '));
  });

  it('takes a name the text describes by a kind noun after a comma as an organisation, and no subject of a clause', () => {
    const text = [
      'Airline rescue',
      '',
      "The government will save Varig, Brazil's flagship airline, said Bjorgo Tindall from Unosat, the UN satellite mapping organisation.",
      'Vneshtorgbank, the Soviet foreign trade bank, is seeking a loan, and Stauffer Seeds, a unit of the group, is for sale.',
      'The console will launch on 11 March, the company has announced.',
      'His sister Claire, a film-maker who hates the scene, is in it.',
      'Speaking to the President’s Export Council, an industry advisory group, Baldrige said so.',
    ].join('\n');
    const found = analyzeText(text).actors.filter((a) => a.discovered);
    const names = found.map((a) => a.name);
    for (const name of ['Varig', 'Unosat', 'Vneshtorgbank', 'Stauffer Seeds'])
      assert.equal(found.find((a) => a.name === name)?.type, 'organization', names.join(', '));
    for (const not of ['March', 'Claire', 'Speaking']) assert.ok(!names.some((n) => n.includes(not)), names.join(', '));
  });

  it("takes a name of a person's shape set off by commas after a role as a person", () => {
    const text = [
      'Party shake-up',
      '',
      'Its new leader, Gennady Kolbin, has said that at times the books were kept badly.',
      "Ukraine's ambassador to the EU, Kostiantyn Yelisieiev, recently urged EU states to act.",
      'In its report, Hartford Steam Boiler said the losses were small.',
    ].join('\n');
    const found = analyzeText(text).actors.filter((a) => a.discovered);
    const names = found.map((a) => a.name);
    for (const name of ['Gennady Kolbin', 'Kostiantyn Yelisieiev'])
      assert.equal(found.find((a) => a.name === name)?.type, 'person', names.join(', '));
    assert.ok(!found.some((a) => a.name.includes('Hartford') && a.type === 'person'), names.join(', '));
  });

  it("takes the body a role is held in, or one based in a place, as an organisation, and no title's portfolio", () => {
    const text = [
      'Car sales',
      '',
      'Mr Demel was replaced as chief executive of Fiat Auto, with Mr Marchionne in charge.',
      '"It was a respectable report," said Michael Moran, analyst at Daiwa Securities.',
      "The Washington-based Atlantic Council said so, as did a spokesman for Unison, Britain's biggest union.",
      "Wilbur Ross, Secretary of Commerce, and Spain's director general for Europe, Jose Maria Pons, said no.",
    ].join('\n');
    const found = analyzeText(text).actors.filter((a) => a.discovered);
    const names = found.map((a) => a.name);
    for (const name of ['Fiat Auto', 'Daiwa Securities', 'Atlantic Council', 'Unison'])
      assert.equal(found.find((a) => a.name === name)?.type, 'organization', names.join(', '));
    for (const not of ['Commerce', 'Europe']) assert.ok(!names.includes(not), names.join(', '));
  });

  it('takes a title opened by "The" that the story quotes as a source as an organisation', () => {
    const text =
      'Reform plan\n\nThe minister told The Observer the plan was sound, and spoke to The Irish Times later.';
    const found = analyzeText(text).actors.filter((a) => a.discovered);
    for (const title of [/Observer/, /Irish Times/])
      assert.equal(found.find((a) => title.test(a.name))?.type, 'organization', found.map((a) => a.name).join(', '));
  });

  it("takes a name of a person's shape after a noun for what people do as a person", () => {
    const text = [
      'Swimming doping row',
      '',
      'Before the Games, star Chinese swimmer Zhang Yufei had already climbed the rankings.',
      'The case was raised with the former Fox News host Tucker Carlson in February.',
      'Manchester United striker Ole Gunnar Solskjaer said he hoped to return.',
    ].join('\n');
    const people = analyzeText(text).actors.filter((a) => a.discovered);
    for (const name of ['Zhang Yufei', 'Tucker Carlson', 'Ole Gunnar Solskjaer'])
      assert.equal(people.find((a) => a.name === name)?.type, 'person', people.map((a) => a.name).join(', '));
  });

  it('reads a name after such a title whole through its particle, and no ordinary words as a name', () => {
    assert.deepEqual(
      discovered('Film prize\n\nThe jury met French Culture Minister Renaud Donnedieu de Vabres on Tuesday.'),
      ['Renaud Donnedieu de Vabres'],
    );
    assert.deepEqual(ruleNames('US President Says Trade Deal Near'), []);
  });

  it('keeps "and" inside a body\'s name of ordinary words, and splits two bodies joined by it', () => {
    assert.deepEqual(ruleNames('The Food and Drug Administration (FDA) advisory panel will give its verdict.'), [
      'Food and Drug Administration',
    ]);
    assert.deepEqual(ruleNames('Eastern Airlines and People Express Airlines agreed to merge.'), [
      'Eastern Airlines',
      'People Express Airlines',
    ]);
  });

  it('splits a name from an acronym after "and", and no partners\' names', () => {
    assert.deepEqual(ruleNames('The list also names banks Investcapitalbank and SMP Bank, as well as others.'), [
      'SMP Bank',
    ]);
    assert.deepEqual(ruleNames('Sales fell, Griggs and Santow Inc said, and Redstone and MCV Holdings Inc agreed.'), [
      'Griggs and Santow Inc',
      'MCV Holdings Inc',
    ]);
  });

  it('reads a court or an agency "of" or "for" something as a body, and no portfolio joined by "and" as one', () => {
    assert.deepEqual(
      ruleNames('The IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS), its statement said.'),
      ['Court of Arbitration for Sport'],
    );
    assert.deepEqual(ruleNames('Earlier, Venezuelan Energy and Mines Minister Aturo Hernandez Grisanti said so.'), [
      'Aturo Hernandez Grisanti',
    ]);
  });

  it('reads a long body\'s name whole through "for the" and "of the", and no person before "of the" into it', () => {
    assert.deepEqual(
      ruleNames('The document was prepared by the Federal Agency for the Development of the State Border on Monday.'),
      ['Federal Agency for the Development of the State Border'],
    );
    const church = findNames(
      createDocument(
        'Stamp',
        'Major Archbishop Sviatoslav Shevchuk of the Ukrainian Greek Catholic Church attended the ceremony.',
      ),
      defaultContext().tagger,
    ).candidates.map((c) => c.name);
    assert.ok(church.includes('Sviatoslav Shevchuk'), church.join(', '));
  });

  it('ends a body\'s name at "and" before lower-case words', () => {
    assert.deepEqual(
      ruleNames('The Continental Bank of Canada and the Bank of Montreal will merge, the lenders said.'),
      ['Continental Bank of Canada', 'Bank of Montreal'],
    );
  });

  it("reads an ordinary word's possessive inside a name, and an owner's apart", () => {
    assert.deepEqual(
      ruleNames(
        "The Musicians' Union said so. Moody's Investors Service Inc agreed. Women's Tennis Association officials " +
          "agreed. The FDA's Office of Drug Safety disagreed. Chrysler Corp's Chrysler Motors Corp said nothing.",
      ),
      [
        "Musicians' Union",
        "Moody's Investors Service Inc",
        "Women's Tennis Association",
        'Office of Drug Safety',
        'Chrysler Corp',
        'Chrysler Motors Corp',
      ],
    );
  });

  it("ends a railway's name at Railways", () => {
    assert.deepEqual(ruleNames('Taiwan Railways halted all trains on Thursday.'), ['Taiwan Railways']);
  });

  it('finds an airline named by its last word, in a sentence that gives no other cue', () => {
    const text = 'Typhoon\n\nFlights by EVA Air were cut, and Starlux Airlines halted services.';
    assert.deepEqual(discovered(text), ['Starlux Airlines']);
  });
});
