import { test as base, expect } from '@playwright/test';
import { settings } from './site';

/**
 * A site path as the browser reaches it: under the base the site was built with (`/hb/` for a
 * fork's build), so the same tests run against the site at the root and under a sub-path.
 * Paths that already carry the base (read from a page's links) are left as they are.
 */
export function at(path: string): string {
  if (!path.startsWith('/') || settings.base === '/' || path.startsWith(settings.base)) return path;
  return settings.base + path.slice(1);
}

/**
 * Playwright's `test`, with `page.goto('/a/path/')` and `request.get('/a/path/')` going to that
 * path under the base.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = (url, options) => goto(at(url), options);
    await use(page);
  },
  request: async ({ request }, use) => {
    const get = request.get.bind(request);
    request.get = (url, options) => get(at(url), options);
    await use(request);
  },
});

export { expect };
