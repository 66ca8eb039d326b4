import { readFileSync, writeFileSync } from 'node:fs';
import { islandBytes } from './island-size';
import { test, expect, at } from './fixtures';
import { axeViolations } from './axe';
import { watchRequests } from './requests';
import { handbook } from './site';
import { ladderOutline, typicalLevel } from '../../src/lib/evidence/outline';
import { ISLAND_GZIP_BUDGET } from '../../scripts/budgets.mjs';

/**
 * The evidence log on the brag-document page: add, edit, delete, filter, reload, export and
 * import into a fresh browser, the packet draft, and a locked link that opens only with its
 * passphrase and never carries the entries in clear.
 */
const PAGE = '/promotions/brag-document/';
const ladder = handbook.ladders.find((l) => l.id === 'ic-engineering')!;
const [d1, d2, d3] = ladder.dimensions;

async function add(
  page: import('@playwright/test').Page,
  e: { date: string; what: string; impact: string; dims: string[] },
) {
  const form = page.locator('.evidence-form');
  await form.getByLabel('Date').fill(e.date);
  await form.getByLabel('What happened').fill(e.what);
  await form.getByLabel(/What it changed/).fill(e.impact);
  for (const label of e.dims) await form.getByRole('checkbox', { name: label }).check();
  await form.getByRole('button', { name: 'Add entry' }).click();
}

const recent = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const ENTRIES = [
  {
    date: recent(10),
    what: 'Led the queue migration across three teams',
    impact: 'Failed invoices 1.8% → 0.2%',
    dims: [d1!.label, d2!.label],
  },
  {
    date: recent(40),
    what: 'Wrote the schema-change guide',
    impact: 'Adopted by 5 teams',
    dims: [d2!.label],
  },
  { date: recent(400), what: 'Old on-call fix from last year', impact: 'Pages halved', dims: [d1!.label] },
];

test('add, edit, filter, delete, reload; export, import into a fresh browser; the packet draft', async ({
  page,
  browser,
  baseURL,
  context,
}) => {
  test.setTimeout(90_000);
  const { foreign } = watchRequests(context, new URL(baseURL!).origin);
  await page.goto(PAGE);
  const log = page.locator('handbook-evidence');
  await log.getByLabel('Ladder').selectOption('ic-engineering');
  // Until the reader picks one, the target is the ladder's typical level, not its top.
  await expect(log.getByLabel('Target level')).toHaveValue(typicalLevel(ladderOutline(ladder)).id);
  expect(typicalLevel(ladderOutline(ladder)).id).not.toBe(ladder.levels.at(-1)!.id);
  await log.getByLabel('Target level').selectOption('staff');
  for (const e of ENTRIES) await add(page, e);
  await expect(log.locator('.evidence-list li')).toHaveCount(3);

  // Edit the second entry.
  await log.getByRole('button', { name: `Edit ${ENTRIES[1]!.what}` }).click();
  await log.getByLabel('What happened').fill('Wrote the schema-change guide for the platform group');
  await log.getByRole('button', { name: 'Save changes' }).click();
  await expect(log.locator('.evidence-list')).toContainText('for the platform group');

  // Filters: by dimension, then by period.
  await log.getByLabel('Show').selectOption(d2!.id);
  await expect(log.locator('.evidence-list li')).toHaveCount(2);
  await log.getByLabel('Show').selectOption('');
  await log.getByLabel('From').selectOption('6');
  await expect(log.locator('.evidence-list li')).toHaveCount(2);
  // Coverage over the last 6 months: d1 once, d2 twice, d3 none.
  await expect(log.locator(`.coverage tr[data-dimension="${d1!.id}"] td`).first()).toHaveText('1');
  await expect(log.locator(`.coverage tr[data-dimension="${d2!.id}"] td`).first()).toHaveText('2');
  await expect(log.locator(`.coverage tr[data-dimension="${d3!.id}"] td`).last()).toHaveText('no evidence');
  await log.getByLabel('From').selectOption('');

  // Delete the old one, after confirming.
  page.once('dialog', (d) => d.accept());
  await log.getByRole('button', { name: `Delete ${ENTRIES[2]!.what}` }).click();
  await expect(log.locator('.evidence-list li')).toHaveCount(2);
  // Its button went with it; the keyboard carries on from an entry still there, not the page's top.
  await expect(log.locator('.evidence-list li button:focus')).toHaveCount(1);

  await page.reload();
  await expect(log.locator('.evidence-list li')).toHaveCount(2);

  // The packet draft: every entry under each dimension it shows; empty dimensions as concerns.
  const packetDownload = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Download packet draft' }).click();
  const packet = readFileSync(await (await packetDownload).path(), 'utf8');
  const section = (label: string) => {
    const start = packet.indexOf(`### ${label}\n`);
    return packet.slice(start, packet.indexOf('\n#', start + 4));
  };
  expect(section(d1!.label)).toContain(ENTRIES[0]!.what);
  expect(section(d1!.label)).not.toContain('schema-change');
  expect(section(d2!.label)).toContain(ENTRIES[0]!.what);
  expect(section(d2!.label)).toContain('schema-change guide for the platform group');
  for (const d of ladder.dimensions.slice(2))
    expect(packet).toContain(`Concern: ${d.label} — no evidence logged`);

  // Export, then import into a fresh browser with nothing saved.
  const exportDownload = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Export (JSON)' }).click();
  const file = test.info().outputPath('evidence.json');
  await (await exportDownload).saveAs(file);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(new URL(at(PAGE), baseURL).href);
  await other.locator('[data-role="import"]').setInputFiles(file);
  await expect(other.locator('.evidence-list li')).toHaveCount(2);
  await expect(other.locator('.tool-status')).toContainText('Imported 2 entries');
  await fresh.close();

  expect(await axeViolations(page)).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a locked link opens with its passphrase, refuses a wrong one, and never carries the entries in clear', async ({
  page,
  browser,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE);
  const log = page.locator('handbook-evidence');
  await add(page, {
    date: recent(3),
    what: 'Secret project Bluebird shipped',
    impact: 'Revenue up 4%',
    dims: [d1!.label],
  });
  await log.getByLabel('Passphrase for the link (optional)').fill('correct horse battery staple');
  await log.getByRole('button', { name: 'Copy share link' }).click();
  await expect(log.locator('.tool-status')).toContainText('Locked link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#locked=1\./);
  expect(decodeURIComponent(link)).not.toContain('Bluebird');
  expect(Buffer.from(new URL(link).hash.split('.').pop()!, 'base64url').toString('latin1')).not.toContain(
    'Bluebird',
  );

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.replace(new URL(link).origin, new URL(baseURL!).origin));
  const theirs = other.locator('handbook-evidence');
  await expect(theirs.locator('.evidence-notice')).toContainText('locked evidence link');
  await theirs.getByLabel(/This link is locked/).fill('wrong passphrase');
  await theirs.getByRole('button', { name: 'Unlock and import' }).click();
  await expect(theirs.locator('.evidence-notice')).toContainText(
    'does not open this link. Nothing was changed',
  );
  await expect(theirs.getByLabel('This link is locked. Passphrase')).toHaveAttribute('aria-invalid', 'true');
  await expect(theirs.getByLabel('This link is locked. Passphrase')).toHaveAccessibleDescription(
    /does not open this link/,
  );
  // The field sits right under the notice that asks for it, not below the whole log.
  await expect(theirs.locator('.evidence-notice + .unlock')).toBeVisible();
  await expect(theirs.locator('.evidence-list li')).toHaveCount(0);
  await theirs.getByLabel(/This link is locked/).fill('correct horse battery staple');
  await theirs.getByRole('button', { name: 'Unlock and import' }).click();
  await expect(theirs.locator('.evidence-list')).toContainText('Secret project Bluebird shipped');
  // The notice asking for the passphrase is gone, and the keyboard is at what was imported.
  await expect(theirs.locator('.evidence-notice')).toBeHidden();
  await expect(other.locator('#evidence-list-title')).toBeFocused();
  await fresh.close();
});

test('what the page shows is what the files use: ladder and level, another ladder’s tags, dates, print', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.goto(PAGE);
  const log = page.locator('handbook-evidence');
  // A first visit: the reader picks nothing, and the export still names what is shown.
  const shownLevel = await log.getByLabel('Target level').inputValue();
  await add(page, {
    date: recent(5),
    what: 'Ran the design review',
    impact: 'Two teams aligned',
    dims: [d1!.label],
  });
  const download = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Export (JSON)' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect([exported.ladder, exported.level]).toEqual([
    await log.getByLabel('Ladder').inputValue(),
    shownLevel,
  ]);

  // A date to come is refused at the field.
  const form = log.locator('.evidence-form');
  await form.getByLabel('Date').fill('2099-01-01');
  await form.getByLabel('What happened').fill('Not yet');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(log.locator('.form-status')).toContainText('is still to come');
  await expect(form.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Add entry' }).waitFor();

  // Another ladder's log, imported into an empty browser: the Ladder list says which ladder.
  const manager = handbook.ladders.find((l) => l.id !== 'ic-engineering')!;
  const file = test.info().outputPath('manager.json');
  const tagged = {
    id: 'm1',
    date: recent(2),
    what: 'Hired two engineers',
    impact: '',
    dimensions: [manager.dimensions[0]!.id],
  };
  writeFileSync(
    file,
    JSON.stringify({ ladder: manager.id, level: manager.levels[1]!.id, entries: [tagged] }),
  );
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(new URL(at(PAGE), baseURL).href);
  const theirs = other.locator('handbook-evidence');
  await theirs.locator('[data-role="import"]').setInputFiles(file);
  await expect(theirs.getByLabel('Ladder')).toHaveValue(manager.id);
  await expect(theirs.locator('.tool-status')).toContainText('Imported 1 entry from');
  // Edited while another ladder is chosen, the entry keeps the tag that ladder has no box for.
  await theirs.getByLabel('Ladder').selectOption('ic-engineering');
  await theirs.getByRole('button', { name: /^Edit Hired two engineers/ }).click();
  await theirs.getByLabel(/What it changed/).fill('Both ramped up in a month');
  await theirs.getByRole('button', { name: 'Save changes' }).click();
  await theirs.getByLabel('Ladder').selectOption(manager.id);
  await expect(theirs.locator('.evidence-list li')).toContainText(manager.dimensions[0]!.label);

  // Printed, the page is the record: the entries and coverage, not the form or the buttons.
  await other.emulateMedia({ media: 'print' });
  await expect(theirs.locator('.evidence-list li').first()).toBeVisible();
  await expect(theirs.locator('.coverage table')).toBeVisible();
  await expect(theirs.locator('.evidence-form')).toBeHidden();
  await expect(theirs.getByRole('button', { name: 'Export (JSON)' })).toBeHidden();
  await expect(theirs.getByRole('button', { name: /^Edit / })).toBeHidden();
  await fresh.close();
});

test('a half-written entry, or an edit, is back in the form after a reload until it is added or cancelled', async ({
  page,
}) => {
  await page.goto(PAGE);
  const log = page.locator('handbook-evidence');
  const form = log.locator('.evidence-form');
  await log.getByLabel('Ladder').selectOption('ic-engineering');
  await form.getByLabel('What happened').fill('Half-written: paired on the billing');
  await form.getByRole('checkbox', { name: d3!.label }).check();
  await page.reload();
  await expect(form.getByLabel('What happened')).toHaveValue('Half-written: paired on the billing');
  await expect(form.getByRole('checkbox', { name: d3!.label })).toBeChecked();
  await expect(log.locator('.form-status')).toContainText('The entry you were writing is back in the form');
  await form.getByLabel(/What it changed/).fill('Two bugs fewer');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(log.locator('.evidence-list li')).toHaveCount(1);
  // Added: the form is empty again, and stays empty after a reload.
  await page.reload();
  await expect(form.getByLabel('What happened')).toHaveValue('');
  await expect(form.getByRole('checkbox', { name: d3!.label })).not.toBeChecked();

  // An edit in progress comes back as the same edit, not as a new entry.
  await log.getByRole('button', { name: /^Edit Half-written/ }).click();
  await expect(form.getByRole('heading')).toHaveText('Edit an entry');
  await expect(form.locator('.form-status')).toContainText('Editing “Half-written: paired on the billing”');
  await form.getByLabel('What happened').fill('Paired on the billing retry logic');
  await page.reload();
  await expect(form.getByLabel('What happened')).toHaveValue('Paired on the billing retry logic');
  await expect(form.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await expect(log.locator('.form-status')).toContainText('Save changes keeps them');
  await form.getByRole('button', { name: 'Cancel editing' }).click();
  await expect(form.locator('.form-status')).toHaveText('Editing cancelled: the entry is as it was.');
  await expect(form.getByRole('heading')).toHaveText('Add evidence');
  await page.reload();
  await expect(form.getByLabel('What happened')).toHaveValue('');
  await expect(form.getByRole('button', { name: 'Add entry' })).toBeVisible();
  await expect(log.locator('.evidence-list li')).toContainText('Half-written: paired on the billing');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the log needs JavaScript and still gives the template', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('handbook-evidence .needs-js')).toBeVisible();
    await expect(page.locator('handbook-evidence .evidence-app')).toBeHidden();
    await expect(page.locator('pre').first()).toContainText('Brag document');
  });
});

test('on a long log, what became of an entry is said next to the form, and a wrong field names its message', async ({
  page,
}) => {
  // Sixty entries: the list, the coverage and the share tools push the island's end screens away.
  await page.addInitScript(
    (entries) => localStorage.setItem('handbook:evidence', JSON.stringify({ v: 1, entries })),
    Array.from({ length: 60 }, (_, i) => ({
      id: `e${i}`,
      date: recent(i + 1),
      what: `Reviewed design doc number ${i}`,
      impact: '',
      dimensions: [d1!.id],
    })),
  );
  await page.goto(PAGE);
  const log = page.locator('handbook-evidence');
  const status = log.locator('.evidence-form [role="status"]');
  // The entry count is a live region: filling in the form must not rewrite it (each rewrite is read out).
  await log.locator('.evidence-count').evaluate((el) => {
    new MutationObserver(() =>
      el.setAttribute('data-rewrites', String(Number(el.dataset.rewrites ?? 0) + 1)),
    ).observe(el, { childList: true, characterData: true, subtree: true });
  });
  const form = log.locator('.evidence-form');
  await form.getByRole('checkbox', { name: d1!.label }).check();
  await form.getByLabel('Date').fill(recent(3));
  await form.getByLabel(/What it changed/).fill('x');
  await form.getByLabel(/What it changed/).blur();
  await form.getByRole('checkbox', { name: d1!.label }).uncheck();
  await form.getByLabel(/What it changed/).fill('');
  await expect(log.locator('.evidence-count')).not.toHaveAttribute('data-rewrites');
  await add(page, { date: recent(0), what: 'Ran the incident review', impact: '', dims: [d2!.label] });
  await expect(status).toHaveText('Entry added.');
  await expect(status).toBeInViewport();
  // Writing the next entry clears it: it is about the last one.
  await log.locator('.evidence-form').getByLabel('What happened').fill('N');
  await expect(status).toHaveText('');
  await log.locator('.evidence-form').getByLabel('What happened').fill('');
  await expect(log.locator('.evidence-list li')).toHaveCount(61);
  await expect(log.locator('.evidence-count')).toHaveText('61 of 61 entries shown.');

  await form.getByLabel('Date').fill('2099-01-01');
  await form.getByLabel('What happened').fill('Not yet');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(form.getByLabel('Date')).toBeFocused();
  await expect(status).toContainText('is still to come');
  await expect(form.getByLabel('Date')).toHaveAccessibleDescription(/is still to come/);
  await form.getByLabel('Date').fill(recent(0));
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(status).toHaveText('Entry added.');
  await expect(form.getByLabel('Date')).not.toHaveAttribute('aria-describedby');
});

test('the evidence script ships only on its page, and stays under 10 kB gzip', async ({ page, request }) => {
  await page.goto(PAGE);
  const [script] = await page
    .locator('script[src]')
    .evaluateAll((s) =>
      s.map((x) => (x as HTMLScriptElement).src).filter((src) => src.includes('EvidenceLog')),
    );
  expect(script).toBeTruthy();
  expect(await islandBytes(request, script!)).toBeLessThanOrEqual(ISLAND_GZIP_BUDGET);
});
