import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from '../e2e/built-pages';

/**
 * starlight-links-validator checks the links written in content files. This checks the built
 * site as a whole: every internal link on every page — generated ladder pages included — leads
 * to a file the build produced.
 */

/** The file in dist/ that serves a site path, or undefined. */
function servedFile(path: string): string | undefined {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

describe('every internal link in the built site resolves', () => {
  const pages = existsSync(DIST) ? builtPages() : [];

  test('the site has been built', () => {
    expect(pages.length, 'run `npm run build` first').toBeGreaterThan(0);
  });

  test.skipIf(pages.length === 0).each(pages.map((p) => [p]))('links on %s', (page) => {
    const html = readFileSync(servedFile(page)!, 'utf8');
    const hrefs = [...html.matchAll(/\shref="(\/[^"]*)"/g)].map((m) => m[1]!).filter((href) => !href.startsWith('//'));
    const broken = [...new Set(hrefs)].filter((href) => !servedFile(href));
    expect(broken).toEqual([]);
  });
});
