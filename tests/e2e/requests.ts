import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records every request a page (or every page of a context) makes: `all` of them, and the
 * `foreign` ones, to any origin but the site's. data: and blob: URLs never leave the browser.
 */
export function watchRequests(
  target: Page | BrowserContext,
  origin: string,
): { all: string[]; foreign: string[] } {
  const seen = { all: [] as string[], foreign: [] as string[] };
  target.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    seen.all.push(url);
    if (new URL(url).origin !== origin) seen.foreign.push(url);
  });
  return seen;
}
