import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SECTIONS } from '../../src/schemas/sections';
import { countPages } from '../../src/config/count-pages';

const CONTENT_DOCS = join(import.meta.dirname, '..', '..', 'content', 'docs');
/** The sections that have pages, which are the ones the sidebar must show, in order. */
const sectionsWithPages = SECTIONS.filter(
  (s) => existsSync(join(CONTENT_DOCS, s.id)) && countPages(join(CONTENT_DOCS, s.id)) > 0,
);

test('the sidebar shows every section that has pages, in the handbook’s order', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  const labels = await sidebar.locator('details > summary .group-label').allTextContents();
  expect(labels.map((l) => l.trim())).toEqual(sectionsWithPages.map((s) => s.label));
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
