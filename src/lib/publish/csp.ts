/**
 * The Content Security Policy every page carries in a `<meta>` element: scripts, styles and
 * everything else from the site itself only. The build inlines no script and no style, so the policy
 * needs no hashes. `public/_headers` and the README's nginx block send the same policy as a header,
 * plus `frame-ancestors 'none'`, which a `<meta>` policy cannot carry; the tests hold the two together.
 * 'wasm-unsafe-eval' lets search compile Pagefind's WebAssembly; it allows no `eval` of JavaScript.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy in `astro dev` only, where Vite and Astro's dev toolbar put styles and a script inline: the
 * published policy would refuse them. The built site never carries it.
 */
export const devContentSecurityPolicy = contentSecurityPolicy
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
