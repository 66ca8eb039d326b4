import { test, expect } from '@playwright/test';
import { builtPages } from './built-pages';
import { search } from './search-helpers';
import { axeViolations } from './axe';

/** Every WCAG 2.2 AA rule, or with `colorsOnly` just the rules a theme can change (contrast). */
const violations = (page: Parameters<typeof axeViolations>[0], colorsOnly = false) =>
  axeViolations(page, colorsOnly ? { rules: ['color-contrast', 'link-in-text-block'] } : {});

/**
 * One page of each kind, for the dark theme's contrast pass. Colours come from one theme for the
 * whole site, so each kind of page (its own components and layout) is checked once in dark; the
 * light pass above checks every page with every WCAG rule.
 */
function onePagePerKind(pages: string[]): string[] {
  const kind = (path: string) =>
    path
      .replace(/^\/ladders\/[^/]+\/compare\/[^/]+\/$/, 'ladder-compare')
      .replace(/^\/ladders\/[^/]+\/next\/[^/]+\/$/, 'ladder-next')
      .replace(/^\/ladders\/[^/]+\/compare\/$/, 'ladder-compare-index')
      .replace(/^\/ladders\/[^/]+\/[^/]+\/$/, 'ladder-level')
      .replace(/^\/ladders\/[^/]+\/$/, 'ladder')
      .replace(/^\/assessments\/promotion-readiness\/[^/]+\/$/, 'readiness')
      .replace(/^\/(?!ladders|assessments\/promotion-readiness)[^/]+\/[^/]+\/$/, 'doc');
  const seen = new Map<string, string>();
  for (const path of pages) if (!seen.has(kind(path))) seen.set(kind(path), path);
  // Pages with interactive parts are their own kind: every checklist and assessment page.
  return [
    ...new Set([
      ...seen.values(),
      ...pages.filter((p) =>
        /30-60-90|incident-commander|when-to-leave|readiness|eight-skills|burnout|team-health|staff-archetypes|senior-engineer|ic-or-manager/.test(
          p,
        ),
      ),
    ]),
  ];
}

test.describe('axe finds no WCAG 2.2 AA violations', () => {
  test.use({ colorScheme: 'light' });
  for (const path of builtPages()) {
    test(`on ${path}`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('axe finds no colour-contrast violations in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of onePagePerKind(builtPages())) {
    test(`on ${path}`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await violations(page, true)).toEqual([]);
    });
  }
});

test('axe finds no violations with the search dialog open', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  await search(page, 'promotion');
  expect(await violations(page)).toEqual([]);
});
