import { test, expect, at } from './fixtures';
import { SECTIONS } from '../../src/schemas/sections';
import { sidebarPages } from '../../src/lib/handbook/model';
import { handbook, settings } from './site';

test.describe('home page', () => {
  test('routes each of the three audiences to its own path', async ({ page }) => {
    await page.goto('/');
    // The handbook's own name and description, a fork's as much as upstream's.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(settings.config.name);
    await expect(page.locator('.hero .tagline')).toHaveText(settings.config.description);
    for (const path of ["I'm an engineer", 'I manage a team', 'We want our own handbook']) {
      const card = page.locator('.card', { has: page.getByText(path, { exact: true }) });
      await expect(card, `card "${path}"`).toBeVisible();
      expect(await card.getByRole('link').count(), `links in "${path}"`).toBeGreaterThanOrEqual(2);
    }
  });

  test('someone paged in the night reaches the incident runbook from the top of the home page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const now = page.getByRole('link', { name: 'Incident now? The first 30 minutes' });
    await expect(now).toBeInViewport();
    await now.click();
    await expect(page).toHaveURL(/\/incidents\/incident-commander\/$/);
  });

  test('every path link on the home page opens a real page', async ({ page, request }) => {
    await page.goto('/');
    const hrefs = await page
      .locator('.card a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(7);
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test('every section with pages has a way in from the home page, which has no sidebar', async ({ page }) => {
    await page.goto('/');
    const hrefs = await page
      .locator('main a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const sections = SECTIONS.filter((s) => s.id !== 'start' && sidebarPages(handbook, s.id).length > 0);
    expect(sections.length).toBeGreaterThan(5);
    for (const s of sections) expect(hrefs, s.label).toContain(at(`/${s.id}/`));
  });

  test('the self-hosting path leads to the fork guide', async ({ page }) => {
    await page.goto('/');
    await page
      .locator('.card', { hasText: 'We want our own handbook' })
      .getByRole('link', { name: 'Fork it and self-host it' })
      .click();
    await expect(page).toHaveURL(/\/start\/fork-and-self-host\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fork it and self-host it');
  });
});
