import type { Page } from '@playwright/test';
import { islandBytes } from './island-size';
import { test, expect, at } from './fixtures';
import { readFileSync } from 'node:fs';
import { handbook, instruments } from './site';
import { ladderPaths } from '../../src/lib/handbook/routes';
import { watchRequests } from './requests';
import { sampleAnswers } from '../sample-answers';
import { axeViolations } from './axe';
import { score, type Answers } from '../../src/lib/assessments/score';
import type { Assessment } from '../../src/schemas/assessment';
import { ISLAND_GZIP_BUDGET } from '../../scripts/budgets.mjs';

/**
 * Fills in an assessment with the deterministic sample answers (`seed` varies them) by clicking
 * and typing as a reader would, and returns the answers, so the expected result can be worked
 * out with the same scoring code.
 */
async function fill(page: Page, a: Assessment, seed: number): Promise<Answers> {
  const answers = sampleAnswers(a, seed);
  const root = page.locator(`handbook-assessment[data-assessment-id="${a.id}"]`);
  for (const q of a.questions) {
    const box = root.locator(`fieldset.question[data-question-id="${q.id}"]`);
    const answer = answers[q.id]!;
    if (q.type === 'text') {
      await box.locator('textarea').fill(String(answer.value));
      continue;
    }
    await box.locator(`input[type=radio][value="${answer.value}"]`).check();
    // Notes depend only on the question, so refilling with another seed keeps them.
    if (answer.note) await box.locator('textarea').fill(answer.note);
  }
  return answers;
}

/** The rows of the "Scores by area" table as [area, score]. */
async function scores(page: Page): Promise<string[][]> {
  return page
    .locator('.result-body .result-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('th')!.textContent!.trim(),
        r.querySelector('td')!.textContent!.trim(),
      ]),
    );
}

const expectedScores = (a: Assessment, answers: Answers) =>
  score(a, answers).dimensions.map((d) => [d.label, d.percent === null ? '—' : `${Math.round(d.percent)}%`]);

/**
 * The full flow runs on a sample that covers every kind of instrument the engine has: a check
 * derived from a ladder (evidence rule), a risk instrument (higher is worse), one with choice
 * questions, a scorecard with a status per area, and one whose bands combine conditions. Every instrument's scoring, Markdown, link and file formats are covered
 * without a browser in tests/content/instruments.test.ts.
 */
const all = instruments();
const sample = [
  all.find((i) => i.derived),
  all.find((i) => !i.derived && i.assessment.higherIsWorse),
  all.find(
    (i) =>
      !i.derived && !i.assessment.higherIsWorse && i.assessment.questions.some((q) => q.type === 'choice'),
  ),
  all.find((i) => i.assessment.dimensionStatus),
  all.find((i) => i.assessment.bands.some((b) => b.when?.allOf)),
].filter((i, n, list): i is (typeof all)[number] => Boolean(i) && list.indexOf(i) === n);

test('the sample covers a derived check, a risk instrument, choice questions, statuses and combined conditions', () => {
  expect(sample).toHaveLength(5);
});

for (const { assessment: a, page: path } of sample) {
  test.describe(`${a.title} (${path})`, () => {
    test('fill in, see the result and chart, reload, share, export, import, snapshot, compare', async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const { foreign } = watchRequests(context, new URL(baseURL!).origin);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const root = page.locator(`handbook-assessment[data-assessment-id="${a.id}"]`);
      const answers = await fill(page, a, 1);
      const expected = score(a, answers);

      // The result: band, per-area scores, chart (3+ areas) and gap plan.
      await expect(root.locator('.band')).toContainText(expected.band!.label);
      expect(await scores(page)).toEqual(expectedScores(a, answers));
      if (a.dimensionStatus)
        await expect(root.locator('.result-body .result-table tbody td.status')).toHaveText(
          expected.dimensions.filter((d) => d.status).map((d) => d.status!.label),
        );
      if (a.dimensions.length >= 3)
        await expect(root.locator('.result-radar svg .radar-series-1')).toHaveCount(1);
      for (const flag of expected.flags)
        await expect(root.locator('.result-body')).toContainText(flag.text.slice(0, 40));
      // The gap plan's links lead to pages that exist, under the site's base too (the fork suite's /hb/).
      for (const href of await root
        .locator('.result-body .gap-plan a')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href')!)))
        expect((await page.request.get(href)).status(), href).toBe(200);

      // Reload: the answers are still there.
      await page.reload();
      expect(await scores(page)).toEqual(expectedScores(a, answers));

      // Markdown.
      await root.getByRole('button', { name: 'Copy as Markdown' }).click();
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toContain(`## ${a.title}`);
      expect(markdown).toContain(`**Result: ${expected.band!.label}.**`);

      // The share link opens the same result in a fresh browser with nothing saved.
      await root.getByRole('button', { name: 'Copy share link' }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(link).search).toBe('');
      expect(new URL(link).hash).toMatch(/^#answers=1\./);
      const fresh = await browser.newContext();
      const { foreign: freshForeign } = watchRequests(fresh, new URL(baseURL!).origin);
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(other.locator('.assessment-notice')).toContainText('answers from a shared link');
      await expect(other.locator('.band')).toContainText(expected.band!.label);
      expect(await scores(other)).toEqual(expectedScores(a, answers));

      // Someone else's answers, exported as JSON, compared side by side with yours.
      const theirs = await fill(other, a, 2);
      await other.locator('[data-role="label"]').fill('Sam (manager)');
      const download = other.waitForEvent('download');
      await other.getByRole('button', { name: 'Export answers (JSON)' }).click();
      const file = test.info().outputPath('theirs.json');
      await (await download).saveAs(file);
      expect(JSON.parse(readFileSync(file, 'utf8')).label).toBe('Sam (manager)');
      await fresh.close();
      expect(freshForeign).toEqual([]);
      await root.locator('[data-role="other"]').setInputFiles(file);
      const comparison = root.locator('.comparison');
      await expect(comparison).toContainText('You and Sam (manager)');
      const disagreements = score(a, theirs).dimensions.filter((d, i) => {
        const mine = expected.dimensions[i]!.percent;
        return mine !== null && d.percent !== null && Math.abs(Math.round(d.percent - mine)) >= 25;
      });
      await expect(comparison.locator('tr.disagree')).toHaveCount(disagreements.length);

      // Snapshot, then change an answer: the comparison shows what moved.
      await root.getByRole('button', { name: 'Save a snapshot' }).click();
      await expect(root.locator('.tool-status')).toContainText('Snapshot saved');
      const changed = await fill(page, a, 2);
      await root.locator('[data-role="snapshots"]').selectOption({ index: 1 });
      await expect(comparison).toContainText('Since');
      // Picking one is said, as every other comparison is: the table itself is not a live region.
      await expect(root.locator('.tool-status')).toHaveText('Comparison below.');
      const moved = score(a, changed).dimensions.filter(
        (d, i) =>
          d.percent !== null &&
          expected.dimensions[i]!.percent !== null &&
          Math.round(d.percent - expected.dimensions[i]!.percent!) !== 0,
      );
      if (moved.length > 0) await expect(comparison).toContainText(/up \d+|down \d+/);

      // Import the other file as my own answers, after confirming.
      page.once('dialog', (d) => d.accept());
      await root.locator('[data-role="import"]').setInputFiles(file);
      await expect(root.locator('.tool-status')).toContainText('Imported');
      expect(await scores(page)).toEqual(expectedScores(a, theirs));

      // A foreign file is refused and changes nothing.
      await root
        .locator('[data-role="import"]')
        .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
      await expect(root.locator('.tool-status')).toContainText('not an answers export');
      expect(await scores(page)).toEqual(expectedScores(a, theirs));

      // axe on the page in use, and nothing ever left the origin.
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign).toEqual([]);
    });
  });
}

const team = all.find((i) => i.assessment.team)!;

test('a team view combines three members’ exports and shows the spread', async ({ page, browser }) => {
  const files: string[] = [];
  for (const [i, name] of ['Ana', 'Ben', 'Chi'].entries()) {
    const member = await browser.newContext();
    const p = await member.newPage();
    await p.goto(at(team.page));
    await fill(p, team.assessment, i * 2);
    await p.locator('[data-role="label"]').fill(name);
    const download = p.waitForEvent('download');
    await p.getByRole('button', { name: 'Export answers (JSON)' }).click();
    const file = test.info().outputPath(`${name}.json`);
    await (await download).saveAs(file);
    files.push(file);
    await member.close();
  }
  await page.goto(team.page);
  await page.locator('[data-role="team"]').setInputFiles(files);
  const table = page.locator('.comparison .team-table');
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveText(['Area', 'Ana', 'Ben', 'Chi', 'Median', 'Spread']);
  await expect(table.locator('tbody tr')).toHaveCount(team.assessment.dimensions.length);
});

test('a corrupted saved entry shows a notice and the assessment still works', async ({ page }) => {
  const { assessment: a, page: path } = all[0]!;
  await page.addInitScript((key) => localStorage.setItem(key, '{broken'), `handbook:assessment:${a.id}`);
  await page.goto(path);
  await expect(page.locator('.assessment-notice')).toContainText('could not be read');
  await fill(page, a, 0);
  await expect(page.locator('.band')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every question is shown as a worksheet, with the bands to read the score against', async ({
    page,
  }) => {
    const { assessment: a, page: path } = all.find((i) => !i.derived)!;
    await page.goto(path);
    await expect(page.locator('fieldset.question')).toHaveCount(a.questions.length);
    await expect(page.locator('.worksheet-bands li')).toHaveCount(a.bands.length);
    await expect(page.getByRole('button', { name: 'Save a snapshot' })).toBeHidden();
  });
});

test('the assessment script ships only on pages with an assessment, and stays under 10 kB gzip', async ({
  page,
  request,
}) => {
  const scriptsOn = async (path: string) => {
    await page.goto(path);
    return page
      .locator('script[src]')
      .evaluateAll((s) =>
        s.map((x) => (x as HTMLScriptElement).src).filter((src) => src.includes('Assessment')),
      );
  };
  const [script] = await scriptsOn(all[0]!.page);
  expect(script).toBeTruthy();
  expect(await scriptsOn('/start/how-to-use/')).toEqual([]);
  expect(await scriptsOn(ladderPaths.ladder(handbook.ladders[0]!.id))).toEqual([]);
  const size = await islandBytes(request, script!);
  expect(size).toBeLessThanOrEqual(ISLAND_GZIP_BUDGET);
});

test('a locked share link shows nothing without its passphrase, and the answers with it', async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(60_000);
  const { assessment: a, page: path } = sample[1]!;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(path);
  const answers = await fill(page, a, 3);
  const root = page.locator(`handbook-assessment[data-assessment-id="${a.id}"]`);
  await root.getByLabel('Passphrase for the link (optional)').fill('plum kettle river nine');
  await root.getByRole('button', { name: 'Copy share link' }).click();
  await expect(root.locator('.tool-status')).toContainText('Locked link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#locked=1\./);
  expect(link).not.toContain('answers=');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const theirs = other.locator(`handbook-assessment[data-assessment-id="${a.id}"]`);
  await expect(theirs.locator('.assessment-notice')).toContainText('locked with a passphrase');
  await expect(theirs.locator('.band')).toHaveCount(0);
  await theirs.locator('[data-role="unlock"]').fill('plum kettle river');
  const scrolled = await other.evaluate(() => window.scrollY);
  await theirs.locator('[data-role="unlock"]').press('Enter');
  // Said beside the field, which it describes, and the page stays where the reader is.
  const field = theirs.getByLabel('Passphrase', { exact: true });
  await expect(field).toHaveAccessibleDescription(/does not open this link/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  expect(await other.evaluate(() => window.scrollY)).toBe(scrolled);
  await theirs.locator('[data-role="unlock"]').fill('plum kettle river nine');
  await theirs.getByRole('button', { name: 'Unlock' }).click();
  await expect(theirs.locator('.band')).toContainText(score(a, answers).band!.label);
  await fresh.close();
});
