import { test, expect } from './fixtures';
import { instruments } from './site';

/** Counts the pages of a PDF by its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the incident commander runbook prints on one page', async ({ page }) => {
  await page.goto('/incidents/incident-commander/');
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false });
    expect(pdfPageCount(pdf), `${format} pages`).toBe(1);
  }
});

test('a printed checklist shows every item and none of the buttons', async ({ page }) => {
  await page.goto('/incidents/incident-commander/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('handbook-checklist input[type=checkbox]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy as Markdown task list' })).toBeHidden();
});

test('printed, a long checklist or template runs on to the next page instead of leaving one half blank', async ({
  page,
}) => {
  await page.goto('/playbooks/new-engineer-30-60-90/');
  await page.emulateMedia({ media: 'print' });
  const breakInside = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside);
  // Whole groups and whole code blocks moved on when they did not fit what was left of a page.
  expect(await breakInside('handbook-checklist .checklist-group')).not.toBe('avoid');
  expect(await breakInside('.expressive-code figure')).not.toBe('avoid');
  expect(await breakInside('.expressive-code pre')).not.toBe('avoid');
  // An item stays whole, and a group's title stays with its first item.
  expect(await breakInside('handbook-checklist li')).toBe('avoid');
  expect(
    await page
      .locator('handbook-checklist legend')
      .first()
      .evaluate((el) => getComputedStyle(el).breakAfter),
  ).toBe('avoid');
});

test('a printed ladder overview keeps the whole matrix', async ({ page }) => {
  await page.goto('/ladders/ic-engineering/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('table.glance')).toBeVisible();
  const overflow = await page.locator('table.glance').evaluate((t) => t.scrollWidth - t.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a printed ladder overview shows its changelog, which the screen keeps folded', async ({ page }) => {
  await page.goto('/ladders/ic-engineering/');
  const changes = page
    .locator('details')
    .filter({ hasText: 'What changed between versions' })
    .locator('li')
    .first();
  await expect(changes).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(changes).toBeVisible();
});

test('a blank assessment prints as a worksheet: the paper instructions and every band', async ({ page }) => {
  const { assessment, page: path } = instruments()[0]!;
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const result = page.locator(`handbook-assessment[data-assessment-id="${assessment.id}"] .result-body`);
  // The island has started (it shows its tools) and still leaves the worksheet in place.
  await expect(
    page.locator(`handbook-assessment[data-assessment-id="${assessment.id}"] .assessment-tools`),
  ).not.toHaveAttribute('hidden');
  await expect(result).toContainText('On paper');
  for (const band of assessment.bands) await expect(result).toContainText(band.label);
});

test('printed after answering, an answered question drops its empty evidence box; a blank one keeps it', async ({
  page,
}) => {
  const { assessment, page: path } = instruments().find((i) =>
    i.assessment.questions.some((q) => q.evidence),
  )!;
  const [answered, blank, noted] = assessment.questions.filter((q) => q.evidence && q.type !== 'text');
  await page.goto(path);
  const box = (id: string) => page.locator(`handbook-assessment fieldset.question[data-question-id="${id}"]`);
  await box(answered!.id).locator('input[type=radio]').first().check();
  await box(noted!.id).locator('input[type=radio]').first().check();
  await box(noted!.id).locator('textarea').fill('The March incident review');
  await page.emulateMedia({ media: 'print' });
  await expect(box(answered!.id).locator('.evidence')).toBeHidden();
  await expect(box(blank!.id).locator('.evidence')).toBeVisible();
  await expect(box(noted!.id).locator('.evidence')).toBeVisible();
  // On screen every box stays, to be filled in.
  await page.emulateMedia({ media: 'screen' });
  await expect(box(answered!.id).locator('.evidence')).toBeVisible();
});
