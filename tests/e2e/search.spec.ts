import type { Page } from '@playwright/test';
import { test, expect, at } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { search } from './search-helpers';
import { SEARCH_RANKING } from '../../src/lib/search/ranking';
import { AUDIENCES } from '../../src/schemas/audience';
import { CONTENT } from '../paths';
import { handbook, settings } from './site';
import { sectionIsOn } from '../../src/lib/handbook/options';
import { turnedOff } from '../../src/lib/handbook/model';

test('search finds a page by a word that appears only in its body', async ({ page }) => {
  // "underscore" appears in the fork guide's body (the drafts tip), not in any title.
  const body = readFileSync(join(CONTENT, 'docs/start/fork-and-self-host.mdx'), 'utf8');
  expect(body).toContain('underscore');
  await page.goto('/');
  const dialog = await search(page, 'underscore');
  const first = dialog.locator('.pagefind-ui__result').first();
  await expect(first.getByRole('link').first()).toHaveText('Fork it and self-host it');
  await first.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/start\/fork-and-self-host\//);
});

/** Pagefind's browser API, served with the built site. */
const PAGEFIND_URL = at('/pagefind/pagefind.js');

/** The addresses of the first `n` results Pagefind gives for `query`, asked in the page as the search box does (with its ranking). */
const topResults = (page: Page, query: string, n: number): Promise<string[]> =>
  page.evaluate(
    async ([url, q, count, ranking]) => {
      const pagefind = await import(url);
      await pagefind.options({ ranking });
      await pagefind.init();
      const found = await pagefind.search(q);
      return Promise.all(
        found.results
          .slice(0, count)
          .map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url),
      );
    },
    [PAGEFIND_URL, query, n, SEARCH_RANKING] as const,
  );

test('the search index carries audience and section filters for every page', async ({ page }) => {
  await page.goto('/');
  const filters = await page.evaluate(async (PAGEFIND_URL) => {
    const pagefind = await import(PAGEFIND_URL);
    await pagefind.init();
    return (await pagefind.filters()) as Record<string, Record<string, number>>;
  }, PAGEFIND_URL);
  expect(Object.keys(filters.audience ?? {}).sort()).toEqual(AUDIENCES.map((a) => a.label).sort());
  expect(filters.section?.['Incidents & on-call']).toBeGreaterThan(0);
  // Every indexed page names a section: the section counts add up to the number of pages.
  const indexed = await page.evaluate(async (PAGEFIND_URL) => {
    const pagefind = await import(PAGEFIND_URL);
    const all = await pagefind.search(null, { filters: {} });
    return all.results.length as number;
  }, PAGEFIND_URL);
  const sectionTotal = Object.values(filters.section ?? {}).reduce((a, b) => a + b, 0);
  expect(sectionTotal).toBe(indexed);
});

test('search results can be narrowed to one audience', async ({ page }) => {
  await page.goto('/');
  const dialog = await search(page, 'manager');
  // Pagefind shows the first few results and says how many there are: "N results for manager".
  const count = async () =>
    Number(/(\d+) results?/.exec((await dialog.locator('.pagefind-ui__message').textContent()) ?? '')?.[1]);
  await expect.poll(count).toBeGreaterThan(0);
  const before = await count();
  await dialog.getByText('audience', { exact: false }).first().click();
  await dialog.getByRole('checkbox', { name: /Teams/ }).check();
  await expect.poll(count).toBeLessThan(before);
});

/** One word each newer page has and no other page has (an invented name from its worked example). */
const PAGE_WORDS: [route: string, word: string][] = [
  ['/management/performance-problems-and-pips/', 'Acas'],
  ['/management/feedback/', 'Hogan'],
  ['/management/hiring-and-onboarding/', 'Sibony'],
  ['/management/planning/', 'Keel'],
  ['/management/managing-managers/', 'Mireille'],
  ['/incidents/security-incidents/', 'codename'],
  ['/incidents/alerting-principles/', 'promtool'],
  ['/incidents/call-etiquette/', 'Bravo'],
  ['/management/first-year-as-a-manager/', 'Voltron'],
  ['/management/team-without-a-pm/', 'Lantern'],
  ['/management/distributed-teams/', 'Kraków'],
  ['/management/ai-assisted-engineering/', 'METR'],
  ['/management/leading-not-orchestrating/', 'Ayodele'],
  ['/management/metrics/', 'Strathern'],
  ['/management/operating-system/', 'Rosa'],
  ['/levels/junior-to-mid/', 'Pebblewick'],
  ['/levels/mid-to-senior/', 'Brightsill'],
  ['/levels/senior-to-staff/', 'Copperwick'],
  ['/levels/principal/', 'Lumenhall'],
  ['/levels/depth-and-breadth/', 'Skerrylane'],
  ['/tech-leadership/technical-strategy/', 'Ferrowick'],
  ['/tech-leadership/decisions-under-uncertainty/', 'Lanternfield'],
  ['/tech-leadership/prioritization-and-tech-debt/', 'Quaymark'],
  ['/tech-leadership/right-sizing-architecture/', 'Marrowgate'],
  ['/tech-leadership/working-across-teams/', 'Tidewell'],
  ['/tech-leadership/code-review/', 'Kestrelbank'],
  ['/tech-leadership/staff-projects/', 'Brambleway'],
  ['/decisions/evaluating-companies/', 'Quillmark'],
  ['/decisions/offers-and-negotiation/', 'Kitewire'],
  ['/decisions/career-strategy/', 'Dagny'],
  ['/decisions/reputation-and-portfolio/', 'Achterberg'],
  ['/decisions/remote-career/', 'Oyelaran'],
  ['/decisions/engineer-to-pm/', 'Brindlewood'],
  ['/decisions/back-to-ic/', 'Kestrelmoor'],
  ['/promotions/check-ins/', 'Harrowfield'],
];

test('search finds each new page by a word from its body', async ({ page }) => {
  // A fork may turn a section or a page off; those pages are then rightly not there.
  const off = new Set(handbook.excluded.filter(turnedOff).map((e) => e.route));
  const words = PAGE_WORDS.filter(([route]) => !off.has(route));
  const pages = handbook.pages.filter((p) => words.some(([route]) => route === p.route));
  expect(pages.map((p) => p.route).sort()).toEqual(words.map(([route]) => route).sort());
  await page.goto('/');
  for (const [route, word] of words) {
    expect(pages.find((p) => p.route === route)!.text, `${word} in ${route}`).toContain(word);
    const urls = await topResults(page, word, 5);
    expect(urls, `search for "${word}"`).toContain(at(route));
  }
});

test('searching “30/60/90” or “30-60-90” puts the first-90-days playbooks first', async ({ page }) => {
  // What people call these plans; the titles say "Your first 90 days".
  const playbooks = sectionIsOn(settings.config, 'playbooks')
    ? handbook.pages
        .filter((p) => p.route.startsWith('/playbooks/') && /first 90 days/i.test(p.title))
        .map((p) => at(p.route))
    : [];
  test.skip(playbooks.length === 0, 'this build has no playbooks');
  await page.goto('/');
  for (const term of ['30/60/90', '30-60-90']) {
    const urls = await topResults(page, term, playbooks.length);
    expect(urls.sort(), term).toEqual([...playbooks].sort());
  }
});

test('the list of every template stays out of the top results for a page it only lists', async ({ page }) => {
  const index = handbook.pages.find((p) => p.route === '/templates/');
  test.skip(!index, 'this build has no template index');
  await page.goto('/');
  // Each query names one page's subject; the index names it too, in its list of every template,
  // and used to push the pages that say more about it out of the first five.
  for (const [query, route] of [
    ['brag document', '/promotions/brag-document/'],
    ['PIP', '/management/performance-problems-and-pips/'],
    ['career conversation', '/promotions/career-conversation/'],
    ['self-review', '/promotions/self-review/'],
  ] as const) {
    if (!handbook.pages.some((p) => p.route === route)) continue;
    const urls = await topResults(page, query, 5);
    const top = urls.map((u) => u.split('#')[0]);
    expect(top[0], query).toBe(at(route));
    expect(top, query).not.toContain(at('/templates/'));
  }
});

test('the search box ranks results as these tests ask Pagefind to, and never shows a page’s search terms', async ({
  page,
  context,
}) => {
  // "app down": Pagefind's own defaults put pages full of "approve" first; the site's ranking,
  // the page that lists "app down" among its search terms. Asked on a page of its own, so the
  // test's ranking cannot become the box's (a module is shared within a page).
  const api = await context.newPage();
  await api.goto('/');
  const [expected] = await topResults(api, 'app down', 1);
  await api.close();
  await page.goto('/');
  const dialog = await search(page, 'app down');
  const first = dialog.locator('.pagefind-ui__result').first();
  const href = await first.getByRole('link').first().getAttribute('href');
  expect(new URL(href!, page.url()).pathname).toBe(expected!.split('#')[0]);
  // The terms rank the page as metadata; Pagefind's results would show them as a tag.
  await expect(first.locator('[data-pagefind-ui-meta="terms"]')).toHaveCount(1);
  await expect(dialog.getByText(/app is down/).filter({ visible: true })).toHaveCount(0);
  await expect(dialog.locator('.pagefind-ui__result-tags:visible')).toHaveCount(0);
});

test('a page is in the first three results for the words readers search with that it does not use (its searchTerms)', async ({
  page,
}) => {
  // As the pages write them: `searchTerms: [quit, resign]` in the frontmatter.
  const tagged = handbook.pages.flatMap((p) => {
    const list = /^searchTerms: \[(.*)\]$/m.exec(p.text ?? '')?.[1];
    return list ? [{ route: p.route, terms: list.split(',').map((t) => t.trim()) }] : [];
  });
  expect(tagged.length).toBeGreaterThan(3);
  await page.goto('/');
  const missed: string[] = [];
  for (const p of tagged)
    for (const term of p.terms) {
      const top = (await topResults(page, term, 3)).map((u) => u.split('#')[0]);
      if (!top.includes(at(p.route))) missed.push(`"${term}" → ${top.join(', ')} (want ${p.route})`);
    }
  expect(missed).toEqual([]);
});
