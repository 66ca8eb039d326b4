import { test, expect } from './fixtures';
import { search } from './search-helpers';
import { axeViolations } from './axe';

// Every built page is checked with axe in tests/e2e/every-page.spec.ts; the states only
// reachable by interaction (a dialog open, a checklist or an assessment in use) are checked
// where those interactions are tested.

test('axe finds no violations with the search dialog open', async ({ page }) => {
  await page.goto('/start/how-to-use/');
  await search(page, 'promotion');
  expect(await axeViolations(page)).toEqual([]);
});
