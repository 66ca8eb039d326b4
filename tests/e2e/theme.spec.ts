import { readFileSync } from 'node:fs';
import { localStyles } from '../../src/config/local-files';
import { settings } from './site';
import { test, expect, at } from './fixtures';

test('the theme menu switches between dark and light and remembers the choice', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  const select = page.getByRole('combobox', { name: 'Select theme' }).first();
  const html = page.locator('html');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await select.selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = await background();

  await select.selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const light = await background();
  expect(light).not.toBe(dark);

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.goto('/management/one-on-ones/');
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('with no choice made, the theme follows the system setting', async ({ browser }) => {
  for (const scheme of ['dark', 'light'] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(at('/'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await context.close();
  }
});

test('in both themes, the islands’ text fields stand out from the page by 3:1 at least (WCAG 1.4.11)', async ({
  page,
}) => {
  const pages = [
    '/levels/senior-engineer/',
    '/promotions/brag-document/',
    '/promotions/check-ins/',
    '/decisions/offers-and-negotiation/',
  ];
  for (const theme of ['light', 'dark'] as const) {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const weak = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) =>
            v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
          );
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return (x! + 0.05) / (y! + 0.05);
        };
        const page = getComputedStyle(document.body).backgroundColor;
        const fields = document.querySelectorAll<HTMLElement>(
          ':is(handbook-assessment, handbook-evidence, handbook-checkin, handbook-total-comp) :is(input:not([type="radio"], [type="checkbox"], [type="file"]), textarea, select)',
        );
        return [...fields]
          .filter((f) => f.offsetParent !== null)
          .map((f) => ({
            field: f.outerHTML.slice(0, 80),
            ratio: ratio(getComputedStyle(f).borderTopColor, page),
          }))
          .filter((f) => f.ratio < 3);
      });
      expect(weak, `${theme}: ${path}`).toEqual([]);
    }
  }
});

test('a fork’s own styles set the accent in both themes, without !important', async ({ page }) => {
  // The accent a fork's local/styles/*.css gives `:root`, read from its files (none upstream).
  const accent = localStyles(settings)
    .map((file) => /:root\s*\{[^}]*--sl-color-accent:\s*([^;]+);/.exec(readFileSync(file, 'utf8'))?.[1])
    .find(Boolean);
  test.skip(!accent, 'this build has no local style that sets the accent');
  await page.goto('/start/how-to-use/');
  const select = page.getByRole('combobox', { name: 'Select theme' }).first();
  for (const theme of ['light', 'dark']) {
    await select.selectOption(theme);
    const value = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim(),
    );
    expect(value, theme).toBe(accent!.trim());
  }
});
