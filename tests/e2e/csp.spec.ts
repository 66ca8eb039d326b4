import { test, expect } from './fixtures';
import { recordViolations } from './security';
import { search } from './search-helpers';

/**
 * The policy bites: a page served with the real headers, but with an inline script and a
 * foreign image slipped into its HTML on the way (as a compromised CDN or a bad merge would),
 * runs neither, and the browser reports both.
 */
test('an injected inline script and a foreign image are blocked and reported', async ({ page, baseURL }) => {
  const violations = await recordViolations(page);
  // A request the browser refuses still shows up as a request; what matters is that none is answered.
  const answered: string[] = [];
  page.on(
    'requestfinished',
    (r) => new URL(r.url()).origin !== new URL(baseURL!).origin && answered.push(r.url()),
  );
  await page.route('**/start/how-to-use/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</body>',
      '<script>window.injected = true</script><img alt="" src="https://tracker.example/pixel.png"></body>',
    );
    await route.fulfill({ response, body });
  });
  await page.goto('/start/how-to-use/');
  await expect
    .poll(violations)
    .toEqual(
      expect.arrayContaining([
        'script-src-elem blocked inline',
        'img-src blocked https://tracker.example/pixel.png',
      ]),
    );
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(answered).toEqual([]);
});

test('search still works under the policy (Pagefind’s WebAssembly is allowed, nothing wider)', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await search(page, 'incident');
  expect(await violations()).toEqual([]);
});
