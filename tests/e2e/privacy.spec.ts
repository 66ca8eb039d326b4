import { test, expect } from './fixtures';
import { search } from './search-helpers';
import { watchRequests } from './requests';

// Every built page is loaded and watched for foreign requests in every-page.spec.ts.

test('searching makes no request to another origin', async ({ page, baseURL }) => {
  const requests = watchRequests(page, new URL(baseURL!).origin);
  await page.goto('/');
  const dialog = await search(page, 'error budget');
  // The results list links to pages found in the index fragments just fetched.
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /^\//);
  expect(requests.foreign).toEqual([]);
  // The search really ran: it fetched its index from the site itself.
  expect(requests.all.some((url) => url.includes('/pagefind/'))).toBe(true);
});
