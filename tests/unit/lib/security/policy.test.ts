import { describe, expect, test } from 'vitest';
import { inlineCode, policyHeader, policyMeta, withPolicyMeta } from '../../../../src/lib/security/policy';
import { securityHeaders } from '../../../../src/lib/security/headers';
import { headersFile, nginxServer } from '../../../../src/lib/security/host-files';

const input = {
  scriptHashes: ['sha256-b', 'sha256-a', 'sha256-a'],
  styleHashes: [],
  frameAncestors: ["'none'"],
};

describe('the Content-Security-Policy', () => {
  test('allows our origin, Pagefind’s WebAssembly and each inline script by hash; never unsafe-inline for scripts', () => {
    const policy = policyHeader(input);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self'; " +
        "style-src-attr 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'",
    );
    expect(/script-src[^;]*'unsafe-inline'/.test(policy)).toBe(false);
  });

  test('the meta tag leaves out frame-ancestors, which browsers ignore there', () => {
    expect(policyMeta(input)).not.toContain('frame-ancestors');
    expect(policyHeader({ ...input, frameAncestors: ["'self'", 'https://wiki.acme.example'] })).toContain(
      "frame-ancestors 'self' https://wiki.acme.example",
    );
  });

  test('finds the inline scripts a browser runs, not data blocks or external scripts', () => {
    const html =
      '<head><script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
      '<script type="application/json">{"c":1}</script><style>p{}</style></head>';
    expect(inlineCode(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{}'] });
  });

  test('puts the meta tag first in the head, before any script runs', () => {
    expect(withPolicyMeta('<html><head lang="en"><script>x</script></head>', "default-src 'self'")).toBe(
      `<html><head lang="en"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>x</script></head>`,
    );
  });
});

describe('the header files', () => {
  const headers = securityHeaders({ policy: "default-src 'self'", visibility: 'internal' });

  test('the internal edition also asks not to be indexed; the public one does not', () => {
    expect(headers.map(([n]) => n)).toContain('X-Robots-Tag');
    expect(securityHeaders({ policy: 'x', visibility: 'public' }).map(([n]) => n)).not.toContain(
      'X-Robots-Tag',
    );
  });

  test('nginx: every header on every response, a year for hashed assets, the base as a location', () => {
    const conf = nginxServer({ root: '/srv/hb/dist', listen: '8080', base: '/hb/', headers });
    // The two lines a deployer edits say so, in the build's block as in the shipped recipe.
    expect(conf).toMatch(/^\s+listen 8080; +# edit: /m);
    expect(conf).toMatch(/^\s+root \/srv\/hb\/dist; +# edit: /m);
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(conf).toContain('~^/hb/_astro/ "public, max-age=31536000, immutable";');
    expect(conf).toContain('location ^~ /hb/ {');
    expect(conf).toContain('error_page 404 /hb/404.html;');
    // The build's own files are refused by exact match, which wins over the base's prefix location.
    expect(conf).toContain('location = /hb/_nginx.conf {\n        return 404;');
    // Caching follows the address as requested, before the base is rewritten away.
    expect(conf).toContain('map $request_uri $handbook_cache_control {');
    expect(conf).toContain('absolute_redirect off;');
    // An address without its closing slash goes to the one with it, base included.
    expect(conf).toContain('try_files $uri ${uri}index.html @handbook_folder_hb;');
    expect(conf).toContain('location @handbook_folder_hb {');
    expect(conf).toContain('return 301 /hb$uri/$is_args$args;');
    // nginx drops inherited add_header lines in a location that sets its own: none does.
    const locations = conf.split(/\n\s+location /).slice(1);
    expect(locations.every((l) => !l.includes('add_header'))).toBe(true);
  });

  test('_headers under a base: headers for every path, a year for assets with and without the base', () => {
    expect(headersFile({ base: '/hb/', headers: [['X', 'y']] })).toBe(
      '/*\n  X: y\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n/hb/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
  });

  test('_headers: the headers for every path, Cache-Control only where it is not combined', () => {
    expect(headersFile({ base: '/', headers: [['Referrer-Policy', 'no-referrer']] })).toBe(
      '/*\n  Referrer-Policy: no-referrer\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
  });
});
