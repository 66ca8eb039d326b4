// @ts-check
// Lighthouse scores (mobile preset) for some pages of a served site.
import { accessSync, constants, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { track } from './cleanup.mjs';

/** The categories scored, in the order they are reported. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Chrome as Lighthouse starts it here (root needs --no-sandbox). */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

/**
 * @typedef {object} LighthouseResult
 * @property {string} route
 * @property {Record<string, number | null>} [scores] 0–100 per category
 * @property {Record<string, string[]>} [costs] per category, the weighted audits that cost points (`id (score)`)
 * @property {Record<string, number | undefined>} [metrics] FCP, LCP, TBT in ms and CLS, as simulated on a mid-range phone
 * @property {Record<string, string[]>} [why] per costing audit, what Lighthouse found (its first items)
 * @property {string[]} [hints] unweighted performance audits scoring below 0.9 (`id (score)`): no points, but worth a look
 * @property {string[]} [warnings] Lighthouse's run warnings
 * @property {string} [error] why there are no scores
 */

/**
 * Runs Lighthouse (its Node API, default config = mobile emulation with simulated throttling)
 * on each route, with a fresh Chrome per page, and never throws: a page Lighthouse cannot
 * measure gets an `error`. If Lighthouse itself cannot be loaded, every page gets that reason.
 * @param {object} options
 * @param {string} options.url the served site
 * @param {string[]} options.routes
 * @param {string} options.scratch a folder for Chrome's profile (removed afterwards)
 * @param {(line: string) => void} [options.log]
 * @param {number} [options.timeoutMs] per page
 * @returns {Promise<LighthouseResult[]>}
 */
export async function runLighthouse({ url, routes, scratch, log = () => {}, timeoutMs = 180_000 }) {
  const chromePath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  process.env.CHROME_PATH = chromePath;
  try {
    accessSync(chromePath, constants.X_OK);
  } catch {
    return routes.map((route) => ({ route, error: `no Chromium at ${chromePath} (set CHROME_PATH)` }));
  }
  let lighthouse;
  let launcher;
  try {
    lighthouse = (await import('lighthouse')).default;
    launcher = await import('chrome-launcher');
  } catch (error) {
    const reason = `Lighthouse did not load: ${/** @type {Error} */ (error).message.split('\n')[0]}`;
    return routes.map((route) => ({ route, error: reason }));
  }
  /** @type {LighthouseResult[]} */
  const results = [];
  for (const route of routes) {
    log(`lighthouse ${route}`);
    const userDataDir = join(scratch, `chrome-${results.length}`);
    mkdirSync(userDataDir, { recursive: true });
    /** @type {import('chrome-launcher').LaunchedChrome | undefined} */
    let chrome;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    try {
      chrome = await launcher.launch({
        chromePath,
        chromeFlags: CHROME_FLAGS,
        userDataDir,
        logLevel: 'silent',
      });
      // Ended with the run if it is interrupted (chrome-launcher's own Ctrl-C handler never runs).
      if (chrome.process) track(chrome.process);
      const port = chrome.port;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
      });
      const run = await Promise.race([
        lighthouse(new URL(route, url).href, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        }),
        timeout,
      ]);
      /** @type {any} Lighthouse's result (LH.Result), read loosely so a new field cannot break the run */
      const lhr = /** @type {any} */ (run)?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      /** @type {Record<string, number | null>} */
      const scores = {};
      /** @type {Record<string, string[]>} */
      const costs = {};
      /**
       * The audits of a category with a weight the test accepts, as `{ id, audit }`.
       * @param {string} category
       * @param {(weight: number) => boolean} test
       * @returns {{ id: string, audit: any }[]}
       */
      const audits = (category, test) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((/** @type {{ weight: number }} */ ref) => test(ref.weight))
          .map((/** @type {{ id: string }} */ ref) => ({ id: ref.id, audit: lhr.audits[ref.id] }));
      const scored = (/** @type {any} */ audit) => typeof audit?.score === 'number';
      const label = (/** @type {{ id: string, audit: any }} */ a) => `${a.id} (${a.audit.score.toFixed(2)})`;
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        scores[id] = category?.score == null ? null : Math.round(category.score * 100);
        costs[id] = audits(id, (w) => w > 0)
          .filter((a) => scored(a.audit) && a.audit.score < 1)
          .map(label);
      }
      /** @type {Record<string, string[]>} */
      const why = {};
      for (const id of CATEGORIES) {
        for (const { id: auditId, audit } of audits(id, (w) => w > 0)) {
          if (!scored(audit) || audit.score >= 1) continue;
          const details = audit.details;
          const items = details?.type === 'table' || details?.type === 'list' ? (details.items ?? []) : [];
          const found = items
            .slice(0, 3)
            .map((/** @type {any} */ item) =>
              String(item.description ?? item.node?.snippet ?? item.source?.url ?? item.url ?? '')
                .replace(/\s+/g, ' ')
                .slice(0, 200),
            )
            .filter(Boolean);
          if (found.length) why[auditId] = found;
        }
      }
      const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue;
      const metrics = {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      };
      const hints = audits('performance', (w) => w === 0)
        .filter((a) => scored(a.audit) && a.audit.score < 0.9 && a.audit.scoreDisplayMode !== 'informative')
        .map(label);
      results.push({ route, scores, costs, why, metrics, hints, warnings: lhr.runWarnings ?? [] });
    } catch (error) {
      results.push({ route, error: /** @type {Error} */ (error).message.split('\n')[0] });
    } finally {
      clearTimeout(timer);
      if (chrome) {
        try {
          chrome.kill();
        } catch {
          // already gone
        }
      }
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
  return results;
}
