import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, handbook } from '../e2e/site';
import { DIST } from '../paths';

/**
 * starlight-links-validator checks the links written in content files. This checks the built
 * site as a whole: every internal link on every page — generated ladder pages included — leads
 * to a file the build produced; and the build made exactly the pages the model knows.
 */

/** The file in dist/ that serves a site path, or undefined. */
function servedFile(path: string): string | undefined {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

const pages = existsSync(DIST) ? builtPages() : [];

test('the site has been built', () => {
  expect(pages.length, 'run `npm run build` first').toBeGreaterThan(0);
});

test.skipIf(pages.length === 0)('the build made every address the model lists, and no other page', () => {
  // Starlight writes the 404 page as /404.html; the model knows it as the page /404/.
  const routes = [...handbook.routes].map((r) => (r === '/404/' ? '/404.html' : r));
  for (const route of routes) expect(servedFile(route), route).toBeDefined();
  const modelPages = routes.filter((r) => r.endsWith('/') || r.endsWith('.html'));
  expect([...pages].sort()).toEqual(modelPages.sort());
});

describe('every internal link in the built site resolves', () => {
  test.skipIf(pages.length === 0).each(pages.map((p) => [p]))('links on %s', (page) => {
    const html = readFileSync(servedFile(page)!, 'utf8');
    const hrefs = [...html.matchAll(/\shref="(\/[^"]*)"/g)]
      .map((m) => m[1]!)
      .filter((href) => !href.startsWith('//'));
    const broken = [...new Set(hrefs)].filter((href) => !servedFile(href));
    expect(broken).toEqual([]);
  });
});
