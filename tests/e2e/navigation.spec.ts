import type { Page } from '@playwright/test';
import { test, expect, at } from './fixtures';
import { buildSidebar, generatedLinks } from '../../src/lib/handbook/sidebar';
import { sidebarPages } from '../../src/lib/handbook/model';
import { SECTIONS } from '../../src/schemas/sections';
import { ladderPaths } from '../../src/lib/handbook/routes';
import { handbook } from './site';

/** The sections the sidebar must show: those with pages or generated links, in order. */
const groups = buildSidebar(handbook).map((g) => g.label);
const shown = SECTIONS.filter((s) => groups.includes(s.label));

/** The top-level entries of the sidebar: an open group's label, or a closed section's link text. */
const topLevel = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .locator('ul.top-level > li')
    .evaluateAll((items) =>
      items.map((li) =>
        (li.querySelector(':scope > details .group-label, :scope > a')?.textContent ?? '').trim(),
      ),
    );

test('the sidebar shows every section that has pages, in the handbook’s order, its own open', async ({
  page,
}) => {
  await page.goto('/incidents/on-call/');
  expect(await topLevel(page)).toEqual(groups);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  // The page's own section is open; every other section is one link, so pages stay small.
  await expect(sidebar.locator('details')).toHaveCount(1);
  await expect(sidebar.locator('details .group-label')).toHaveText('Incidents & on-call');
  await expect(sidebar.getByRole('link', { name: 'Promotions', exact: true })).toHaveAttribute(
    'href',
    at(sidebarPages(handbook, 'promotions')[0]!.route),
  );
});

test('each section, opened from its link, lists its pages in the model’s reading order, then its generated pages', async ({
  page,
}) => {
  const extra = generatedLinks(handbook);
  for (const section of shown) {
    const expected = [
      ...sidebarPages(handbook, section.id).map((p) => p.route),
      ...(extra[section.id] ?? []).map((l) => l.link),
    ].map(at);
    await page.goto(expected[0]!);
    const group = page.getByRole('navigation', { name: 'Main' }).locator('details');
    await expect(group.locator('.group-label')).toHaveText(section.label);
    const hrefs = await group.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs, section.label).toEqual(expected);
  }
});

test('a reader can open a section in the sidebar and go to one of its pages', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await sidebar.getByRole('link', { name: 'Incidents & on-call', exact: true }).click();
  await expect(sidebar.locator('details .group-label')).toHaveText('Incidents & on-call');
  await sidebar.getByRole('link', { name: 'SLOs and error budgets' }).click();
  await expect(page).toHaveURL(/\/incidents\/slos-and-error-budgets\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SLOs and error budgets');
  // The current page is marked for assistive technology.
  await expect(sidebar.getByRole('link', { name: 'SLOs and error budgets' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the next-page link walks on through the handbook', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  await page.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/start\/fork-and-self-host\/$/);
});

test('every page ends with who it is for, its section and its review date', async ({ page }) => {
  await page.goto('/incidents/slos-and-error-budgets/');
  const facts = page.locator('.page-facts');
  await expect(facts.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(facts).toContainText('Incidents & on-call');
  // Last reviewed, and when the next review is due.
  await expect(facts.locator('time')).toHaveCount(2);
  for (const time of await facts.locator('time').all())
    await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(facts).toContainText('Next review');
});

test('an unknown address shows the handbook’s own 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("That page isn't here");
  // Review dates and audiences belong to pages with content; a missing page has none.
  await expect(page.getByText('Last reviewed')).toHaveCount(0);
});

test('an address without its closing slash is sent to the page’s one address, headers and all', async ({
  request,
}) => {
  // Through the nginx block the build wrote: one address per page, whatever the base.
  const response = await request.get('/incidents/on-call?from=chat', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe(at('/incidents/on-call/?from=chat'));
  expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
  // A file is served as it is, and an address that is no page is still the 404 page.
  expect((await request.get('/ladders/ic-engineering.json', { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get('/no/such/page', { maxRedirects: 0 })).status()).toBe(404);
});

test('a generated page the sidebar does not list opens its own section there', async ({ page }) => {
  const ladder = handbook.ladders[0]!;
  const level = ladder.levels[1]!;
  await page.goto(ladderPaths.level(ladder.id, level.id));
  const open = page.getByRole('navigation', { name: 'Main' }).locator('details[open] > summary');
  await expect(open).toHaveCount(1);
  await expect(open).toContainText(SECTIONS.find((s) => s.id === 'levels')!.label);
});

test('a section’s own address lists its pages in reading order, then what the sidebar adds there (the ladders), and a section with an index page keeps it', async ({
  page,
}) => {
  for (const section of shown) {
    const pages = sidebarPages(handbook, section.id);
    if (pages.length === 0) continue;
    const response = await page.goto(`/${section.id}/`);
    expect(response?.status(), section.id).toBe(200);
    const written = handbook.pages.find((p) => p.route === `/${section.id}/`);
    if (written) {
      // templates/, assessments/: the hand-written index is the section's page.
      await expect(page.locator('h1')).toHaveText(written.title);
      continue;
    }
    await expect(page.locator('h1')).toHaveText(section.label);
    const links = await page
      .locator('ol.section-contents > li > a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const generated = generatedLinks(handbook)[section.id] ?? [];
    expect(links).toEqual([...pages.map((p) => at(p.route)), ...generated.map((l) => at(l.link))]);
    if (section.id === 'levels') expect(generated.length).toBeGreaterThan(0);
  }
});

test('a readiness check’s “On this page” lists the check and its result', async ({ page }) => {
  const derived = handbook.derived[0];
  test.skip(!derived, 'this build has no derived checks');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(derived!.route);
  const toc = page.locator('starlight-toc nav');
  await expect(toc.getByRole('link', { name: 'Rate yourself' })).toHaveAttribute('href', '#rate-yourself');
  const result = toc.getByRole('link', { name: 'Your result' });
  await expect(result).toHaveAttribute('href', `#as-${derived!.assessment.id}--result`);
  // The link leads to a heading that is there.
  await expect(page.locator(`[id="as-${derived!.assessment.id}--result"]`)).toHaveCount(1);
});

test('a generated ladder page marks its ladder in the sidebar as where the reader is, not as this page', async ({
  page,
}) => {
  const ladder = handbook.ladders[0]!;
  const level = ladder.levels[1]!;
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  for (const path of [
    ladderPaths.level(ladder.id, level.id),
    ladderPaths.next(ladder.id, ladder.levels[0]!.id, level.id),
  ]) {
    await page.goto(path);
    const marked = sidebar.locator('[aria-current]');
    await expect(marked, path).toHaveCount(1);
    await expect(marked).toHaveAttribute('aria-current', 'true');
    await expect(marked).toHaveAttribute('href', at(ladderPaths.ladder(ladder.id)));
    await expect(marked).toHaveCSS('font-weight', '600');
  }
  // The ladder's own page is the current page, as before.
  await page.goto(ladderPaths.ladder(ladder.id));
  await expect(sidebar.locator('[aria-current]')).toHaveAttribute('aria-current', 'page');
});
