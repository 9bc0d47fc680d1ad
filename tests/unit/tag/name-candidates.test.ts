import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDocument, findNames } from '../../../src/tag/index.ts';
import type { NameCandidate } from '../../../src/tag/name-candidates.ts';
import { analyzeText, defaultContext } from '../../helpers/pipeline.ts';

const candidates = (title: string, body: string): NameCandidate[] =>
  findNames(createDocument(title, body), defaultContext().tagger).candidates;
const named = (list: NameCandidate[], name: string) => list.find((c) => c.name === name);

/** Asserts that the candidate names `names` hold every name of `read` and none of `notRead`, naming what they hold. */
function assertNamesRead(names: string[], read: string[], notRead: string[] = []): void {
  for (const name of read) assert.ok(names.includes(name), `${name}: ${names.join(', ')}`);
  for (const name of notRead) assert.ok(!names.includes(name), `${name}: ${names.join(', ')}`);
}

/** The actor named `name` that the pipeline tags in the article of `lines`; fails naming the actors it tagged. */
function actorNamed(lines: string[], name: string) {
  const { actors } = analyzeText(lines.join('\n'));
  const actor = actors.find((a) => a.name === name);
  assert.ok(actor, actors.map((a) => a.name).join(', '));
  return actor;
}

describe('candidate names', () => {
  it('reads the name after a role word, remembering the role and the speech after it', () => {
    const list = candidates(
      'Kiev clashes',
      'Interior Minister Arsen Avakov said on Monday that police had detained 12 people in Kharkiv.',
    );
    const avakov = named(list, 'Arsen Avakov');
    assert.ok(avakov, list.map((c) => c.name).join(', '));
    assert.equal(avakov.features.role, 1);
    assert.equal(avakov.features.said, 1);
    assert.equal(named(list, 'Interior Minister Arsen Avakov'), undefined);
  });

  it('counts a family name alone and a defined acronym as mentions of the full name', () => {
    const list = candidates(
      'Sanctions widen',
      'The Commodity Futures Trading Commission (CFTC) named Gennady Timchenko, a trader close to the Kremlin. ' +
        'CFTC said Timchenko controlled the Volga Group. Timchenko denied it.',
    );
    const cftc = named(list, 'Commodity Futures Trading Commission');
    assert.equal(cftc?.acronym, 'CFTC');
    assert.equal(cftc?.mentions.length, 3);
    const timchenko = named(list, 'Gennady Timchenko');
    assert.equal(timchenko?.mentions.length, 3);
    assert.equal(timchenko?.features.familyName, 1);
    assert.equal(named(list, 'Timchenko'), undefined);
    assert.equal(named(list, 'CFTC'), undefined);
  });

  it('joins "of" after the word of a body, not after a person\'s name, and keeps attached apostrophes', () => {
    const list = candidates(
      'Airline bid',
      "Texas Air chairman Frank Lorenzo of Houston met the Bank of England and Ronan O'Gara on Friday.",
    );
    const names = list.map((c) => c.name);
    assert.ok(names.includes('Bank of England'), names.join(', '));
    assert.ok(names.includes("Ronan O'Gara"), names.join(', '));
    assert.ok(!names.some((n) => n.includes('Lorenzo of')), names.join(', '));
  });

  it("reads a country's name or seat written against a name's words as part of it, and a verb after a name", () => {
    const list = candidates(
      'Airline shares',
      'Shares of Air China and China Southern fell on Monday, and Radio Moscow reported that Aeroflot plans more flights.',
    );
    const names = list.map((c) => c.name);
    for (const name of ['Air China', 'China Southern', 'Radio Moscow'])
      assert.equal(named(list, name)?.features.countryInside, 1, names.join(', '));
    assert.equal(named(list, 'Air'), undefined);
    assert.equal(named(list, 'Radio Moscow')?.features.acts, 1);
    assert.equal(named(list, 'Air China')?.features.acts, 0);
  });

  it("reads a state body's generic words with the country's name before them", () => {
    const list = candidates(
      'Kharkiv raid',
      'The Ukrainian Interior Ministry said 12 people were held, and the US Embassy in Kyiv warned travellers.',
    );
    const names = list.map((c) => c.name);
    assert.ok(names.includes('Ukrainian Interior Ministry'), names.join(', '));
    assert.equal(named(list, 'US Embassy')?.features.stateBody, 1, names.join(', '));
    assert.equal(named(list, 'Embassy'), undefined);
  });

  it('takes no candidate from a credit line', () => {
    const list = candidates(
      'Lukoil sale',
      'Lukoil agreed to sell the unit, the company said.\n\n(Reporting by Anna Hirtenstein; Editing by Lisa Shumaker)',
    );
    assert.deepEqual(
      list.filter((c) => /Hirtenstein|Shumaker/.test(c.name)),
      [],
    );
  });
});

describe('discovered actors from the name model', () => {
  it('finds a spokeswoman the actors file does not know, with every mention as evidence', () => {
    const mokhova = actorNamed(
      [
        'Yukos unit sale',
        '',
        'MOSCOW - The state oil company Rosneft bought the Yukos unit, ' +
          'Lyudmila Mokhova, a spokeswoman for the court administrator, said on Friday.',
        '',
        'Mokhova said the sale was final.',
      ],
      'Lyudmila Mokhova',
    );
    assert.equal(mokhova.discovered, true);
    assert.equal(mokhova.type, 'person');
    assert.equal(mokhova.mentions, 2);
  });

  it("types a company whose name opens with a person's given name as an organisation", () => {
    const carlton = actorNamed(
      [
        'Carlton sees higher profit',
        '',
        'LONDON, March 2 - Carlton Communications Plc has started the current financial year well, ' +
          'chairman Michael Green told the annual meeting.',
        '',
        'Carlton Communications Plc said its shares would be split.',
      ],
      'Carlton Communications Plc',
    );
    assert.equal(carlton.type, 'organization');
  });

  it("takes no company's ending alone for a name", () => {
    const list = candidates(
      'Bond issue',
      'LONDON, March 3 - The coupon on the bond for Mitsubishi Estate Co Ltd has been cut to three pct, ' +
        'lead manager Nikko Securities Co (Europe) Ltd said. Sears, Roebuck and Co said revenues rose.',
    );
    assert.ok(named(list, 'Nikko Securities Co'), list.map((c) => c.name).join(', '));
    for (const ending of ['Ltd', 'Co']) assert.equal(named(list, ending), undefined, ending);
  });
});

describe('names that end in a known short name or start after a party', () => {
  it('reads "Alastair Campbell" and "Eddie O\'Sullivan" as names of their own, not as Kurt or Jake', () => {
    const title = 'Campaign';
    const body =
      "Alastair Campbell, now working on the campaign, said Campbell had no regrets. Ireland coach Eddie O'Sullivan " +
      "said O'Sullivan's side would not underestimate Scotland.";
    const list = candidates(title, body);
    assert.ok(named(list, 'Alastair Campbell'), list.map((c) => c.name).join(', '));
    assert.ok(named(list, "Eddie O'Sullivan"), list.map((c) => c.name).join(', '));
    const ids = analyzeText(`${title}\n\n${body}`).actors.map((a) => a.id);
    assert.ok(!ids.includes('kurt-campbell') && !ids.includes('jake-sullivan'), ids.join(', '));
  });

  it('reads "Qin Haiyang" as a name of its own, not as Qin Gang, and Qin Gang\'s short name before a weekday', () => {
    const title = 'Swimming';
    const body =
      'Foreign Minister Qin Gang praised the team. Qin Monday said the swimmers were clean, and star swimmer Qin ' +
      'Haiyang finished seventh. Qin Haiyang said he was disappointed.';
    const list = candidates(title, body);
    assert.ok(named(list, 'Qin Haiyang'), list.map((c) => c.name).join(', '));
    const qin = analyzeText(`${title}\n\n${body}`).actors.find((a) => a.id === 'qin-gang');
    assert.equal(qin?.mentions, 2);
  });

  it('still reads a known short name after a title or after the known full name', () => {
    const ids = analyzeText(
      'Talks\n\nUS envoy Kurt Campbell met officials in Tokyo. Mr Campbell said Campbell would return.',
    ).actors.map((a) => a.id);
    assert.ok(ids.includes('kurt-campbell'), ids.join(', '));
  });

  it("takes the person's name after a party written before it, the party as a role", () => {
    const list = candidates(
      'Asylum',
      'Tory Liam Fox said his party offered a clear choice. Liberal Democrat Paul Tyler told reporters he disagreed.',
    );
    for (const name of ['Liam Fox', 'Paul Tyler']) {
      const person = named(list, name);
      assert.ok(person, `${name}: ${list.map((c) => c.name).join(', ')}`);
      assert.equal(person.features.role, 1);
      assert.equal(person.features.speaker, 1);
    }
  });

  it('reads a partnership\'s "and Co", an international arm and a French or Italian connector as the name\'s', () => {
    const list = candidates(
      'Deals',
      'Pratt and Co Financial Services Pty Ltd said it bought shares. Swiss Bank Corp International said it would ' +
        'buy. Cie des Machines Bull said profits fell. The unit went to Goldman, Sachs and Co, the bank said.',
    );
    for (const name of [
      'Pratt and Co Financial Services Pty Ltd',
      'Swiss Bank Corp International',
      'Cie des Machines Bull',
    ])
      assert.ok(named(list, name), `${name}: ${list.map((c) => c.name).join(', ')}`);
    assert.equal(named(list, 'Sachs and Co'), undefined);
  });

  it('keeps an Arabic name whole: a syllable after its apostrophe and an article joined by a hyphen', () => {
    const list = candidates(
      'Sanctions',
      'Money exchanger Tawfiq Muhammad Sa’id al-Law provided funds, said former chief executive Reefat el-Sayed.',
    );
    for (const name of ['Tawfiq Muhammad Sa’id al-Law', 'Reefat el-Sayed']) {
      assert.ok(named(list, name), `${name}: ${list.map((c) => c.name).join(', ')}`);
    }
    assert.equal(named(list, 'Muhammad Sa'), undefined);
  });

  it('ends no name with a middle initial', () => {
    const list = candidates('Call', 'Joseph R. Biden spoke with Talman Finance Corp C officials on Friday.');
    assert.equal(named(list, 'Joseph R'), undefined);
    assert.ok(named(list, 'Talman Finance Corp'), list.map((c) => c.name).join(', '));
  });

  it('takes no place for an actor: a name ending in Street, Park or Shoal', () => {
    const list = candidates(
      'Shoal',
      'Ships reached Second Thomas Shoal. Traders on Wall Street cheered, and fans met in Victoria Park.',
    );
    assert.deepEqual(
      list.filter((c) => /Shoal|Street|Park/.test(c.name)).map((c) => c.name),
      [],
    );
  });

  it("reads a town's name inside a person's name as the person's, and tags no country from it", () => {
    const article = analyzeText(
      'Armenia\n\nArmenia regrets the violence, a Foreign Ministry spokesman said on Wednesday. In comments to the ' +
        "state-run Armenpress news agency Tigran Balayan spoke about Yerevan's attitude towards the events in Kiev.",
    );
    assert.ok(
      article.actors.some((a) => a.name === 'Tigran Balayan'),
      article.actors.map((a) => a.name).join(', '),
    );
    assert.deepEqual(article.countries.map((c) => c.code).sort(), ['AM', 'UA']);
  });

  it("reads a company's name before its stock ticker, in a headline's capitals too, and the ticker as no name", () => {
    const list = candidates('CORADIAN CORP <CDIN> YEAR NET', 'LATHAM, N.Y., March 6 - Shr profit one cent.');
    const coradian = named(list, 'CORADIAN CORP');
    assert.equal(coradian?.features.ticker, 1, list.map((c) => c.name).join(', '));
    assert.equal(coradian?.features.corporate, 1);
    assert.equal(named(list, 'CDIN'), undefined);
  });

  it('takes a country into the name of a body "of" it, and keeps the country', () => {
    const text =
      'The Freedom Party of Austria won seats, and hackers of the Cyber Army of Russia Reborn were sanctioned ' +
      'as the National Congress of Brazil met. The president of Russia said nothing.';
    const names = candidates('Vote', text).map((c) => c.name);
    for (const name of ['Freedom Party of Austria', 'Cyber Army of Russia Reborn', 'National Congress of Brazil']) {
      assert.ok(names.includes(name), names.join(', '));
    }
    assert.ok(!names.some((n) => n.endsWith('of Russia')), names.join(', '));
    assert.deepEqual(
      analyzeText(`Vote\n\n${text}`)
        .countries.map((c) => c.code)
        .sort(),
      ['AT', 'BR', 'RU'],
    );
  });

  it("reads a known organisation's name that opens a longer company's or body's name as that name", () => {
    const text =
      'BP North America Inc sold its stake, and the US Senate Budget Committee met. BP said Google Inc had bid.';
    const names = candidates('Sale', text).map((c) => c.name);
    assert.ok(names.includes('BP North America Inc'), names.join(', '));
    assert.ok(names.includes('US Senate Budget Committee'), names.join(', '));
    const article = analyzeText(`Sale\n\n${text}`);
    const ids = article.actors.map((a) => a.id);
    assert.ok(ids.includes('bp') && ids.includes('google'), ids.join(', '));
    const bp = article.actors.find((a) => a.id === 'bp')!;
    assert.equal(bp.mentions, 1, bp.evidence.map((e) => e.sentence).join(' | '));
  });

  it("counts a company's name written shorter as the company, not as an actor of its own", () => {
    const { actors } = analyzeText(
      [
        'VALERO SETS PLAN',
        '',
        'SAN ANTONIO, March 4 - Valero Energy Corp said its board approved the sale of its refinery.',
        'A spokesman for Valero, Steve Fry, said the company knows of no reason for the gain in the stock.',
      ].join('\n'),
    );
    assert.deepEqual(
      actors.map((a) => [a.name, a.mentions]),
      [
        ['Steve Fry', 1],
        ['Valero Energy Corp', 2],
      ],
    );
    assert.match(actors[1]!.evidence[1]!.sentence, /A spokesman for Valero, Steve Fry/);
    // A company whose name another company's opens is a company of its own.
    const ford = analyzeText(
      'FORD UNIT REDEEMS DEBENTURES\n\nDEARBORN, MICH., Feb 26 - Ford Motor Co said its Ford Motor Credit Co will redeem its debentures.',
    );
    assert.deepEqual(
      ford.actors.map((a) => a.name),
      ['Ford Motor Co', 'Ford Motor Credit Co'],
    );
  });

  it('reads an ampersand as joining the partners of one name, where "and" lists two names or two countries', () => {
    const names = candidates(
      'Gun makers',
      'Shares of Procter & Gamble rose on Monday. Smith & Wesson said it would sue, and Merck and Pfizer ' +
        'declined to comment, as did BP and Shell. Britain and France said nothing.',
    ).map((c) => c.name);
    assertNamesRead(
      names,
      ['Procter & Gamble', 'Smith & Wesson', 'Merck', 'Shell'],
      ['Procter', 'Gamble', 'Smith', 'Wesson', 'Merck and Pfizer', 'BP and Shell'],
    );
    assert.ok(!names.some((n) => n.includes('Britain') || n.includes('France')), names.join(', '));
  });

  it('ends a company closed by its legal ending before "of" where it is, and keeps "of" inside other names', () => {
    const names = candidates(
      'Stake sold',
      'SALEM, Mass., March 3 - Allied Research Inc of Salem said it sold its stake to Brierley Investments Ltd ' +
        'of New Zealand. Aluminum Co of America and the Bank of China declined to comment.',
    ).map((c) => c.name);
    assertNamesRead(names, [
      'Allied Research Inc',
      'Brierley Investments Ltd',
      'Aluminum Co of America',
      'Bank of China',
    ]);
    assert.ok(!names.some((n) => n.endsWith('of Salem') || n.endsWith('of New Zealand')), names.join(', '));
  });

  it("reads a headline's company in capitals whole, through a demonym or the ordinary words that open it", () => {
    const biologicals = candidates('NORTH AMERICAN BIOLOGICALS INC <NBIO> 4TH QTR', 'MIAMI, March 3 - Shr one ct.');
    assert.ok(named(biologicals, 'NORTH AMERICAN BIOLOGICALS INC'), biologicals.map((c) => c.name).join(', '));
    const pacific = candidates('CANADIAN PACIFIC LTD <CP> SETS DIVIDEND', 'MONTREAL, March 3 - Qtly div 19 cts.');
    assert.ok(named(pacific, 'CANADIAN PACIFIC LTD'), pacific.map((c) => c.name).join(', '));
    // Not a demonym before a headline's words that end in no company's ending.
    const motors = candidates('AMERICAN MOTORS SALES FALL', 'DETROIT, March 3 - Sales fell in February.');
    assert.ok(!motors.some((c) => c.name.includes('AMERICAN')), motors.map((c) => c.name).join(', '));
  });

  it('reads no opening linking word, nor an ordinary word and "of" or "to" before it, as part of a body\'s name', () => {
    const names = candidates(
      'Shares rise',
      'NEW YORK, March 2 - Shares of Temple Inland Inc rose. The purchase of American Motors Co <AMO> By Chrysler ' +
        'Corp was backed. According to the Pensions Commission, the Bank of England and the Office of Fair ' +
        'Trading had no view.',
    ).map((c) => c.name);
    assertNamesRead(
      names,
      ['Temple Inland Inc', 'Chrysler Corp', 'Pensions Commission', 'Bank of England', 'Office of Fair Trading'],
      ['Shares of Temple Inland Inc', 'By Chrysler Corp', 'According to the Pensions Commission'],
    );
  });
});
