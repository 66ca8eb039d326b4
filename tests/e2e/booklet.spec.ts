import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { handbook, settings, SITE_DIST } from './site';
import { routesOf } from '../../src/lib/handbook/model';

/**
 * The offline booklets the build makes: linked from their section's pages, and working from a
 * copy on disk (file://) with no request of any kind.
 */
const booklets = routesOf(handbook, 'booklet');
const sections = booklets.map((b) => b.section);
const bookletRoute = (section: string) => booklets.find((b) => b.section === section)!.route;
const section = sections[0]!;
const pages = handbook.pages.filter((p) => p.section === section && p.inSidebar);

/** A word from one page's body that no other page of the section has, to search for. */
function distinctiveWord(): { word: string; page: string } {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{9,}/g) ?? []);
  for (const page of pages.slice(1)) {
    const others = new Set(pages.filter((p) => p !== page).flatMap((p) => [...words(p.body)]));
    const word = [...words(page.body)].find((w) => !others.has(w));
    if (word) return { word, page: page.title };
  }
  throw new Error('no distinctive word in the section');
}

test('the build makes a booklet of the incidents section by default', () => {
  expect(sections).toContain('incidents');
});

test('each page of the section links its booklet, and the site serves it', async ({ page, request }) => {
  await page.goto(pages[0]!.route);
  const link = page.getByRole('link', { name: 'Download this section' });
  await expect(link).toHaveAttribute('href', new RegExp(`${bookletRoute(section).replace(/\./g, '\\.')}$`));
  await expect(link).toHaveAttribute('download', '');
  const response = await request.get(bookletRoute(section));
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`id="booklet-search"`);
  // The section's own address offers it too, where a reader preparing for a night on call looks first.
  await page.goto(`/${section}/`);
  await expect(page.getByRole('link', { name: 'Download this section' })).toHaveAttribute(
    'href',
    new RegExp(`${bookletRoute(section).replace(/\./g, '\\.')}$`),
  );
  // A page of another section has no such link.
  const other = handbook.pages.find((p) => p.inSidebar && !sections.includes(p.section))!;
  await page.goto(other.route);
  await expect(page.getByRole('link', { name: 'Download this section' })).toHaveCount(0);
});

test.describe('opened from disk', () => {
  let url: string;
  test.beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'booklet-e2e-'));
    const file = join(dir, `${section}.html`);
    copyFileSync(join(SITE_DIST, bookletRoute(section)), file);
    url = pathToFileURL(file).href;
  });

  test('no request, no error, every page title, anchors that jump, search that finds, nothing for axe', async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);

    for (const p of pages)
      await expect(page.locator('article > h2').getByText(p.title, { exact: true })).toHaveCount(1);

    // A contents entry jumps to its page inside the file.
    const entry = page.locator('.toc a').filter({ hasText: pages[1]!.title }).first();
    await entry.click();
    expect(new URL(page.url()).hash).toMatch(/^#page-/);
    await expect(page.locator(new URL(page.url()).hash)).toBeInViewport();

    // Search finds a word from a page body and links to its section.
    const { word, page: title } = distinctiveWord();
    await page.locator('#booklet-search').fill(word);
    const result = page.locator('.search-results a').first();
    await expect(result).toContainText(title);
    await result.click();
    await expect(page.locator(new URL(page.url()).hash)).toBeInViewport();

    // No link leads to a relative address that would break on disk: in-file anchors, or full
    // addresses (the site's own, when the config names one, and the Sources).
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => !/^(#|https?:\/\/)/.test(h))).toEqual([]);
    if (settings.publicSite)
      expect(
        hrefs.some((h) => h.startsWith(`${settings.publicSite!.replace(/\/$/, '')}${settings.base}`)),
      ).toBe(true);

    // Checklists can be ticked, by a tap on the item's words as much as on the box.
    const box = page.locator('article input[type=checkbox]').first();
    if ((await box.count()) > 0) {
      await box.check();
      await expect(box).toBeChecked();
      const next = page.locator('article li:has(input[type=checkbox])').nth(1);
      await next.locator('label').click({ position: { x: 120, y: 5 } });
      await expect(next.locator('input')).toBeChecked();
    }

    // The words readers search with that a page does not use find it here too, as on the site.
    const tagged = pages.find((p) => p.searchTerms.length > 0);
    if (tagged) {
      await page.locator('#booklet-search').fill(tagged.searchTerms[0]!);
      await expect(page.locator('.search-results a').first()).toContainText(tagged.title);
    }

    // Each page ends with the way back to the contents.
    expect(await page.locator('article .to-contents a').count()).toBe(await page.locator('article').count());
    const back = page.locator('article').first().getByRole('link', { name: 'Back to contents' });
    await back.click();
    await expect(page.locator('#toc-title')).toBeInViewport();

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the contents still work and the search box stays hidden', async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('form.search')).toBeHidden();
      await page.locator('.toc a').nth(2).click();
      await expect(page.locator(new URL(page.url()).hash)).toBeInViewport();
    });
  });
});
