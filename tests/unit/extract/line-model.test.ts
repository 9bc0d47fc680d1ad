import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modulesReachedFrom, ANALYSIS_ENTRIES } from '../../../src/cache/fingerprint-pipeline.ts';
import { REPO_ROOT } from '../../../src/build/index.ts';
import { extractFromText } from '../../../src/extract/index.ts';
import { LINE_FEATURES } from '../../../src/extract/line-features.ts';
import { chooseArticleRun, committedLineModel } from '../../../src/extract/line-model.ts';
import path from 'node:path';

/** A page as a scraper dumps it: the <title>, then one line per block element, no blank lines. */
const DUMP = `Harbour authority approves new container terminal | Coastal Courier
Home
News
Business
Sport
Opinion
Subscribe
Harbour authority approves new container terminal
By Maria Lindqvist
March 3, 2024
The harbour authority on Tuesday approved plans for a container terminal on the northern quay, ending a planning dispute that had lasted more than four years.
The terminal will handle up to 400,000 containers a year once it opens in 2027, the authority said in a statement, roughly doubling the port's present capacity.
Local residents had objected to the project, arguing that heavier lorry traffic would clog the coastal road and that night-time loading would keep neighbourhoods awake.
Under the approved plan, the operator must route freight traffic through a new access road and limit crane work after 11 p.m. to two berths on the far side of the quay.
"This is a balanced decision that protects jobs and the people who live next to the port," the authority's chair, Henrik Salo, told reporters after the vote.
The regional council still has to approve the access road, which is expected to cost about 60 million euros and take two years to build.
Construction of the terminal itself is due to begin in the autumn, with the first berth opening to ships in early 2027.
More from Business
Ferry operator raises fares for summer seasonFuel costs and new emission rules push prices up by a tenth
Shipyard wins order for two research vesselsThe contract secures work for 300 people until 2026
Fish prices fall as catches recoverTrawlers report the best winter season in a decade
Comments
Jonas K.
Finally! Took them long enough.
Reply
About us
Contact
Privacy policy
© 2024 Coastal Courier`;

describe('line model: choosing the article in a raw text dump', () => {
  const article = extractFromText(DUMP, { retrieved: null });

  it('keeps the article paragraphs and leaves out the menus, teasers and comments', () => {
    assert.match(article.text, /^The harbour authority on Tuesday approved plans/);
    assert.match(article.text, /first berth opening to ships in early 2027\.$/);
    for (const debris of ['Ferry operator raises fares', 'Finally! Took them', 'Subscribe', 'Privacy policy'])
      assert.ok(!article.text.includes(debris), `kept ${debris}`);
  });

  it('lists every line it drops with a reason, none silently', () => {
    const removed = article.removed.flatMap((r) => r.text.split('\n'));
    const kept = new Set(article.blocks.flatMap((b) => ('text' in b ? b.text : b.items.join(' '))));
    for (const line of DUMP.split('\n')) {
      if (line === article.title || [...kept].some((k) => k.includes(line))) continue;
      assert.ok(removed.includes(line), `dropped without a reason: ${line}`);
    }
  });
});

describe('line model: the run of article lines', () => {
  const model = { runThreshold: 0.5, keepThreshold: 0.3 };

  it('takes the heaviest run above the threshold and drops weak lines inside it', () => {
    const run = chooseArticleRun(model, [0.1, 0.9, 0.2, 0.9, 0.9, 0.1, 0.6], [3, 40, 5, 30, 25, 10, 4]);
    assert.deepEqual(run && { start: run.start, end: run.end }, { start: 1, end: 4 });
    assert.deepEqual(run?.keep, [false, true, false, true, true, false, false]);
  });

  it('finds no run when no line is above the threshold', () => {
    assert.equal(chooseArticleRun(model, [0.1, 0.2], [10, 10]), null);
  });
});

describe('line model: the committed weights', () => {
  it('read the features the code computes and say how they were made', () => {
    const model = committedLineModel();
    assert.deepEqual(model.features, [...LINE_FEATURES]);
    assert.equal(model.weights.length, LINE_FEATURES.length);
    assert.match(model.note, /npm run train:extraction/);
  });

  it('are part of what keys the analysis cache', () => {
    assert.ok(modulesReachedFrom(path.join(REPO_ROOT, 'src'), ANALYSIS_ENTRIES).includes('extract/line-model.json'));
  });
});

/** A Japanese page as a scraper dumps it: its words have no spaces between them, its sentences end in "。". */
const JAPANESE_DUMP = `港湾局が新しいコンテナターミナルを承認 | 沿岸新聞
ホーム
ニュース
経済
スポーツ
港湾局が新しいコンテナターミナルを承認
港湾局は火曜日、北側の岸壁に新しいコンテナターミナルを建設する計画を承認し、四年以上続いた論争に決着をつけた。
ターミナルは二〇二七年の開業後、年間最大四十万個のコンテナを扱う予定で、港の現在の能力をおよそ二倍にすると港湾局は声明で述べた。
近隣の住民は、トラックの交通量が増えて海岸沿いの道路が渋滞し、夜間の荷役作業で眠れなくなるとして計画に反対していた。
承認された計画では、運営会社は新しい連絡道路を通って貨物を運び、午後十一時以降のクレーン作業を岸壁の奥の二つのバースに限らなければならない。
関連記事
フェリー運賃が夏に値上げ
造船所が調査船二隻を受注
会社概要
お問い合わせ
プライバシーポリシー`;

describe('line model: a page in a language written without spaces', () => {
  it('keeps its paragraphs, weighed by their length, and leaves out the menus and teasers', () => {
    const article = extractFromText(JAPANESE_DUMP, { retrieved: null });
    assert.match(article.text, /^港湾局は火曜日/);
    assert.match(article.text, /二つのバースに限らなければならない。$/);
    for (const debris of ['フェリー運賃', 'プライバシーポリシー', 'スポーツ'])
      assert.ok(!article.text.includes(debris), `kept ${debris}`);
  });
});

/** A dump whose readers' comments, in long sentences of their own, follow the article under their heading. */
const COMMENTED_DUMP = `Council votes to keep the night buses | City Ledger
Home
Local
Council votes to keep the night buses
By Amal Haddad
March 4, 2024
The city council voted on Monday to keep the three night bus lines that the transport department had proposed to cut in its spring budget.
Councillors said the lines carry more than two thousand passengers a night, most of them shift workers at the hospital and the port.
The department will now have to find the savings elsewhere, its director said, most likely by delaying the purchase of new buses by a year.
4 responses to “Council votes to keep the night buses”
nightnurse says:
March 4, 2024 at 9:12 pm
I take the N3 home from the hospital four nights a week and I honestly do not know how I would get home without it, so thank you to everyone who wrote to the council.
portworker says:
March 4, 2024 at 9:40 pm
The buses are always full after the late shift, which is exactly why cutting them never made any sense to those of us who actually ride them.
skeptic22 says:
March 5, 2024 at 7:02 am
Delaying the new buses means the old ones keep breaking down in winter, and I suspect we will be reading about that decision again next year.
longtimereader says:
March 5, 2024 at 8:15 am
Good news for once, although I wish the council had explained where exactly the money is going to come from before it took the vote.
Leave a Reply
About us
© 2024 City Ledger`;

describe("line model: readers' comments after the article", () => {
  it('ends the article at the comments heading, however long the comments run', () => {
    const article = extractFromText(COMMENTED_DUMP, { retrieved: null });
    assert.match(article.text, /^The city council voted on Monday/);
    assert.match(article.text, /new buses by a year\.$/);
    assert.ok(!article.text.includes('N3 home from the hospital'));
  });
});

/**
 * A dump whose article quotes words a comment form also says ("be the first to respond", "no comments for"), in a
 * quoted sentence and in a sentence of its own between paragraphs, before its last paragraphs.
 */
const QUOTING_DUMP = `Moscow warns over new missile deployment | World Desk
Home
World
Moscow warns over new missile deployment
By Elena Petrova
March 6, 2024
Russia's foreign ministry warned on Wednesday that the deployment of new missiles in Europe would be met with a response, but said Moscow would not escalate first.
The ministry's spokeswoman said the decision had been taken without consultation and would damage what remains of arms control on the continent.
“Russia will not be the first to respond,” he said.
Diplomats in Brussels said the alliance had informed Moscow of the plans several weeks ago through the usual military channels.
The Kremlin had no comments for reporters.
Analysts said the exchange recalled the crisis over intermediate-range missiles in the 1980s, which ended with a treaty banning them.
The treaty collapsed in 2019, and both sides have since accused each other of developing weapons it would have banned.
Leave a Reply
About us
© 2024 World Desk`;

describe("line model: a comment form's words inside the article", () => {
  it('keeps a quoted sentence, a sentence between paragraphs and the paragraphs after them', () => {
    const article = extractFromText(QUOTING_DUMP, { retrieved: null });
    assert.match(article.text, /^Russia's foreign ministry warned on Wednesday/);
    assert.match(article.text, /“Russia will not be the first to respond,” he said\./);
    assert.match(article.text, /The Kremlin had no comments for reporters\./);
    assert.match(article.text, /weapons it would have banned\.$/);
  });
});

/** The header and first paragraphs of a music story, shared by the dumps below. */
const BAND_STORY_OPENING = `Harbour Band announces a summer tour | Music Weekly
Home
Music
Harbour Band announces a summer tour
The Harbour Band will play twelve cities this summer, its first tour since the singer returned to the band after a decade away.
Tickets go on sale to the general public on Friday, with presale codes sent to members of the fan club a day earlier.
"We wanted to play the halls where we started, before the arenas," the guitarist said when the band announced the dates on stage.
`;

/** Teasers of other stories and the footer after the music story. */
const MUSIC_PAGE_FOOTER = `More from Music
Ten albums to hear before the year is out
Singer cancels autumn dates after illness
About us
Privacy policy`;

/** A dump whose article ends with a list of dates under a short heading, then teasers of other stories. */
const LISTED_DUMP = `${BAND_STORY_OPENING}The tour opens in June in the south and ends in the autumn on the west coast, where the band recorded its first album.
Harbour Band tour dates
June 9 – Tampa, FL @ Bayside Amphitheatre
June 14 – Atlanta, GA @ Lakewood Pavilion
June 17 – Nashville, TN @ Riverfront Arena
July 2 – Boston, MA @ Harbor Music Hall
${MUSIC_PAGE_FOOTER}`;

describe('line model: a list that ends the article', () => {
  it('keeps the rows of dates under their heading, and not the teasers after them', () => {
    const article = extractFromText(LISTED_DUMP, { retrieved: null });
    assert.match(article.text, /Harbour Band tour dates/);
    assert.match(article.text, /July 2 – Boston, MA @ Harbor Music Hall/);
    assert.ok(!article.text.includes('Ten albums to hear'));
  });
});

/** A dump whose article ends with a list its last sentence introduces with a colon, items with no marker or figure. */
const INTRODUCED_LIST_DUMP = `${BAND_STORY_OPENING}The tour opens in the south and ends in the autumn on the west coast, where the band recorded its first album.
Fans who buy the tour package will get:
A signed copy of the new album on heavy vinyl
Early entry to the hall and a place by the stage
A poster printed for each city of the tour
More from Music
Ten albums to hear before the year is out
Singer cancels autumn dates after illness
About us
Privacy policy`;

describe('line model: a list introduced by a colon at the end of the article', () => {
  it('keeps the items under the sentence that introduces them, and not the teasers after them', () => {
    const article = extractFromText(INTRODUCED_LIST_DUMP, { retrieved: null });
    assert.match(article.text, /Fans who buy the tour package will get:/);
    for (const item of ['A signed copy of the new album', 'Early entry to the hall', 'A poster printed for each city'])
      assert.ok(article.text.includes(item), `lost ${item}`);
    assert.ok(!article.text.includes('Ten albums to hear'));
  });
});

/** A dump whose article quotes posts from a social network, the last one after its last paragraph. */
const EMBEDDED_POSTS_DUMP = `Fire crews save the old mill | City Ledger
Home
Local
Fire crews save the old mill
Fire crews saved the old mill on the river on Monday night after a blaze broke out in the warehouse next to it, the fire service said.
More than forty firefighters fought the flames for five hours, and the warehouse, empty since the spring, burned to the ground.
The fire service thanked its crews on social media:
Proud of every crew out tonight
— City Fire Service (@CityFireService) March 4, 2024
The mill, built in 1820, houses the town's museum, which will stay closed until the smoke damage has been assessed.
The mayor said the town owed the crews a debt and would hold a reception for them at the mill once it reopens.
The museum's curator wrote soon after midnight:
The collection is safe, thank you all
— Ana Ruiz (@AnaRuizMuseum) March 5, 2024
Newsletter
About us
Privacy policy`;

describe('line model: posts from a social network quoted in the article', () => {
  it('keeps each post with the line that names its author, inside the article and right after it', () => {
    const article = extractFromText(EMBEDDED_POSTS_DUMP, { retrieved: null });
    for (const post of [
      'Proud of every crew out tonight',
      '— City Fire Service (@CityFireService) March 4, 2024',
      'The collection is safe, thank you all',
      '— Ana Ruiz (@AnaRuizMuseum) March 5, 2024',
    ])
      assert.ok(article.text.includes(post), `lost ${post}`);
    assert.ok(!article.text.includes('Newsletter'));
  });
});

/** A dump whose article is followed by a heading of teasers and another story's summary, written as prose. */
const TEASED_DUMP = `Council votes to keep the night buses | City Ledger
Home
Local
Council votes to keep the night buses
The city council voted on Monday to keep the three night bus lines that the transport department had proposed to cut in its spring budget.
Councillors said the lines carry more than two thousand passengers a night, most of them shift workers at the hospital and the port.
The department will now have to find the savings elsewhere, its director said, most likely by delaying the purchase of new buses by a year.
The council will review the night service again next spring, when the figures for the whole winter are in.
Related stories
The transport department has proposed a new timetable for the city's daytime buses, with more frequent service on the busiest lines.
About us
Privacy policy`;

describe('line model: teasers after the article', () => {
  it("ends the article at a heading of teasers, however much the next story's summary reads like prose", () => {
    const article = extractFromText(TEASED_DUMP, { retrieved: null });
    assert.match(article.text, /figures for the whole winter are in\.$/);
  });
});

/** An article followed by a box of other stories with no heading: each a headline, then its one-sentence summary. */
const PAIRED_TEASERS_DUMP = `Council agrees budget for new library | Valley Herald
Home
News
Council agrees budget for new library
By Tomas Berg
May 14, 2024
The town council on Monday agreed a budget of 12 million euros for a new public library on the site of the old bus depot.
Work is due to start next spring, and the building should open to readers in the summer of 2026, the council said.
The library will hold a children's floor, study rooms and a hall for 200 people that local groups can book for free.
Several councillors had argued for refurbishing the present library instead, but a survey found its foundations unsound.
The mayor said the vote ended a debate that had divided the town for three years and thanked residents for their patience.
Ferry operator raises fares for summer
The company says fuel costs and new emission rules push its prices up by a tenth from June.
Shipyard wins order for two research vessels
The contract secures work for 300 people at the yard until the end of 2026.
Fish prices fall as catches recover
Trawlers report their best winter season in a decade, and prices at the harbour market have dropped.
Regional rail line to close for repairs
Passengers will travel by replacement buses for six weeks while the tracks are renewed.
About us
Privacy policy`;

describe('line model: a box of teaser pairs after the article', () => {
  it('leaves out the other stories, each a headline and its summary', () => {
    const article = extractFromText(PAIRED_TEASERS_DUMP, { retrieved: null });
    assert.match(article.text, /^The town council on Monday agreed/);
    assert.match(article.text, /thanked residents for their patience\.$/);
  });
});

/** An article whose pictures all carry the same caption, repeated between its paragraphs. */
const REPEATED_CAPTION_DUMP = `Festival opens with a parade of drums | Theatre Blog
Home
Festival opens with a parade of drums
Autumn Festival 2018 opening ceremony at Marronnier Park
The festival opened on Friday evening with a parade of drummers through the park, watched by several thousand people.
Preparations went on until six o'clock, when the first dancers took the stage in front of the fountain.
Autumn Festival 2018 opening ceremony at Marronnier Park
The court dance that followed was performed in traditional dress, to music played by a small ensemble of strings.
Children joined the drummers for the last piece, and the crowd stayed in the park long after the lights went down.
Autumn Festival 2018 opening ceremony at Marronnier Park
The festival goes on all week, with performances every evening and workshops for families on the weekend.
About us
Privacy policy`;

describe('line model: a caption repeated under each picture', () => {
  it('keeps the paragraphs and leaves out the caption the page repeats between them', () => {
    const article = extractFromText(REPEATED_CAPTION_DUMP, { retrieved: null });
    assert.match(article.text, /^The festival opened on Friday evening/);
    assert.match(article.text, /workshops for families on the weekend\.$/);
    assert.doesNotMatch(article.text, /opening ceremony at Marronnier Park/);
  });
});
