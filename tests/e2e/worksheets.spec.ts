import { islandBytes } from './island-size';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { compYear, EMPTY_INPUTS } from '../../src/lib/worksheets/total-comp';
import { ISLAND_GZIP_BUDGET } from '../../scripts/budgets.mjs';

/** The offers page carries the total-compensation worksheet. */
const PAGE = '/decisions/offers-and-negotiation/';

const offerA = {
  base: 150000,
  bonusPercent: 10,
  equityGrant: 200000,
  equityDiscountPercent: 50,
  signOn: 20000,
  signOnYears: 2,
};
const current = { base: 140000, bonusPercent: 5 };

/** A whole number as the island shows it (the browser's locale grouping). */
const shown = async (page: import('@playwright/test').Page, n: number) =>
  page.evaluate((v) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(v), n);

test('the total-compensation worksheet computes as you type, keeps the numbers on reload, and clears', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(PAGE);
  const sheet = page.locator('handbook-total-comp');
  for (const [field, value] of Object.entries(offerA))
    await sheet.locator(`input[name="a.${field}"]`).fill(String(value));
  for (const [field, value] of Object.entries(current))
    await sheet.locator(`input[name="current.${field}"]`).fill(value.toLocaleString('en-US'));

  const a = compYear({ ...EMPTY_INPUTS, ...offerA });
  const now = compYear({ ...EMPTY_INPUTS, ...current });
  await expect(sheet.locator('output[name="a.total"]')).toHaveText(await shown(page, a.total));
  await expect(sheet.locator('output[name="a.equity"]')).toHaveText(await shown(page, a.equity));
  await expect(sheet.locator('output[name="current.total"]')).toHaveText(await shown(page, now.total));
  await expect(sheet.locator('output[name="a.difference"]')).toHaveText(
    `+${await shown(page, a.total - now.total)}`,
  );
  await expect(sheet.locator('output[name="b.total"]')).toHaveText('—');

  // A word where a number belongs is marked, and that column shows no total.
  await sheet.locator('input[name="b.base"]').fill('lots');
  await expect(sheet.locator('input[name="b.base"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(sheet.locator('output[name="b.total"]')).toHaveText('—');
  // It says why, under the field and as the field's description, which a screen reader reads with it.
  await expect(sheet.locator('input[name="b.base"]')).toHaveAccessibleDescription(
    /^Not a number\. Type digits.* Before tax\.$/,
  );
  await expect(sheet.getByText(/^Not a number\. Type digits/)).toBeVisible();
  await expect(sheet.locator('[data-role="summary"]')).toContainText(
    'Offer B: no total until a marked field is fixed',
  );
  expect(await axeViolations(page, { include: 'handbook-total-comp' })).toEqual([]);
  // Pay as people write it is a number; fixing the field takes the reason away.
  await sheet.locator('input[name="b.base"]').fill('$150k');
  await expect(sheet.locator('input[name="b.base"]')).toHaveAttribute('aria-invalid', 'false');
  // What is left is the row's hint, which describes each field of the row.
  await expect(sheet.locator('input[name="b.base"]')).toHaveAccessibleDescription('Before tax.');
  await expect(sheet.getByText(/^Not a number/)).toBeHidden();
  await expect(sheet.locator('output[name="b.total"]')).toHaveText(await shown(page, 150000));
  await sheet.locator('input[name="b.base"]').fill('');

  // A screen reader hears one line of totals once the typing pauses, not five cells per key.
  await expect(sheet.locator('output[aria-live="off"]')).toHaveCount(await sheet.locator('output').count());
  await expect(sheet.locator('[role="status"][data-role="summary"]')).toContainText(
    `Offer A: ${await shown(page, a.total)}`,
  );

  await page.reload();
  await expect(sheet.locator('input[name="a.base"]')).toHaveValue('150000');
  await expect(sheet.locator('output[name="a.total"]')).toHaveText(await shown(page, a.total));

  // A grant spread over 0 years is marked, not silently counted as nothing.
  await sheet.locator('input[name="a.vestingYears"]').fill('0');
  await expect(sheet.locator('input[name="a.vestingYears"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(sheet.locator('input[name="a.vestingYears"]')).toHaveAccessibleDescription(
    /^Needs 1 or more years/,
  );
  await expect(sheet.locator('output[name="a.total"]')).toHaveText('—');

  // Clear asks first: no, and nothing changes; yes, and it is cleared and says so.
  page.once('dialog', (d) => d.dismiss());
  await sheet.getByRole('button', { name: 'Clear the worksheet' }).click();
  await expect(sheet.locator('input[name="a.base"]')).toHaveValue('150000');
  page.once('dialog', (d) => d.accept());
  await sheet.getByRole('button', { name: 'Clear the worksheet' }).click();
  await expect(sheet.locator('.tool-status')).toHaveText('The worksheet is cleared.');
  await expect(sheet.locator('input[name="a.base"]')).toHaveValue('');
  await expect(sheet.locator('output[name="a.total"]')).toHaveText('—');
  expect(errors).toEqual([]);
});

test('the worksheet script ships only where the worksheet is, and stays under 10 kB gzip', async ({
  page,
  request,
}) => {
  const scriptsOn = async (path: string) => {
    await page.goto(path);
    return page
      .locator('script[src]')
      .evaluateAll((s) =>
        s.map((x) => (x as HTMLScriptElement).src).filter((src) => src.includes('TotalComp')),
      );
  };
  const [script] = await scriptsOn(PAGE);
  expect(script).toBeTruthy();
  expect(await scriptsOn('/start/how-to-use/')).toEqual([]);
  expect(await islandBytes(request, script!)).toBeLessThanOrEqual(ISLAND_GZIP_BUDGET);
});

test('the worksheet buttons and focus ring look like every other island', async ({ page }) => {
  const look = (button: import('@playwright/test').Locator) =>
    button.evaluate((b) => {
      const s = getComputedStyle(b);
      return {
        padding: s.padding,
        radius: s.borderRadius,
        background: s.backgroundColor,
        font: s.fontFamily,
      };
    });
  await page.goto('/playbooks/new-engineer-30-60-90/');
  const checklist = await look(page.locator('handbook-checklist button').first());
  await page.goto(PAGE);
  const clear = page.locator('handbook-total-comp').getByRole('button', { name: 'Clear the worksheet' });
  expect(await look(clear)).toEqual(checklist);
  await page.locator('input[name="a.base"]').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="b.base"]')).toBeFocused();
  const ring = await page
    .locator('input[name="b.base"]')
    .evaluate((i) => [getComputedStyle(i).outlineStyle, getComputedStyle(i).outlineWidth]);
  expect(ring).toEqual(['solid', '2px']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the worksheet prints as a form to fill in by hand, with the formula', async ({ page }) => {
    await page.goto(PAGE);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('handbook-total-comp');
    await expect(sheet.locator('input')).toHaveCount(8 * 3);
    await expect(sheet.locator('input').first()).toBeVisible();
    await expect(sheet.locator('.total-comp-formula')).toContainText('Total per year = base');
    await expect(sheet.getByRole('button', { name: 'Clear the worksheet' })).toBeHidden();
  });
});
