import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './built-pages';
import { search } from './search-helpers';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the handbook's accessibility bar. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the current page and returns its violations in a readable form. With `colorsOnly`
 * it runs just the rules a theme can change (contrast), for the second theme's pass: structure,
 * names and roles are the same in both themes and were checked in the first.
 */
async function violations(page: Page, colorsOnly = false) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (colorsOnly) builder.withRules(['color-contrast', 'link-in-text-block']);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(
    theme === 'light'
      ? 'axe finds no WCAG 2.2 AA violations'
      : 'axe finds no colour-contrast violations in the dark theme',
    () => {
      test.use({ colorScheme: theme });
      for (const path of builtPages()) {
        test(`on ${path}`, async ({ page }) => {
          await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          expect(await violations(page, theme === 'dark')).toEqual([]);
        });
      }
    },
  );
}

test('axe finds no violations with the search dialog open', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  await search(page, 'promotion');
  expect(await violations(page)).toEqual([]);
});
