import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html, safeUrl } from '../../../src/render/index.ts';

describe('html', () => {
  it('escapes interpolated text, in content and in attributes', () => {
    const title = '<script>alert(1)</script>" onmouseover="x';
    assert.equal(
      html`<a title="${title}">${title}</a>`.toString(),
      '<a title="&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x">&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x</a>',
    );
  });

  it('keeps nested fragments and arrays', () => {
    assert.equal(
      html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.toString(),
      '<ul><li>a</li><li>b</li></ul>',
    );
  });

  it('keeps only http, https, mailto and site-relative links', () => {
    assert.equal(safeUrl('javascript:alert(1)'), '#');
    assert.equal(safeUrl('//evil.example/x'), '#');
    assert.equal(safeUrl('https://example.org/'), 'https://example.org/');
    assert.equal(safeUrl('/topics/sanctions/'), '/topics/sanctions/');
  });
});
