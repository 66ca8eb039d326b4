import type { Page } from '@playwright/test';
import { islandBytes } from './island-size';
import { test, expect, at } from './fixtures';
import { axeViolations } from './axe';
import { watchRequests } from './requests';
import { handbook } from './site';
import { ISLAND_GZIP_BUDGET } from '../../scripts/budgets.mjs';

/**
 * A check-in with self and manager ratings: the manager's link (locked) opens beside the
 * engineer's own ratings, disagreements first, and the 1:1 agenda starts with them and lists
 * the dimensions with thin evidence in the engineer's log.
 */
const PAGE = '/promotions/check-ins/';
const ladder = handbook.ladders.find((l) => l.id === 'ic-engineering')!;
const dims = ladder.dimensions;

async function rate(page: Page, ratings: Record<string, string>, who: string) {
  const root = page.locator('handbook-checkin');
  await root.getByLabel('Ladder').selectOption('ic-engineering');
  await root.getByLabel('Level to rate against').selectOption('staff');
  await root.getByLabel('Your name in exports').fill(who);
  await root.getByLabel('Your name in exports').blur();
  for (const [dim, rating] of Object.entries(ratings))
    await root.locator(`fieldset[data-dimension="${dim}"] input[value="${rating}"]`).check();
}

test('self and manager ratings side by side, disagreements first, and an agenda from them', async ({
  page,
  browser,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { foreign } = watchRequests(context, new URL(baseURL!).origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The engineer's own evidence log: one entry for the first dimension only.
  await page.addInitScript(
    ([d]) =>
      localStorage.getItem('handbook:evidence') ??
      localStorage.setItem(
        'handbook:evidence',
        JSON.stringify({
          v: 1,
          entries: [
            {
              id: 'x',
              date: new Date().toISOString().slice(0, 10),
              what: 'Led the migration',
              impact: '',
              dimensions: [d],
            },
          ],
        }),
      ),
    [dims[0]!.id],
  );
  await page.goto(PAGE);
  const mine = Object.fromEntries(dims.map((d) => [d.id, 'meeting']));
  mine[dims[1]!.id] = 'exceeding';
  await rate(page, mine, 'Ana');
  // Each dimension's group is described by what the level expects of it.
  await expect(page.getByRole('group', { name: dims[0]!.label, exact: true })).toHaveAccessibleDescription(
    ladder.levels.find((l) => l.id === 'staff')!.dimensions[dims[0]!.id]!.expectation,
  );

  // The manager rates separately in their own browser and sends a locked link.
  const managerContext = await browser.newContext();
  await managerContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  const manager = await managerContext.newPage();
  await manager.goto(new URL(at(PAGE), baseURL).href);
  const theirs = Object.fromEntries(dims.map((d) => [d.id, 'meeting']));
  theirs[dims[1]!.id] = 'below';
  theirs[dims[3]!.id] = 'exceeding';
  await rate(manager, theirs, 'Sam');
  const downloads: string[] = [];
  manager.on('download', (d) => downloads.push(d.suggestedFilename()));
  // Enter in the passphrase field copies the locked link (the row's Export button comes before it).
  const passphrase = manager.locator('handbook-checkin').getByLabel('Passphrase for the link (optional)');
  await passphrase.fill('ink lemon harbour');
  await passphrase.press('Enter');
  await expect(manager.locator('handbook-checkin .tool-status')).toContainText('Locked link copied');
  const link = await manager.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#locked=1\./);
  expect(downloads).toEqual([]);
  await managerContext.close();

  // Reload keeps the engineer's ratings; then compare with the manager's link.
  await page.reload();
  const root = page.locator('handbook-checkin');
  await expect(
    root.locator(`fieldset[data-dimension="${dims[1]!.id}"] input[value="exceeding"]`),
  ).toBeChecked();
  await root.getByLabel('…or paste their link').fill(link);
  await root.getByLabel('Its passphrase, if locked').fill('wrong');
  await root.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(root.locator('.tool-status')).toContainText('does not open this link');
  await root.getByLabel('Its passphrase, if locked').fill('ink lemon harbour');
  await root.getByRole('button', { name: 'Compare', exact: true }).click();
  const rows = root.locator('.comparison tbody tr');
  await expect(rows).toHaveCount(dims.length);
  // Disagreements first: the widest gap (exceeding vs below) leads.
  await expect(rows.nth(0)).toHaveAttribute('data-dimension', dims[1]!.id);
  await expect(rows.nth(1)).toHaveAttribute('data-dimension', dims[3]!.id);
  await expect(root.locator('.comparison tr.disagree')).toHaveCount(2);

  await root.getByRole('button', { name: 'Copy 1:1 agenda (Markdown)' }).click();
  const agenda = await page.evaluate(() => navigator.clipboard.readText());
  const disagree = agenda.indexOf('### Where we disagree');
  const thin = agenda.indexOf('### Where the evidence is thin');
  expect(agenda.indexOf(`**${dims[1]!.label}**: Ana: exceeding; Sam: below`)).toBeGreaterThan(disagree);
  expect(agenda.indexOf(`**${dims[1]!.label}**`)).toBeLessThan(agenda.indexOf(`**${dims[3]!.label}**`));
  expect(agenda.slice(thin)).toContain(`**${dims[0]!.label}**: one or two entries`);
  expect(agenda.slice(thin)).toContain(`**${dims[2]!.label}**: no entries`);

  expect(await axeViolations(page)).toEqual([]);
  expect(foreign).toEqual([]);
});

test('their ratings stay hidden until every dimension is rated, unless the reader asks to see them', async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE);
  const mine = Object.fromEntries(dims.map((d) => [d.id, 'exceeding']));
  await rate(page, mine, 'Ana');
  await page.locator('handbook-checkin').getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.locator('handbook-checkin .tool-status')).toContainText('copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());

  // The manager opens the engineer's link before rating anything.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await manager.goto(link);
  const root = manager.locator('handbook-checkin');
  const comparison = root.locator('.comparison');
  await expect(comparison.getByRole('heading')).toHaveText('Ana’s ratings are hidden until you rate');
  await expect(root.locator('.tool-status')).toHaveText("Opened Ana's check-in.");
  await expect(comparison).toContainText('once you have rated every dimension');
  await expect(comparison).toContainText(`${dims.length} of ${dims.length} still to rate`);
  await expect(comparison).not.toContainText('exceeding');
  await expect(comparison.locator('table')).toHaveCount(0);

  // Rating all but one keeps them hidden; the last rating shows them.
  const [last, ...first] = dims;
  for (const d of first)
    await root.locator(`fieldset[data-dimension="${d.id}"] input[value="meeting"]`).check();
  await expect(comparison).toContainText(`1 of ${dims.length} still to rate`);
  await expect(comparison.locator('table')).toHaveCount(0);
  await root.locator(`fieldset[data-dimension="${last!.id}"] input[value="below"]`).check();
  await expect(comparison.locator('tbody tr')).toHaveCount(dims.length);
  await expect(comparison.locator('tr.disagree')).toHaveCount(dims.length);
  await expect(root.locator('.tool-status')).toContainText('All rated: Ana');
  expect(await axeViolations(manager)).toEqual([]);

  // Someone who only wants to read them (a peer, a mentor) can ask to see them at once.
  const mentor = await browser.newContext();
  const reader = await mentor.newPage();
  await reader.goto(link);
  await reader.locator('handbook-checkin').getByRole('button', { name: 'Show their ratings now' }).click();
  await expect(reader.locator('handbook-checkin .comparison tbody tr')).toHaveCount(dims.length);
  await expect(reader.locator('handbook-checkin .comparison h4')).toBeFocused();
  await mentor.close();
  await managerContext.close();
});

test('switching ladder, by keyboard too, sets the ratings aside without a question, and switching back brings them back', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(PAGE);
  const root = page.locator('handbook-checkin');
  await root.getByLabel('Ladder').selectOption('ic-engineering');
  await root.getByLabel('Level to rate against').selectOption('staff');
  await root.locator(`fieldset[data-dimension="${dims[0]!.id}"] input[value="exceeding"]`).check();
  await root.locator(`[name="${dims[1]!.id}-note"]`).fill('Wrote the schema guide');
  // Arrow keys on the closed menu move through the ladders one at a time.
  const options = await root
    .getByLabel('Ladder')
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
  await root.getByLabel('Ladder').focus();
  await page.keyboard.press(options.at(-1) === 'ic-engineering' ? 'ArrowUp' : 'ArrowDown');
  await expect(root.getByLabel('Ladder')).not.toHaveValue('ic-engineering');
  await expect(root.locator('.tool-status')).toHaveText(
    `Your ratings on “${ladder.title}” are kept: choose that ladder again to see them.`,
  );
  const other = await root.getByLabel('Ladder').inputValue();
  const otherDim = handbook.ladders.find((l) => l.id === other)!.dimensions[0]!.id;
  await root.locator(`fieldset[data-dimension="${otherDim}"] input[value="below"]`).check();
  await root.getByLabel('Ladder').selectOption('ic-engineering');
  await expect(
    root.locator(`fieldset[data-dimension="${dims[0]!.id}"] input[value="exceeding"]`),
  ).toBeChecked();
  await expect(root.locator(`[name="${dims[1]!.id}-note"]`)).toHaveValue('Wrote the schema guide');
  await expect(root.getByLabel('Level to rate against')).toHaveValue('staff');
  // Both are saved: after a reload, the other ladder's rating is still there too.
  await page.reload();
  await expect(
    root.locator(`fieldset[data-dimension="${dims[0]!.id}"] input[value="exceeding"]`),
  ).toBeChecked();
  await root.getByLabel('Ladder').selectOption(other);
  await expect(root.locator(`fieldset[data-dimension="${otherDim}"] input[value="below"]`)).toBeChecked();
  expect(dialogs).toEqual([]);
});

test('the check-in script ships only on its page, and stays under 10 kB gzip', async ({ page, request }) => {
  await page.goto(PAGE);
  const [script] = await page
    .locator('script[src]')
    .evaluateAll((s) => s.map((x) => (x as HTMLScriptElement).src).filter((src) => src.includes('CheckIn')));
  expect(script).toBeTruthy();
  expect(await islandBytes(request, script!)).toBeLessThanOrEqual(ISLAND_GZIP_BUDGET);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the check-in needs JavaScript and gives the agenda template', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('handbook-checkin .needs-js')).toBeVisible();
    await expect(page.locator('pre').first()).toBeVisible();
  });
});
