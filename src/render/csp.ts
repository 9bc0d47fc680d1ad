/** Render stage: the Content-Security-Policy every page carries. */

/**
 * Only the site's own scripts and styles run, plus Pagefind's WebAssembly ('wasm-unsafe-eval' allows compiling
 * WebAssembly, not `eval` of text). No inline script, no inline event handler, no plugin, no other origin.
 * `frame-ancestors` and reporting are left out: browsers ignore them in a `<meta>` policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // Pagefind's UI stylesheet draws its filter check marks as data: SVG images.
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
