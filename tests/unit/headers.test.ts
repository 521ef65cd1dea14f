import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/build';
import { nginxHeaders, parseCsp, parseHeadersFile } from '../support/headers';
import { readmeServerBlock } from '../support/nginx';

const rules = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8'));
const headers = rules.get('/*') ?? new Map<string, string>();
const csp = parseCsp(headers.get('content-security-policy') ?? '');

describe('public/_headers', () => {
  it('sets its headers on every path', () => {
    expect([...rules.keys()]).toEqual(['/*']);
  });

  it('asks for HTTPS for a year or more', () => {
    const maxAge = /(?:^|;)\s*max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '')?.[1];
    expect(Number(maxAge)).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  });

  it.each([
    ['x-content-type-options', /^nosniff$/],
    ['referrer-policy', /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/],
    ['x-frame-options', /^DENY$/],
  ])('sets %s strictly', (name, value) => {
    expect(headers.get(name)).toMatch(value);
  });

  it('turns off the powerful browser features the site never uses', () => {
    const features = (headers.get('permissions-policy') ?? '').split(/,\s*/).map((entry) => entry.split('='));
    expect(features.filter(([, allow]) => allow !== '()')).toEqual([]);
    expect(features.map(([name]) => name)).toEqual(expect.arrayContaining(['camera', 'geolocation', 'microphone', 'payment', 'usb']));
  });

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ])('has a CSP whose %s is %j', (directive, sources) => {
    expect(csp.get(directive)).toEqual(sources);
  });

  it('has a CSP that allows nothing unsafe and nothing from another site', () => {
    // The one exception: search compiles Pagefind's WebAssembly, which evaluates no JavaScript.
    const allowed = (directive: string, source: string) =>
      ["'self'", "'none'"].includes(source) || (directive === 'script-src' && source === "'wasm-unsafe-eval'");
    const loose = [...csp].flatMap(([directive, sources]) =>
      sources.filter((source) => !allowed(directive, source)).map((source) => `${directive} ${source}`),
    );
    expect(loose).toEqual([]);
  });
});

describe('the _headers parser', () => {
  it.each([
    ['a header before any path', 'X-Frame-Options: DENY\n'],
    ['a header that is not "Name: value"', '/*\n  X-Frame-Options DENY\n'],
  ])('rejects %s', (_, text) => {
    expect(() => parseHeadersFile(text)).toThrow(/line \d+/);
  });
});

describe('the README’s nginx server block', () => {
  it('sends exactly the headers of public/_headers, on every response', () => {
    expect(Object.fromEntries(nginxHeaders(readmeServerBlock()))).toEqual(Object.fromEntries(headers));
  });
});
