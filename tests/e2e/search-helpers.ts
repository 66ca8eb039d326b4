import { expect, type Page } from '@playwright/test';

/** Opens the site search from the header button, types `query`, and waits for results. */
export async function search(page: Page, query: string) {
  await page.getByRole('button', { name: /^search/i }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').fill(query);
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  return dialog;
}
