import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './built-pages';
import { search } from './search-helpers';

/** Records every request the page makes that is not to the site's own origin. */
function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    // data: and blob: URLs never leave the browser.
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

test.describe('no page makes a request to another origin', () => {
  for (const path of builtPages()) {
    test(`on ${path}`, async ({ page, baseURL }) => {
      const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
    });
  }
});

test('searching makes no request to another origin', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
  const local: string[] = [];
  page.on('request', (r) => local.push(r.url()));
  await page.goto('/');
  await search(page, 'error budget');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  // The search really ran: it fetched its index from the site itself.
  expect(local.some((url) => url.includes('/pagefind/'))).toBe(true);
});
