import { test, expect } from './fixtures';
import { handbook } from './site';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('on a phone, the menu button opens the sidebar and a page can be reached from it', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toBeVisible();
  // The sidebar's nav element has no height of its own; its links are what a reader sees.
  const link = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Fork it and self-host it' });
  await expect(link).toBeHidden();
  await menu.click();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/start\/fork-and-self-host\/$/);
});

test('on a phone, the search button keeps its name and opens search', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  const button = page.getByRole('button', { name: 'Search' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
});

test('on a phone, the assessment tools fit the screen', async ({ page }) => {
  await page.goto('/management/burnout-and-sustainability/');
  const tools = page.locator('.assessment-tools');
  await expect(tools).toBeVisible();
  const overflowing = await tools
    .locator('button, .file-button, input, select')
    .evaluateAll((els) =>
      els
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
  expect(overflowing).toEqual([]);
});

test('on a phone, a tool’s message shows on screen beside its button, and never hides the control in focus', async ({
  page,
}) => {
  await page.goto('/management/burnout-and-sustainability/');
  const root = page.locator('handbook-assessment');
  const save = root.getByRole('button', { name: 'Save a snapshot' });
  await save.scrollIntoViewIfNeeded();
  await save.click();
  const status = root.locator('.tool-status');
  await expect(status).toContainText('Snapshot saved');
  // The line sits a screen below in the page, under the stacked tools; it is shown at the bottom.
  await expect(status).toBeInViewport({ ratio: 1 });
  await expect(save).toBeInViewport({ ratio: 1 });
  // Tabbing on through the tools, no control that takes focus ends up under the message.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const overlap = await page.evaluate(() => {
      const focused = document.activeElement!.getBoundingClientRect();
      const line = document.querySelector('handbook-assessment .tool-status')!.getBoundingClientRect();
      return Math.max(0, Math.min(focused.bottom, line.bottom) - Math.max(focused.top, line.top));
    });
    expect(overlap, `tab ${i + 1}`).toBe(0);
  }
});

test('on a phone, the home page (no sidebar, so no menu) shows the theme switch in its header', async ({
  page,
}) => {
  // Starlight keeps a phone's theme switch in the menu, and a splash page has no menu.
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveCount(0);
  const select = page.locator('header').getByRole('combobox', { name: 'Select theme' });
  await expect(select).toBeVisible();
  const box = (await select.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The site's name still shows (shortened if it must be), beside the logo.
  await expect(page.locator('.site-title span')).toBeVisible();
});

test('on a phone, a page with a menu keeps the theme switch in the menu, not the header', async ({
  page,
}) => {
  await page.goto('/start/how-to-use/');
  await expect(page.locator('header').getByRole('combobox', { name: 'Select theme' })).toBeHidden();
});

test('on a phone, a table wider than the screen shows a shadow at the edge with more to see', async ({
  page,
}) => {
  await page.goto('/decisions/when-to-leave/');
  const table = page.locator('.sl-markdown-content table').first();
  const { overflows, background } = await table.evaluate((t) => ({
    overflows: t.scrollWidth > t.clientWidth,
    background: getComputedStyle(t).backgroundImage,
  }));
  expect(overflows).toBe(true);
  // Two edge shadows fixed to the box, two covers in the page colour that scroll with the content.
  expect(background.match(/radial-gradient/g)).toHaveLength(2);
  expect(background.match(/linear-gradient/g)).toHaveLength(2);
});

test.describe('on the narrowest phone (320 px)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no ladder page scrolls sideways: level titles and dimension names wrap', async ({ page }) => {
    // The ladder pages carry the widest tables (two long level titles side by side).
    const paths = [...handbook.routes].filter((r) => r.startsWith('/ladders/') && r.endsWith('/'));
    expect(paths.length).toBeGreaterThan(20);
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      // The page must not scroll sideways, and no table may stick out of its column (the
      // page's own padding can hide that from the first check).
      const out = await page.evaluate(() => [
        document.documentElement.scrollWidth - 320,
        // Tables in a scrolling box of their own (the ladder's overview grid) may be wider.
        ...[...document.querySelectorAll('main table')]
          .filter((t) => getComputedStyle(t.parentElement!).overflowX === 'visible')
          .map((t) => t.getBoundingClientRect().right - t.parentElement!.getBoundingClientRect().right),
      ]);
      if (out.some((px) => px > 1)) wide.push(`${path} ${out.map(Math.round).join(' ')}`);
    }
    expect(wide).toEqual([]);
  });
});
