import { test, expect, at } from './fixtures';
import { handbook, settings } from './site';
import { watchRequests } from './requests';

/** The fork's repository, when its config names one (the Acme fixture does; upstream does not). */
const { repository } = settings;
const PAGE = '/incidents/on-call/';
/** A page of the fork's own, from its `local/docs/`, when it has one. */
const ownPage = handbook.pages.find((p) => /(^|\/)local\/docs\//.test(p.file));

test('with no repository in the config, a page has neither an edit nor a report link', async ({ page }) => {
  test.skip(Boolean(repository), 'this build names a repository');
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit page' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Report a problem' })).toHaveCount(0);
});

test('“Report a problem” fills in an issue with the page and the words the reader selected; nothing is sent', async ({
  page,
  baseURL,
}) => {
  test.skip(!repository, 'this build names no repository');
  const requests = watchRequests(page, new URL(baseURL!).origin);
  await page.goto(PAGE);
  const report = page.getByRole('link', { name: 'Report a problem' });
  await expect(report).toBeVisible();
  // Upstream's page: no edit link in a fork, which never edits upstream's files (a merge
  // conflict later). The fork's own page keeps its edit link, to its file in local/.
  await expect(page.getByRole('link', { name: 'Edit page' })).toHaveCount(0);
  if (ownPage) {
    await page.goto(ownPage.route);
    await expect(page.getByRole('link', { name: 'Edit page' })).toHaveAttribute(
      'href',
      new RegExp(`/(edit|blob)/[^/]+/(.*/)?${ownPage.file.slice(ownPage.file.indexOf('local/docs/'))}$`),
    );
  }
  await page.goto(PAGE);
  // Without a selection: the page's title and address.
  const plain = new URL((await report.getAttribute('href'))!);
  const field = repository!.kind === 'github' ? 'body' : 'issue[description]';
  // Built with a public address, the page names it; without one, its path (never a local address).
  const address = settings.publicSite ? new URL(at(PAGE), settings.publicSite).href : at(PAGE);
  expect(plain.searchParams.get(field)).toContain(`Page: ${address}\n`);
  // Select the first paragraph, then reach the link by keyboard, as a reader would.
  const paragraph = page.locator('.sl-markdown-content p').first();
  const words = (await paragraph.innerText()).trim();
  await paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await report.focus();
  const filled = new URL((await report.getAttribute('href'))!);
  expect(filled.origin + filled.pathname).toBe(
    `${repository!.url}${repository!.kind === 'github' ? '/issues/new' : '/-/issues/new'}`,
  );
  expect(filled.searchParams.get(field)).toContain(`> ${words.split('\n')[0]!.slice(0, 60)}`);
  // Once the reader is there, the address they are on.
  expect(filled.searchParams.get(field)).toContain(`Page: ${new URL(at(PAGE), baseURL).href}`);
  // Filling the link in is all that happened: no request left the site.
  expect(requests.foreign).toEqual([]);
});
