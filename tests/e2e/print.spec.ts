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

test('printed from the dark theme, text and code blocks print dark on the white page', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.goto('/incidents/incident-commander/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  // Relative luminance of each element's text colour: paper is white, so it must be dark.
  const light = await page.evaluate(() => {
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const texts = document.querySelectorAll<HTMLElement>(
      '.sl-markdown-content :is(p, li, h2, td), .sl-markdown-content .expressive-code .ec-line span',
    );
    // Contrast with white of at least 4.5:1 means a luminance of at most 0.183.
    return [...texts]
      .filter((el) => el.textContent!.trim() && lum(getComputedStyle(el).color) > 0.183)
      .map((el) => `${el.tagName} "${el.textContent!.trim().slice(0, 40)}": ${getComputedStyle(el).color}`)
      .slice(0, 10);
  });
  expect(light).toEqual([]);
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
