import { test, expect } from './fixtures';
import { handbook, settings } from './site';
import { sectionIsOn } from '../../src/lib/handbook/options';

// A fork that turns the Templates section off has no Templates page to test.
test.skip(!sectionIsOn(settings.config, 'templates'), 'this build turns the templates section off');

/**
 * The Templates page lists every copyable block and checklist in the built site. The expected
 * list is found here with a plain scan of each page's text, independent of the code that builds
 * the page: a ```markdown or ```text block, or a <Checklist>, that is missing from the page (an
 * untitled block, say) fails this test.
 */
const FENCE = /^```(?:markdown|text)\b(.*)$/gm;
const CHECKLIST = /<Checklist\b[^>]*\bid="([^"]+)"[^>]*\/>/g;

const expected = handbook.pages.flatMap((page) => {
  const text = page.text ?? page.body;
  const blocks = [...text.matchAll(FENCE)].map(
    (m) => /title="([^"]*)"/.exec(m[1]!)?.[1] ?? '(untitled block)',
  );
  const checklists = [...text.matchAll(CHECKLIST)].map((m) => {
    const checklist = handbook.checklists.find((c) => c.id === m[1])!;
    const group = checklist.groups.find((g) => g.id === /group="([^"]+)"/.exec(m[0])?.[1]);
    return group ? `${checklist.title}: ${group.title}` : checklist.title;
  });
  return [...blocks, ...checklists].map((title) => `${page.route} ${title}`);
});

test('the Templates page lists every template and checklist on every page, and links each page', async ({
  page,
}) => {
  expect(expected.length).toBeGreaterThan(50);
  await page.goto('/templates/');
  const listed = await page
    .locator('.template-index li[data-template-page]')
    .evaluateAll((items) =>
      items.map(
        (li) => `${li.getAttribute('data-template-page')} ${li.querySelector('a')!.textContent!.trim()}`,
      ),
    );
  expect(listed.sort()).toEqual([...expected].sort());
  await expect(page.locator('.template-count')).toContainText(`${expected.length} templates`);

  // Each entry opens its page, at the heading the template sits under when it has one.
  const first = page.locator('.template-index li[data-template-page] a').first();
  const route = await first.locator('xpath=..').getAttribute('data-template-page');
  const href = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${route!.replace(/\//g, '\\/')}(#[\\w-]+)?$`));
  const id = decodeURIComponent(new URL(href, page.url()).hash.slice(1));
  if (id) await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('“On this page” lists each section of the index, and each entry leads to its heading', async ({
  page,
}) => {
  await page.goto('/templates/');
  const headings = await page
    .locator('.template-index h2')
    .evaluateAll((hs) => hs.map((h) => [h.id, h.textContent]));
  expect(headings.length).toBeGreaterThan(3);
  const toc = page.locator('starlight-toc nav');
  for (const [id, label] of headings) await expect(toc.locator(`a[href="#${id}"]`)).toHaveText(label!);
  // The page's own heading after the index stays last.
  await expect(toc.locator('a').last()).toHaveAttribute('href', '#where-to-go-next');
});

test('a heading with “1:1” in it is named in full under its template', async ({ page }) => {
  await page.goto('/templates/');
  await expect(page.locator('.template-where').filter({ hasText: '1:1' }).first()).toBeVisible();
  await expect(page.locator('.template-where').filter({ hasText: /under “[^”]*\s1”/ })).toHaveCount(0);
});
