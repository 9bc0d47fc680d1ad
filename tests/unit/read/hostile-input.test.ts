import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isRejection, MAX_ARTICLE_BYTES, readArticle } from '../../../src/read/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function read(file: string, bytes: Uint8Array) {
  const raw = readArticle(file, bytes);
  assert.ok(!isRejection(raw), `rejected: ${isRejection(raw) ? raw.reason : ''}`);
  return raw;
}

describe('reading hostile and unusual files', () => {
  it('reads UTF-8 with a BOM without the BOM in the text', () => {
    const raw = read('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Headline\n\nBody.')]));
    assert.equal(raw.body, 'Headline\n\nBody.');
    assert.deepEqual(raw.diagnostics, []);
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    const le = Buffer.from('Київ talks\r\n\r\nBody.', 'utf16le');
    const be = Buffer.from(le).swap16();
    assert.equal(read('le.txt', new Uint8Array([0xff, 0xfe, ...le])).body, 'Київ talks\n\nBody.');
    assert.equal(read('be.txt', new Uint8Array([0xfe, 0xff, ...be])).body, 'Київ talks\n\nBody.');
  });

  it('reads Windows-1252 curly quotes and dashes as such, with a warning', () => {
    const raw = read(
      'cp.txt',
      new Uint8Array([...utf8('Talks\n\n'), 0x93, ...utf8('Peace'), 0x94, ...utf8(' '), 0x96, ...utf8(' caf'), 0xe9]),
    );
    assert.equal(raw.body, 'Talks\n\n“Peace” – café');
    assert.deepEqual(
      raw.diagnostics.map((d) => d.code),
      ['encoding-fallback'],
    );
  });

  it('keeps the good characters of damaged UTF-8 and marks the broken bytes, with a warning', () => {
    const raw = read(
      'bad.txt',
      new Uint8Array([...utf8('Київ and Пекін talks\n\nCafé '), 0xff, 0xc3, ...utf8(' end.')]),
    );
    assert.equal(raw.body, 'Київ and Пекін talks\n\nCafé �� end.');
    assert.deepEqual(
      raw.diagnostics.map((d) => d.code),
      ['encoding-damaged'],
    );
  });

  it('normalises CRLF and lone CR line ends', () => {
    assert.equal(read('crlf.txt', utf8('Headline\r\n\r\nOne.\r\nTwo.')).body, 'Headline\n\nOne.\nTwo.');
    assert.equal(read('cr.txt', utf8('Headline\r\rOne.\rTwo.')).body, 'Headline\n\nOne.\nTwo.');
  });

  it('rejects binary files named .txt or .md, whatever their first bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const noisy = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256 || 1);
    for (const [file, bytes] of [
      ['image.md', png],
      ['noise.txt', noisy],
    ] as const) {
      const raw = readArticle(file, bytes);
      assert.ok(isRejection(raw), file);
      assert.equal(raw.code, 'binary', file);
    }
  });

  it('rejects a file larger than an article may be, without decoding it', () => {
    const raw = readArticle('huge.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    assert.ok(isRejection(raw));
    assert.equal(raw.code, 'too-large');
  });

  it('rejects invalid YAML front matter and keeps fields of the wrong type out, with warnings', () => {
    const broken = readArticle('x.md', utf8('---\ntitle: [unclosed\n---\nBody.'));
    assert.ok(isRejection(broken));
    assert.equal(broken.code, 'front-matter');
    const wrong = read('y.md', utf8('---\ntitle: 42\nauthor: [a, b]\ndate: someday\ncountries: 5\n---\nBody.'));
    assert.equal(wrong.frontMatter.title, '42');
    assert.equal(wrong.frontMatter.author, undefined);
    assert.deepEqual(wrong.diagnostics.map((d) => d.code).sort(), [
      'front-matter-date',
      'front-matter-type',
      'front-matter-type',
    ]);
  });

  it('never runs code from front matter: no JavaScript front matter, no YAML tags for functions', () => {
    const marker = globalThis as { frontMatterRan?: boolean };
    for (const text of [
      '---js\n{ title: (globalThis.frontMatterRan = true, "x") }\n---\nBody.',
      '---javascript\nglobalThis.frontMatterRan = true\n---\nBody.',
    ]) {
      const raw = read('js.md', utf8(text));
      assert.equal(raw.frontMatter.title, undefined);
    }
    const tagged = readArticle(
      'tag.md',
      utf8('---\ntitle: !!js/function "function () { globalThis.frontMatterRan = true }"\n---\nBody.'),
    );
    assert.ok(isRejection(tagged));
    assert.equal(marker.frontMatterRan, undefined);
  });

  it('never throws: any bytes give an article with normalised text or a rejection with a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.string({ unit: 'binary', maxLength: 2000 }).map(utf8),
          fc.tuple(fc.string(), fc.string()).map(([head, body]) => utf8(`---\n${head}\n---\n${body}`)),
        ),
        (bytes) => {
          const raw = readArticle('any.md', bytes);
          if (isRejection(raw)) {
            assert.ok(raw.reason.length > 0);
          } else {
            assert.doesNotMatch(raw.body, /\r|^\uFEFF/);
            assert.ok(raw.body.trim().length > 0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
