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
