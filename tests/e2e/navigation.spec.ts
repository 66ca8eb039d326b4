import { test, expect } from '@playwright/test';
import { buildSidebar, generatedLinks } from '../../src/lib/handbook/sidebar';
import { sidebarPages } from '../../src/lib/handbook/model';
import { SECTIONS } from '../../src/schemas/sections';
import { handbook } from './site';

/** The sidebar groups the handbook must show: the sections with pages or generated links, in order. */
const groups = buildSidebar(handbook, 'content/docs').map((g) => g.label);

test('the sidebar shows every section that has pages, in the handbook’s order', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  const labels = await sidebar.locator('details > summary .group-label').allTextContents();
  expect(labels.map((l) => l.trim())).toEqual(groups);
  expect(groups).toEqual(SECTIONS.filter((s) => groups.includes(s.label)).map((s) => s.label));
});

test('each sidebar group lists its pages in the model’s reading order, then its generated pages', async ({
  page,
}) => {
  await page.goto('/start/how-to-use/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  const extra = generatedLinks(handbook);
  for (const section of SECTIONS.filter((s) => groups.includes(s.label))) {
    const group = sidebar.locator('details', {
      has: page.locator('.group-label', { hasText: section.label }),
    });
    const hrefs = await group.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs, section.label).toEqual([
      ...sidebarPages(handbook, section.id).map((p) => p.route),
      ...(extra[section.id] ?? []).map((l) => l.link),
    ]);
  }
});

test('a reader can open a section in the sidebar and go to one of its pages', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await sidebar.getByText('Incidents & on-call', { exact: true }).click();
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
  await expect(facts.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('an unknown address shows the handbook’s own 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("That page isn't here");
});
