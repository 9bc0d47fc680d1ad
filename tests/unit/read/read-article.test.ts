import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBytes, isRejection, readArticle, splitFrontMatter } from '../../../src/read/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readArticle', () => {
  it('reads raw text as a text article with its hash', () => {
    const raw = readArticle('a.txt', utf8('Headline\n\nBody text.'));
    assert.ok(!isRejection(raw));
    assert.equal(raw.format, 'text');
    assert.equal(raw.body, 'Headline\n\nBody text.');
    assert.match(raw.hash, /^[0-9a-f]{64}$/);
  });

  it('takes metadata from YAML front matter of a Markdown article', () => {
    const raw = readArticle(
      'a.md',
      utf8('---\ntitle: Talks in Beijing\ndate: 2024-06\ncountries: [CN, -RU]\n---\nBody.'),
    );
    assert.ok(!isRejection(raw));
    assert.equal(raw.frontMatter.title, 'Talks in Beijing');
    assert.deepEqual(raw.frontMatter.date, { iso: '2024-06-01', precision: 'month' });
    assert.deepEqual(raw.frontMatter.countries, ['CN', '-RU']);
    assert.equal(raw.body, 'Body.');
  });

  it("takes the original's address from source_url, url or canonical, never a site-relative url", () => {
    const frontMatterOf = (yaml: string) => {
      const raw = readArticle('a.md', utf8(`---\n${yaml}\n---\nBody.`));
      assert.ok(!isRejection(raw));
      return raw.frontMatter;
    };
    // As the White House briefings in the corpus give it.
    const briefing = 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/03/18/readout/';
    assert.equal(frontMatterOf(`date: '2022-03-18'\nsource_url: ${briefing}`).sourceUrl, briefing);
    assert.equal(
      frontMatterOf('url: /2024/06/russia-and-china/\ncanonical: https://rusi.org/explore-our-research/russia-china')
        .sourceUrl,
      'https://rusi.org/explore-our-research/russia-china',
    );
    assert.equal(frontMatterOf('url: /2024/06/russia-and-china/').sourceUrl, undefined);
    assert.equal(frontMatterOf('source_url: not an address').sourceUrl, undefined);
  });

  it('reads a list repeated by an alias, and refuses a front matter of aliases to aliases', () => {
    const repeated = readArticle('a.md', utf8('---\nsee: &c [CN, RU]\ncountries: *c\n---\nBody.'));
    assert.ok(!isRejection(repeated));
    assert.deepEqual(repeated.frontMatter.countries, ['CN', 'RU']);
    const levels = [
      'a: &a [x, x, x]',
      ...'bcdefghijklmnopqrstuvw'.split('').map((n, i) => {
        const previous = String.fromCharCode(97 + i);
        return `${n}: &${n} [*${previous}, *${previous}]`;
      }),
    ];
    const bomb = readArticle('b.md', utf8(`---\n${levels.join('\n')}\n---\nBody.`));
    assert.ok(isRejection(bomb));
    assert.match(bomb.reason, /front matter is not valid YAML: more than 20 aliases/);
  });

  it('rejects empty and whitespace-only files with a reason', () => {
    for (const text of ['', '  \n\t\n']) {
      const raw = readArticle('e.txt', utf8(text));
      assert.ok(isRejection(raw));
      assert.equal(raw.code, 'empty');
    }
  });

  it('rejects binary files named .txt', () => {
    const raw = readArticle('x.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    assert.ok(isRejection(raw));
    assert.equal(raw.code, 'binary');
  });

  it('rejects front matter that is never closed', () => {
    const raw = readArticle('x.md', utf8('---\ntitle: Open\nBody without a closing line.'));
    assert.ok(isRejection(raw));
    assert.match(raw.reason, /never closed/);
  });

  it('keeps an article whose front matter has a wrong type, with a warning', () => {
    const raw = readArticle('x.md', utf8('---\ndate: someday\ncountries: 5\n---\nBody.'));
    assert.ok(!isRejection(raw));
    assert.equal(raw.frontMatter.date, undefined);
    assert.equal(raw.frontMatter.countries, undefined);
    assert.equal(raw.diagnostics.length, 2);
  });
});

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM and normalises CRLF and CR line ends', () => {
    const decoded = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\rc')]));
    assert.deepEqual(decoded, { ok: true, text: 'a\nb\nc', encoding: 'utf-8' });
  });

  it('decodes Windows-1252 curly quotes instead of producing mojibake', () => {
    const decoded = decodeBytes(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x6f, 0x6b]));
    assert.ok(decoded.ok);
    assert.equal(decoded.text, '“Hi” – ok');
  });

  it('decodes UTF-16 with a BOM', () => {
    const body = Buffer.from('Kyiv talks', 'utf16le');
    const decoded = decodeBytes(new Uint8Array([0xff, 0xfe, ...body]));
    assert.ok(decoded.ok);
    assert.equal(decoded.text, 'Kyiv talks');
  });
});

describe('splitFrontMatter', () => {
  it('leaves text without front matter untouched', () => {
    assert.deepEqual(splitFrontMatter('Plain\ntext'), {
      ok: true,
      frontMatter: {},
      body: 'Plain\ntext',
      diagnostics: [],
    });
  });
});
