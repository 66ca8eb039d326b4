import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, at } from './fixtures';
import { axeViolations } from './axe';
import { watchRequests } from './requests';
import { handbook, SITE_DIST } from './site';
import { findChecklist } from '../../src/lib/handbook/model';

/** A playbook that shows two groups of one checklist in different places of the page. */
const PAGE = '/playbooks/new-engineer-30-60-90/';
const data = findChecklist(handbook, 'new-engineer-90-days')!;
const [first, second] = data.groups;
const KEY = `handbook:checklist:${data.id}`;

/** The checklist group (fieldset) whose legend starts with the group's title. */
const group = (page: Page, title: string) => page.locator('fieldset.checklist-group', { hasText: title });

test.describe('a checklist on a playbook page', () => {
  test('ticks are counted per group, saved, and still there after a reload', async ({ page }) => {
    await page.goto(PAGE);
    const one = group(page, first!.title);
    await expect(one.locator('legend')).toContainText(`(0 of ${first!.items.length} done)`);
    await one.getByLabel(first!.items[0]!.text).check();
    await one.getByLabel(first!.items[1]!.text).check();
    await expect(one.locator('legend')).toContainText(`(2 of ${first!.items.length} done)`);
    // A second group of the same checklist, elsewhere on the page, shares the saved state.
    const two = group(page, second!.title);
    await two.getByLabel(second!.items[0]!.text).check();
    await page.reload();
    await expect(group(page, first!.title).getByLabel(first!.items[0]!.text)).toBeChecked();
    await expect(group(page, first!.title).getByLabel(first!.items[1]!.text)).toBeChecked();
    await expect(group(page, second!.title).getByLabel(second!.items[0]!.text)).toBeChecked();
    await expect(group(page, first!.title).getByLabel(first!.items[2]!.text)).not.toBeChecked();
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
    expect(saved.v).toBe(1);
    expect(saved.checked.sort()).toEqual(
      [first!.items[0]!.id, first!.items[1]!.id, second!.items[0]!.id].sort(),
    );
  });

  test('every box can be ticked from the keyboard', async ({ page }) => {
    await page.goto(PAGE);
    const box = group(page, first!.title).getByLabel(first!.items[0]!.text);
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  });

  test('"Reset" clears the ticks of the list it belongs to, after asking', async ({ page }) => {
    await page.goto(PAGE);
    const one = group(page, first!.title);
    await one.getByLabel(first!.items[0]!.text).check();
    // A tick says the group's new count, which is otherwise only in the legend.
    await expect(page.locator('handbook-checklist', { has: one }).locator('.action-status')).toHaveText(
      `${first!.title}: 1 of ${first!.items.length} done.`,
    );
    await group(page, second!.title).getByLabel(second!.items[0]!.text).check();
    const asked: string[] = [];
    page.on('dialog', (dialog) => void asked.push(dialog.message()));
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.locator('handbook-checklist', { has: one }).getByRole('button', { name: 'Reset' }).click();
    await expect(one.getByLabel(first!.items[0]!.text)).toBeChecked();
    page.once('dialog', (dialog) => dialog.accept());
    await page.locator('handbook-checklist', { has: one }).getByRole('button', { name: 'Reset' }).click();
    await expect(one.getByLabel(first!.items[0]!.text)).not.toBeChecked();
    await expect(page.locator('handbook-checklist', { has: one }).getByRole('status').last()).toHaveText(
      'All ticks cleared.',
    );
    // The question names the list: a page may have several, each with its own Reset.
    expect(asked[0]).toContain(`“${first!.title}”`);
    await page.reload();
    await expect(group(page, first!.title).getByLabel(first!.items[0]!.text)).not.toBeChecked();
    await expect(group(page, second!.title).getByLabel(second!.items[0]!.text)).toBeChecked();
  });

  test('"Copy as Markdown task list" copies the ticks as a task list', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    const one = group(page, first!.title);
    await one.getByLabel(first!.items[0]!.text).check();
    await page
      .locator('handbook-checklist', { has: one })
      .getByRole('button', { name: 'Copy as Markdown task list' })
      .click();
    await expect(page.locator('handbook-checklist', { has: one }).getByRole('status').last()).toContainText(
      'Copied',
    );
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    // The page shows this group on its own: the copy is titled as the group, not the whole list.
    expect(markdown.split('\n')[0]).toBe(`## ${data.title}: ${first!.title}`);
    // Named once: the title already says which group it is.
    expect(markdown).not.toContain(`### ${first!.title}`);
    expect(markdown).toContain(`- [x] ${first!.items[0]!.text.replace(/([\\`*_[\]<>])/g, '\\$1')}`);
    expect(markdown).toContain(`- [ ] ${first!.items[1]!.text.replace(/([\\`*_[\]<>])/g, '\\$1')}`);
    expect(markdown.match(/^- \[[ x]\] /gm)).toHaveLength(first!.items.length);
  });

  test('the Markdown copy keeps each item’s detail and link, the link as a full address', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const readiness = findChecklist(handbook, 'production-readiness')!;
    const item = readiness.groups.flatMap((g) => g.items).find((i) => i.detail && i.link?.startsWith('/'))!;
    await page.goto('/incidents/production-readiness/');
    const list = page.locator('handbook-checklist', { hasText: item.text });
    await list.getByRole('button', { name: /^Copy as Markdown task list/ }).click();
    await expect(list.getByRole('status').last()).toContainText('Copied');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const detail = item.detail!.replace(/([\\`*_[\]<>])/g, '\\$1');
    expect(markdown).toContain(`\n  - ${detail} [More](${new URL(at(item.link!), baseURL).href})\n`);
  });

  test('without clipboard access, the Markdown is shown selected to copy by hand', async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    const one = group(page, first!.title);
    await page
      .locator('handbook-checklist', { has: one })
      .getByRole('button', { name: 'Copy as Markdown task list' })
      .click();
    const area = page.locator('handbook-checklist', { has: one }).getByRole('textbox');
    await expect(area).toBeVisible();
    await expect(area).toHaveValue(new RegExp(`^## .*: ${first!.title}`));
  });

  test('corrupted saved progress shows a notice and the list still works', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{definitely not json'), KEY);
    await page.goto(PAGE);
    const one = group(page, first!.title);
    const list = page.locator('handbook-checklist', { has: one });
    await expect(list.locator('.checklist-notice')).toContainText('could not be read');
    // The page shows several groups of this checklist apart; the notice is said once.
    expect(await page.locator('handbook-checklist').count()).toBeGreaterThan(1);
    await expect(page.locator('.checklist-notice:visible')).toHaveCount(1);
    await one.getByLabel(first!.items[0]!.text).check();
    await expect(one.locator('legend')).toContainText('(1 of');
  });

  test('ticks saved days ago say when, until Reset clears them; fresh ticks say nothing', async ({
    page,
  }) => {
    const item = first!.items[0]!;
    const saved = (updated: string) => JSON.stringify({ v: 1, checked: [item.id], updated });
    const weeksAgo = new Date(Date.now() - 20 * 86_400_000).toISOString();
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      },
      [KEY, saved(weeksAgo)],
    );
    await page.goto(PAGE);
    const one = group(page, first!.title);
    const list = page.locator('handbook-checklist', { has: one });
    await expect(one.getByLabel(item.text)).toBeChecked();
    await expect(list.locator('.checklist-notice')).toContainText(
      '20 days ago. Starting over? Reset, below, clears them.',
    );
    await expect(page.locator('.checklist-notice:visible')).toHaveCount(1);
    page.once('dialog', (dialog) => dialog.accept());
    await list.getByRole('button', { name: 'Reset' }).click();
    await expect(list.locator('.checklist-notice')).toBeHidden();
    // Ticked today: no notice.
    await one.getByLabel(item.text).check();
    await page.reload();
    await expect(one.getByLabel(item.text)).toBeChecked();
    await expect(page.locator('.checklist-notice:visible')).toHaveCount(0);
  });

  test('the old-ticks notice goes once any group of the checklist on the page changes a tick', async ({
    page,
  }) => {
    const item = first!.items[0]!;
    const later = second!.items[1]!;
    const nineDaysAgo = new Date(Date.now() - 9 * 86_400_000).toISOString();
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      },
      [KEY, JSON.stringify({ v: 1, checked: [item.id, later.id], updated: nineDaysAgo })],
    );
    await page.goto(PAGE);
    const notice = page.locator('.checklist-notice:visible');
    const inFirst = page
      .locator('handbook-checklist', { has: group(page, first!.title) })
      .locator('.checklist-notice');
    await expect(notice).toHaveCount(1);
    await expect(inFirst).toContainText('9 days ago');
    // The notice is on the first group; the reader carries on in the second.
    await group(page, second!.title).getByLabel(second!.items[0]!.text).check();
    await expect(notice).toHaveCount(0);
    await expect(group(page, first!.title).getByLabel(item.text)).toBeChecked();

    // A fresh visit with the old ticks again.
    const resetIn = async (title: string) => {
      page.once('dialog', (dialog) => dialog.accept());
      await page
        .locator('handbook-checklist', { has: group(page, title) })
        .getByRole('button', { name: 'Reset' })
        .click();
    };
    await page.evaluate(() => sessionStorage.removeItem('seeded'));
    await page.reload();
    await expect(inFirst).toBeVisible();
    // Reset where nothing is ticked changes nothing: the notice stays, and so does the date.
    const third = data.groups[2]!;
    await resetIn(third.title);
    await expect(inFirst).toBeVisible();
    await page.reload();
    await expect(inFirst).toContainText('9 days ago');
    // Reset in the second group clears a tick: the ticks have changed, and the notice goes.
    await resetIn(second!.title);
    await expect(notice).toHaveCount(0);
    await expect(group(page, first!.title).getByLabel(item.text)).toBeChecked();
  });

  test('each group’s buttons and “More” links say what they act on', async ({ page }) => {
    const names = async (role: 'button' | 'link', name: RegExp) => {
      const found = page.locator('handbook-checklist').getByRole(role, { name });
      await expect(found.first()).toBeVisible();
      return found.evaluateAll((els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));
    };
    for (const [path, role, name] of [
      [PAGE, 'button', /^Reset/],
      [PAGE, 'button', /^Copy as Markdown task list/],
      ['/incidents/production-readiness/', 'link', /^More/],
    ] as const) {
      await page.goto(path);
      const all = await names(role, name);
      expect(all.length, String(name)).toBeGreaterThan(1);
      expect(new Set(all).size, `${String(name)}: ${all.join(' | ')}`).toBe(all.length);
    }
    await page.goto(PAGE);
    await expect(page.getByRole('button', { name: `Reset “${first!.title}”`, exact: true })).toBeVisible();
  });

  test('ticking, copying and resetting send nothing anywhere', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const requests = watchRequests(page, new URL(baseURL!).origin);
    const sent: string[] = [];
    await page.goto(PAGE);
    const one = group(page, first!.title);
    const list = page.locator('handbook-checklist', { has: one });
    // The island has upgraded the list once its buttons show.
    await expect(list.getByRole('button', { name: 'Reset' })).toBeVisible();
    // From here on, anything that could carry the reader's ticks: a request with a body or a
    // query, or one for a file the build did not make. (The browser may still fetch built files
    // when it is idle — Starlight's search script, the favicon on a busy machine: plain GETs of
    // files that exist, which carry nothing.)
    const base = at('/');
    const builtFile = (path: string) =>
      path.startsWith(base) &&
      path !== base &&
      existsSync(join(SITE_DIST, decodeURI(path.slice(base.length))));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (r.method() !== 'GET' || r.postData() || url.search || !builtFile(url.pathname))
        sent.push(`${r.method()} ${r.url()}`);
    });
    await one.getByLabel(first!.items[0]!.text).check();
    await list.getByRole('button', { name: 'Copy as Markdown task list' }).click();
    await expect(list.locator('.action-status')).toContainText('Copied');
    page.once('dialog', (dialog) => dialog.accept());
    await list.getByRole('button', { name: 'Reset' }).click();
    await expect(list.locator('.action-status')).toContainText('All ticks cleared');
    expect(sent).toEqual([]);
    expect(requests.foreign).toEqual([]);
  });

  test('axe finds nothing on a checklist in use', async ({ page }) => {
    await page.goto(PAGE);
    await group(page, first!.title).getByLabel(first!.items[0]!.text).check();
    expect(await axeViolations(page, { include: 'handbook-checklist' })).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the checklist is a plain list of real checkboxes with no buttons', async ({ page }) => {
    await page.goto(PAGE);
    const one = group(page, first!.title);
    await expect(one.getByRole('checkbox')).toHaveCount(first!.items.length);
    await one.getByLabel(first!.items[0]!.text).check();
    await expect(page.getByRole('button', { name: 'Reset' })).toHaveCount(0);
  });
});
