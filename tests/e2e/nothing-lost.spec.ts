import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { instruments, handbook } from './site';
import { sampleAnswers } from '../sample-answers';
import { encodeLink, exportJson } from '../../src/lib/assessments/state';
import { score } from '../../src/lib/assessments/score';

/**
 * What a reader types stays theirs: a shared link never replaces their own answers, a note
 * typed before its answer survives a reload, an imported link is not imported again, and the
 * date is the reader's own. The islands' main flows are in assessments, checkins and evidence.
 */
// An assessment with evidence notes (the checks derived from a ladder level have them).
const { assessment: a, page: path } = instruments().find((i) =>
  i.assessment.questions.some((q) => q.evidence),
)!;
const noteQuestion = a.questions.find((q) => q.evidence)!;
const bandOf = (seed: number) => score(a, sampleAnswers(a, seed)).band?.label;

test('a snapshot taken while viewing a shared link keeps your own answers', async ({ page }) => {
  const mine = sampleAnswers(a, 1);
  const root = page.locator(`handbook-assessment[data-assessment-id="${a.id}"]`);
  await page.goto(path);
  for (const q of a.questions) {
    const answer = mine[q.id]!;
    const box = root.locator(`fieldset.question[data-question-id="${q.id}"]`);
    if (q.type === 'text') await box.locator('textarea').fill(String(answer.value));
    else await box.locator(`input[type=radio][value="${answer.value}"]`).check();
  }
  const checked = async () =>
    root
      .locator('form input[type=radio]:checked')
      .evaluateAll((inputs) =>
        inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`),
      );
  const own = await checked();

  // Someone else's answers arrive by link; the reader saves a snapshot of them, then goes back.
  await page.goto(`${path}#${encodeLink(a.id, sampleAnswers(a, 2))}`);
  await page.reload();
  await expect(root.locator('.assessment-notice')).toContainText('answers from a shared link');
  expect(await checked()).not.toEqual(own);
  await root.getByRole('button', { name: 'Save a snapshot' }).click();
  await expect(root.locator('.tool-status')).toContainText('Snapshot saved');
  await root.getByRole('button', { name: 'Show my own answers' }).click();
  expect(await checked()).toEqual(own);
  await page.reload();
  expect(await checked()).toEqual(own);
  if (bandOf(1)) await expect(root.locator('.band')).toContainText(bandOf(1)!);
});

test('a note typed before choosing an answer survives a reload, and counts once answered', async ({
  page,
}) => {
  const root = page.locator(`handbook-assessment[data-assessment-id="${a.id}"]`);
  const box = root.locator(`fieldset.question[data-question-id="${noteQuestion.id}"]`);
  await page.goto(path);
  await box.locator('textarea').fill('Led the incident review in March');
  await page.reload();
  await expect(box.locator('textarea')).toHaveValue('Led the incident review in March');
  await box.locator('input[type=radio]').first().check();
  await page.reload();
  await expect(box.locator('input[type=radio]').first()).toBeChecked();
  await expect(box.locator('textarea')).toHaveValue('Led the incident review in March');
});

test('a locked link pasted into Compare says it is locked; Enter unlocks a locked link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = page.locator(`handbook-assessment[data-assessment-id="${a.id}"]`);
  await page.goto(path);
  await root
    .locator(`fieldset.question[data-question-id="${noteQuestion.id}"] input[type=radio]`)
    .first()
    .check();
  await root.getByLabel('Passphrase for the link (optional)').fill('plum kettle');
  // Enter in the passphrase field makes the link, as the button beside it would.
  await root.getByLabel('Passphrase for the link (optional)').press('Enter');
  await expect(root.locator('.tool-status')).toContainText('Locked link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());

  await root.getByLabel('…or paste their link').fill(link);
  await root.getByLabel('…or paste their link').press('Enter');
  await expect(root.locator('.tool-status')).toContainText('That link is locked');

  await page.goto(link);
  await page.reload();
  await root.locator('[data-role="unlock"]').fill('plum kettle');
  await root.locator('[data-role="unlock"]').press('Enter');
  await expect(root.locator('.assessment-notice')).toContainText('answers from a shared link');
});

const CHECKIN = '/promotions/check-ins/';
const key = `handbook:assessment:${a.id}`;
const radio = (q: (typeof a.questions)[number], n = 0) =>
  `handbook-assessment fieldset.question[data-question-id="${q.id}"] input[type=radio] >> nth=${n}`;
const scaleQuestion = a.questions.find((q) => q.type !== 'text')!;

test('answers saved by a newer version are kept until the reader agrees to replace them', async ({
  page,
}) => {
  const newer = JSON.stringify({ v: 99, answers: { [scaleQuestion.id]: { value: 3 } }, future: true });
  await page.goto(path);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, newer]);
  await page.reload();
  const root = page.locator('handbook-assessment');
  await expect(root.locator('.assessment-notice')).toContainText('until you agree to replace them');
  // Saying no keeps them, for this visit: later answers are not saved either, and the page says so.
  page.once('dialog', (d) => d.dismiss());
  await page.locator(radio(scaleQuestion)).check();
  await expect(root.locator('.tool-status')).toContainText('Not saved: your earlier answers are kept');
  await page.locator(radio(scaleQuestion, 1)).check();
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(newer);
  // Saying yes replaces them.
  await page.reload();
  page.once('dialog', (d) => d.accept());
  await page.locator(radio(scaleQuestion)).check();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toContain('"v":1');
});

/** Each island with something saved, and a first change a reader would make there. */
const islands = [
  {
    name: 'a checklist',
    path: '/playbooks/new-engineer-30-60-90/',
    key: 'handbook:checklist:new-engineer-90-days',
    change: (page: Page) => page.locator('handbook-checklist input[type=checkbox]').first().check(),
  },
  {
    name: 'the evidence log',
    path: '/promotions/brag-document/',
    key: 'handbook:evidence',
    change: (page: Page) => page.locator('handbook-evidence [data-role="level"]').selectOption({ index: 1 }),
  },
  {
    name: 'the check-in',
    path: '/promotions/check-ins/',
    key: 'handbook:checkin',
    change: (page: Page) => page.locator('handbook-checkin input[type=radio]').first().check(),
  },
  {
    name: 'the total compensation worksheet',
    path: '/decisions/offers-and-negotiation/',
    key: 'handbook:worksheet:total-comp',
    change: (page: Page) => page.locator('handbook-total-comp input[name]').first().fill('120000'),
  },
];

for (const island of islands) {
  test(`${island.name}: an entry this page cannot read is kept until the reader agrees to replace it`, async ({
    page,
  }) => {
    const damaged = '{"v":99,"from":"a newer handbook"';
    await page.addInitScript(
      ([k, v]) => localStorage.getItem(k!) ?? localStorage.setItem(k!, v!),
      [island.key, damaged],
    );
    await page.goto(island.path);
    await expect(page.getByText('until you agree to replace').first()).toBeVisible();
    let asked = 0;
    page.on('dialog', (d) => {
      asked++;
      void d.dismiss();
    });
    await island.change(page);
    await expect.poll(() => asked).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), island.key)).toBe(damaged);
  });
}

test('a checklist shown in several groups asks once, whichever group the reader ticks in', async ({
  page,
}) => {
  const key = 'handbook:checklist:new-engineer-90-days';
  await page.addInitScript((k) => localStorage.getItem(k) ?? localStorage.setItem(k, '{oops'), key);
  await page.goto('/playbooks/new-engineer-30-60-90/');
  let asked = 0;
  page.on('dialog', (d) => {
    asked++;
    void d.dismiss();
  });
  const groups = page.locator('handbook-checklist');
  expect(await groups.count()).toBeGreaterThan(1);
  await groups.nth(0).locator('input[type=checkbox]').first().check();
  await groups.nth(1).locator('input[type=checkbox]').first().check();
  await expect(groups.nth(1).locator('.action-status')).toContainText('Not saved');
  expect(asked).toBe(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('{oops');
});

test('keeping a shared link’s answers asks before replacing your own; a link pasted into an open tab opens', async ({
  page,
}) => {
  const root = page.locator('handbook-assessment');
  await page.goto(path);
  await page.locator(radio(scaleQuestion)).check();
  const own = await page.evaluate((k) => localStorage.getItem(k), key);
  // The link arrives in the tab already showing the page: only the fragment changes.
  await page.evaluate((hash) => (location.hash = hash), encodeLink(a.id, sampleAnswers(a, 2)));
  await expect(root.locator('.assessment-notice')).toContainText('answers from a shared link');
  const linked = String(sampleAnswers(a, 2)[scaleQuestion.id]!.value);
  await expect(
    root.locator(`fieldset.question[data-question-id="${scaleQuestion.id}"] input[value="${linked}"]`),
  ).toBeChecked();
  page.once('dialog', (d) => d.dismiss());
  await root.getByRole('button', { name: 'Keep these as my answers' }).click();
  await expect(root.locator('.tool-status')).toHaveText('Nothing was changed.');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(own);
  page.once('dialog', (d) => d.accept());
  await root.getByRole('button', { name: 'Keep these as my answers' }).click();
  await expect(root.locator('.tool-status')).toContainText('now saved as yours');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).not.toBe(own);
  // The button went with the notice; focus is on the result, not lost to the page's top.
  await expect(root.getByRole('heading', { name: 'Your result' })).toBeFocused();
});

test('screen readers hear a one-line result when it changes, not the whole result on every key', async ({
  page,
}) => {
  const root = page.locator('handbook-assessment');
  await page.goto(path);
  await expect(root.locator('.result-body')).not.toHaveAttribute('aria-live');
  const summary = root.locator('[role="status"][data-role="summary"]');
  await page.locator(radio(scaleQuestion)).check();
  const said = score(a, {
    [scaleQuestion.id]: { value: Number(await page.locator(radio(scaleQuestion)).getAttribute('value')) },
  });
  // One answer of many: said as a result so far.
  await expect(summary).toHaveText(`Your result so far: ${said.band!.label}, ${Math.round(said.overall!)}%.`);
  // Typing a note changes no score: the live region is not touched, so nothing is re-read.
  await summary.evaluate((el) => {
    (window as unknown as { changes: number }).changes = 0;
    new MutationObserver(() => (window as unknown as { changes: number }).changes++).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await root
    .locator(`fieldset.question[data-question-id="${noteQuestion.id}"] textarea`)
    .pressSequentially('A note');
  expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(0);
});

test('a snapshot can be deleted', async ({ page }) => {
  const root = page.locator('handbook-assessment');
  await page.goto(path);
  const remove = root.getByRole('button', { name: 'Delete this snapshot' });
  // Nothing to delete yet: no button.
  await expect(root.locator('.assessment-tools')).toBeVisible();
  await expect(remove).toBeHidden();
  await page.locator(radio(scaleQuestion)).check();
  await root.getByRole('button', { name: 'Save a snapshot' }).click();
  await root.getByRole('button', { name: 'Save a snapshot' }).click();
  const list = root.getByRole('combobox', { name: 'Compare with' });
  await expect(list.locator('option')).toHaveCount(3);
  await list.selectOption({ index: 1 });
  await expect(root.locator('.comparison')).toContainText('What moved');
  // Saving another keeps the one picked, and the comparison with it (the list is drawn anew).
  await root.getByRole('button', { name: 'Save a snapshot' }).click();
  await expect(list.locator('option')).toHaveCount(4);
  await expect(list).toHaveValue('0');
  await expect(root.locator('.comparison')).toContainText('What moved');
  page.once('dialog', (d) => d.accept());
  await remove.click();
  await expect(root.locator('.tool-status')).toHaveText('Snapshot deleted.');
  await expect(list.locator('option')).toHaveCount(3);
  // The place now holds the next snapshot: the list and the comparison agree on it.
  await expect(list).toHaveValue('0');
  await expect(root.locator('.comparison')).toContainText('What moved');
  page.once('dialog', (d) => d.accept());
  await remove.click();
  await expect(list.locator('option')).toHaveCount(2);
  await page.reload();
  await expect(list.locator('option')).toHaveCount(2);
  // The last one: the button goes, and focus moves to "Save a snapshot" rather than the page's top.
  await list.selectOption({ index: 1 });
  page.once('dialog', (d) => d.accept());
  await remove.click();
  await expect(remove).toBeHidden();
  await expect(root.getByRole('button', { name: 'Save a snapshot' })).toBeFocused();
});

const ladder = handbook.ladders.find((l) => l.id === 'ic-engineering')!;
const [dim1, dim2] = ladder.dimensions;

test('a check-in note set before the rating survives a reload; an unnamed check-in is not called “me”', async ({
  page,
  browser,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CHECKIN);
  const root = page.locator('handbook-checkin');
  const first = root.locator(`fieldset[data-dimension="${dim1!.id}"]`);
  await first.getByLabel('Note or evidence').fill('Ran the design review');
  await first.getByLabel('Note or evidence').blur();
  await page.reload();
  await expect(first.getByLabel('Note or evidence')).toHaveValue('Ran the design review');
  await first.locator('input[value="meeting"]').check();
  await root.locator(`fieldset[data-dimension="${dim2!.id}"] input[value="below"]`).check();
  await page.reload();
  await expect(first.locator('input[value="meeting"]')).toBeChecked();
  await expect(first.getByLabel('Note or evidence')).toHaveValue('Ran the design review');

  // Shared without a name: the other browser calls its author "someone".
  await root.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.replace(new URL(link).origin, new URL(baseURL!).origin));
  const comparison = other.locator('handbook-checkin .comparison');
  await expect(comparison).toContainText('someone’s ratings are hidden');
  await comparison.getByRole('button', { name: 'Show their ratings now' }).click();
  await expect(comparison).toContainText('You and someone');
  await expect(comparison).not.toContainText(/\bme\b/);
  await fresh.close();
});

test('an evidence link is imported once: a deleted entry does not come back on reload', async ({
  page,
  browser,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/promotions/brag-document/');
  const form = page.locator('.evidence-form');
  await form.getByLabel('What happened').fill('Ran the capacity review');
  await form.getByLabel(/What it changed/).fill('Two outages avoided');
  await form.getByRole('checkbox', { name: dim1!.label }).check();
  await form.getByRole('button', { name: 'Add entry' }).click();
  await page.locator('handbook-evidence').getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.replace(new URL(link).origin, new URL(baseURL!).origin));
  const list = other.locator('handbook-evidence .evidence-list li');
  await expect(list).toHaveCount(1);
  await expect.poll(() => new URL(other.url()).hash).toBe('');
  other.once('dialog', (d) => d.accept());
  await list.getByRole('button', { name: /Delete/ }).click();
  await expect(list).toHaveCount(0);
  await other.reload();
  await expect(other.locator('handbook-evidence .evidence-app')).toBeVisible();
  await expect(list).toHaveCount(0);
  await fresh.close();
});

test.describe('in the reader’s time zone', () => {
  // 20:30 on 28 November in California is already the 29th in UTC.
  test.use({ timezoneId: 'America/Los_Angeles' });
  test('the evidence log offers the reader’s own date, not UTC’s', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-29T04:30:00Z'));
    await page.goto('/promotions/brag-document/');
    await expect(page.locator('.evidence-form').getByLabel('Date')).toHaveValue('2026-11-28');
  });
});

test('a check-in: switching ladder drops nothing and asks nothing; a note typed is kept on reload', async ({
  page,
}) => {
  await page.goto('/promotions/check-ins/');
  const root = page.locator('handbook-checkin');
  const first = root.locator('fieldset[data-dimension]').first();
  await first.locator('input[type=radio]').first().check();
  // Typed, and reloaded at once: no change event has fired yet.
  await first.getByLabel('Note or evidence').pressSequentially('Ran the incident review');
  await page.reload();
  await expect(first.getByLabel('Note or evidence')).toHaveValue('Ran the incident review');
  // An arrow key on the closed menu changes the ladder at once, with no question to answer
  // wrongly; the ratings on the first ladder are set aside and come back with it.
  const ladderMenu = root.locator('[data-role="ladder"]');
  const before = await ladderMenu.inputValue();
  let asked = 0;
  page.on('dialog', (d) => {
    asked++;
    void d.dismiss();
  });
  const options = await ladderMenu
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
  await ladderMenu.focus();
  await page.keyboard.press(options.at(-1) === before ? 'ArrowUp' : 'ArrowDown');
  await expect(ladderMenu).not.toHaveValue(before);
  await page.reload();
  await ladderMenu.selectOption(before);
  await expect(first.locator('input[type=radio]').first()).toBeChecked();
  await expect(first.getByLabel('Note or evidence')).toHaveValue('Ran the incident review');
  expect(asked).toBe(0);
});

test('the evidence log: deleting the entry being edited leaves edit mode, so saving cannot bring it back', async ({
  page,
}) => {
  await page.goto('/promotions/brag-document/');
  const log = page.locator('handbook-evidence');
  const form = page.locator('.evidence-form');
  await form.getByLabel('What happened').fill('Ran the capacity review');
  await form.getByLabel(/What it changed/).fill('Two outages avoided');
  await form.getByRole('checkbox', { name: dim1!.label }).check();
  await form.getByRole('button', { name: 'Add entry' }).click();
  await log.getByRole('button', { name: /^Edit/ }).click();
  page.once('dialog', (d) => d.accept());
  await log.getByRole('button', { name: /^Delete/ }).click();
  await expect(log.locator('.evidence-list li')).toHaveCount(0);
  await expect(form.getByLabel('What happened')).toHaveValue('');
  await expect(form.getByRole('button', { name: 'Add entry' })).toBeVisible();
});

test('the evidence log marks the field it cannot take and moves the focus there', async ({ page }) => {
  await page.goto('/promotions/brag-document/');
  const form = page.locator('.evidence-form');
  await form.getByLabel('What happened').fill('Ran the capacity review');
  await form.locator('input[name="link"]').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(form.locator('input[name="link"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('input[name="link"]')).toBeFocused();
  await expect(page.locator('handbook-evidence .form-status')).toContainText('A link is a full address');
  await expect(page.locator('handbook-evidence .evidence-list li')).toHaveCount(0);
});

test('the evidence log shows the good entries beside a damaged one, and keeps the damaged one', async ({
  page,
}) => {
  const good = { id: 'a', date: '2026-11-01', what: 'Ran the capacity review', impact: 'x', dimensions: [] };
  const stored = JSON.stringify({ v: 1, entries: [good, { id: 'b', date: 'bad', what: 5 }] });
  await page.addInitScript(
    (v) => localStorage.getItem('handbook:evidence') ?? localStorage.setItem('handbook:evidence', v),
    stored,
  );
  await page.goto('/promotions/brag-document/');
  await expect(page.locator('handbook-evidence .evidence-list li')).toHaveCount(1);
  await expect(page.locator('handbook-evidence .evidence-list')).toContainText('Ran the capacity review');
  await expect(page.locator('handbook-evidence .evidence-notice')).toContainText(
    '1 saved entry could not be read',
  );
  expect(await page.evaluate(() => localStorage.getItem('handbook:evidence'))).toBe(stored);
});

test('Clear and Import while a shared link is open close the link, and say whose answers they replace', async ({
  page,
}) => {
  const root = page.locator('handbook-assessment');
  await page.goto(path);
  await page.locator(radio(scaleQuestion)).check();
  await page.evaluate((hash) => (location.hash = hash), encodeLink(a.id, sampleAnswers(a, 2)));
  await expect(root.locator('.assessment-notice')).toContainText('answers from a shared link');

  // Import: the file's answers replace the reader's own saved ones (asked as such), and the link closes.
  let asked = '';
  page.once('dialog', (d) => ((asked = d.message()), d.accept()));
  const file = exportJson({ id: a.id, version: a.version }, sampleAnswers(a, 3), 'From a file');
  await root.locator('input[data-role="import"]').setInputFiles({
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(root.locator('.tool-status')).toContainText('Imported');
  expect(asked).toBe('Replace your own saved answers with the ones in this file?');
  await expect(root.locator('.assessment-notice')).toBeHidden();
  expect(page.url()).not.toContain('#');
  await page.reload();
  const imported = String(sampleAnswers(a, 3)[scaleQuestion.id]!.value);
  await expect(
    root.locator(`fieldset.question[data-question-id="${scaleQuestion.id}"] input[value="${imported}"]`),
  ).toBeChecked();

  // Clear: with a link open, the question names both, and afterwards the form, the address and storage are empty.
  await page.evaluate((hash) => (location.hash = hash), encodeLink(a.id, sampleAnswers(a, 2)));
  await expect(root.locator('.assessment-notice')).toContainText('answers from a shared link');
  page.once('dialog', (d) => ((asked = d.message()), d.accept()));
  await root.getByRole('button', { name: 'Clear my answers' }).click();
  expect(asked).toContain('Close the shared answers and clear your own saved answers');
  await expect(root.locator('.assessment-notice')).toBeHidden();
  await expect(root.locator('form input[type=radio]:checked')).toHaveCount(0);
  expect(page.url()).not.toContain('#');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  await page.reload();
  await expect(root.locator('form input[type=radio]:checked')).toHaveCount(0);
});

test('a comparison follows the answers while it is shown', async ({ page }) => {
  const root = page.locator('handbook-assessment');
  await page.goto(path);
  await page.locator(radio(scaleQuestion, 0)).check();
  await root.getByRole('button', { name: 'Save a snapshot' }).click();
  await root.getByRole('combobox', { name: 'Compare with' }).selectOption({ index: 1 });
  const moved = root.locator('.comparison tbody tr').filter({ hasText: /up \d+|down \d+/ });
  await expect(moved).toHaveCount(0);
  // Another answer to the same question: the table shows the move without choosing the snapshot again.
  const choices = await root
    .locator(`fieldset.question[data-question-id="${scaleQuestion.id}"] input[type=radio]`)
    .count();
  await page.locator(radio(scaleQuestion, choices - 1)).check();
  await expect(moved).toHaveCount(1);
  await page.locator(radio(scaleQuestion, 0)).check();
  await expect(moved).toHaveCount(0);
});
