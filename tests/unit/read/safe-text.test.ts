import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isRejection, readArticle } from '../../../src/read/index.ts';
import { noRepairs, sanitizeText } from '../../../src/read/sanitize.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** What XML 1.0 allows in a document (tab, line feed, carriage return and the characters from space up). */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function read(file: string, bytes: Uint8Array) {
  const raw = readArticle(file, bytes);
  assert.ok(!isRejection(raw), `rejected: ${isRejection(raw) ? raw.reason : ''}`);
  return raw;
}

const warningOf = (raw: ReturnType<typeof read>) => raw.diagnostics.find((d) => d.code === 'text-repaired')?.message;

describe('text made safe at the door', () => {
  it('replaces lone surrogates in YAML escapes and in UTF-16 text by U+FFFD, and says so', () => {
    const yaml = read('a.md', utf8('---\ntitle: "Talks \\uDFFF end"\nauthor: "\\uD800"\n---\nBody text.'));
    assert.equal(yaml.frontMatter.title, 'Talks \uFFFD end');
    assert.equal(yaml.frontMatter.author, '\uFFFD');
    assert.match(warningOf(yaml) ?? '', /2 unpaired UTF-16 surrogate/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Title\n\nBody ', 'utf16le'), 0x00, 0xd8]);
    assert.equal(read('b.txt', utf16).body, 'Title\n\nBody \uFFFD');
  });

  it('removes control characters (an ANSI escape, \\x01 in YAML) but keeps tabs and line breaks', () => {
    const ansi = read('c.txt', utf8(`Title \x1b[31mred\x1b[0m of a longer headline\n\n${'Body\ttext. '.repeat(8)}`));
    assert.equal(ansi.body.split('\n')[0], 'Title [31mred[0m of a longer headline');
    assert.ok(ansi.body.includes('Body\ttext.'));
    assert.match(warningOf(ansi) ?? '', /2 control character/);
    assert.equal(read('d.md', utf8('---\ntitle: "a\\x01b\\x9fc"\n---\nBody.')).frontMatter.title, 'abc');
  });

  it('removes a few NUL characters from a text instead of rejecting it; a file full of them is still binary', () => {
    const raw = read('e.txt', utf8(`Title\n\n${'Some text. '.repeat(20)}\0 and more.`));
    assert.ok(!raw.body.includes('\0'));
    assert.match(warningOf(raw) ?? '', /1 NUL/);
    const binary = readArticle(
      'f.txt',
      new Uint8Array(400).map((_, i) => (i % 3 ? 65 : 0)),
    );
    assert.ok(isRejection(binary) && binary.code === 'binary');
  });

  it('leaves only characters XML 1.0 allows, in the body and in every front-matter value', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (body, value) => {
          // JSON's escapes are YAML's: a lone surrogate or a control character reaches the parser as \uXXXX.
          const yaml = JSON.stringify(value);
          const raw = readArticle('g.md', utf8(`---\ntitle: ${yaml}\nsource: ${yaml}\n---\nBody ${body}`));
          if (isRejection(raw)) return;
          for (const text of [raw.body, raw.frontMatter.title ?? '', raw.frontMatter.source ?? ''])
            assert.match(text, XML_CHARS);
        },
      ),
      { numRuns: 300 },
    );
    assert.equal(sanitizeText('a\uFFFEb\uD83D\uDE00c', noRepairs()), 'a\uFFFDb\uD83D\uDE00c');
  });
});

describe('front-matter values checked, not trusted', () => {
  const dateWarning = (text: string) => {
    const raw = read('h.md', utf8(`---\n${text}\n---\nBody.`));
    assert.equal(raw.frontMatter.date, undefined, text);
    return raw.diagnostics.find((d) => d.code === 'front-matter-date')?.message ?? '';
  };

  it('ignores, with a warning saying why, dates before the year 1000 or after next year, and values of other types', () => {
    for (const text of ['date: +012345-06-01', 'date: -000001-06-01', 'date: 0001-01-01', 'date: 9999-12-31'])
      assert.match(dateWarning(text), /is not a real date between the years 1000 and \d{4}; ignored/, text);
    assert.match(dateWarning('date: {toString: 1}'), /\(a set of fields\)/);
    assert.match(dateWarning('date: [1, 2]'), /\(a list\)/);
    assert.match(dateWarning('date: 2024-02-30'), /"2024-02-30"/);
    assert.deepEqual(read('i.md', utf8('---\ndate: 1000-01-01\n---\nBody.')).frontMatter.date, {
      iso: '1000-01-01',
      precision: 'day',
    });
  });

  it('quotes at most the first 40 characters of a value in a warning', () => {
    const message = dateWarning(`date: "${'9'.repeat(100_000)}"`);
    assert.ok(message.length < 200, message);
  });

  it('refuses a YAML alias bomb as front matter that is not valid, in milliseconds rather than gigabytes', () => {
    const levels = 'abcdefghi'.split('');
    const lines = levels.map((name, i) =>
      i === 0
        ? `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
        : `${name}: &${name} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(',')}]`,
    );
    const raw = readArticle('bomb.md', utf8(`---\n${lines.join('\n')}\ndate: *i\ntitle: *i\n---\nBody.`));
    assert.ok(isRejection(raw));
    assert.equal(raw.code, 'front-matter');
    assert.match(raw.reason, /alias/i);
  });
});
