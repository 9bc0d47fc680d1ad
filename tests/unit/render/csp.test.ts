import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../../src/render/index.ts';

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content-Security-Policy', () => {
  it('allows scripts only from the site itself, plus WebAssembly, and no inline code or eval', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    assert.deepEqual(policy.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('base-uri'), ["'none'"]);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /'unsafe-inline'|'unsafe-eval'|\*|https?:|data:[^;]*script/);
  });
});
