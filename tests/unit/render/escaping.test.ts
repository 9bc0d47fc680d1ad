import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { html, jsonForScript, safeUrl } from '../../../src/render/index.ts';

describe('jsonForScript', () => {
  it('cannot close the script element or open a comment, whatever the data holds', () => {
    const value = { headline: '</script><script>alert(1)</script><!-- & \u2028' };
    const out = jsonForScript(value).toString();
    assert.doesNotMatch(out, /<|>|\u2028/);
    assert.deepEqual(JSON.parse(out), value);
  });

  it('round-trips any JSON value and never yields a character that can end the element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = jsonForScript(value).toString();
        assert.doesNotMatch(out, /[<>\u2028\u2029]/);
        assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('passes through the html template unescaped, as JSON', () => {
    const out = html`<script type="application/ld+json">${jsonForScript({ name: 'a "b"' })}</script>`.toString();
    assert.equal(out, '<script type="application/ld+json">{"name":"a \\"b\\""}</script>');
  });
});

describe('safeUrl', () => {
  it('turns script, data and other-site links into "#"', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '/\\evil.example/',
      '//evil.example/',
    ]) {
      assert.equal(safeUrl(url), '#', url);
    }
  });

  it('keeps http, https, mailto and site-relative links', () => {
    for (const url of [
      'http://example.org/a?b=1',
      'HTTPS://example.org/',
      'mailto:desk@example.org',
      '/articles/2024/06/x/',
    ]) {
      assert.equal(safeUrl(url), url.trim());
    }
  });
});
