// @ts-check
// How long search takes in a real browser: open the dialog, type a query, see the first result.

/** Chromium as the browser tests run it: Debian's build, everything that phones home off. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/**
 * @typedef {object} SearchTiming
 * @property {string} query
 * @property {number[]} runsMs time from the click on the search button to the first result, each run
 * @property {number} medianMs
 * @property {number} minMs
 * @property {number} maxMs
 */

/**
 * The median of some numbers.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * Times search on a served site in headless Chromium through Playwright. Each run opens the
 * home page in a fresh browser context (empty cache, as a first visit), waits for it to load,
 * then clicks the search button, types `query` key by key and waits for the first Pagefind
 * result to be visible. The time includes Pagefind loading its script, WebAssembly and index
 * chunks, and its UI's 300 ms debounce of typing: what a reader waits.
 * @param {string} url the site's address
 * @param {{ query?: string, runs?: number }} [options]
 * @returns {Promise<SearchTiming>}
 */
export async function timeSearch(url, { query = 'incident', runs = 5 } = {}) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch(CHROMIUM);
  try {
    const runsMs = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        await page.goto(url, { waitUntil: 'load' });
        const started = performance.now();
        await page.getByRole('button', { name: /^search/i }).click();
        const dialog = page.getByRole('dialog', { name: 'Search' });
        await dialog.getByRole('textbox').pressSequentially(query);
        await dialog.locator('.pagefind-ui__result').first().waitFor({ state: 'visible' });
        runsMs.push(performance.now() - started);
      } finally {
        await context.close();
      }
    }
    return {
      query,
      runsMs,
      medianMs: median(runsMs),
      minMs: Math.min(...runsMs),
      maxMs: Math.max(...runsMs),
    };
  } finally {
    await browser.close();
  }
}
