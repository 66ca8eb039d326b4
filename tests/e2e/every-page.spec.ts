import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { builtPages, pageKind } from './site';
import { watchRequests } from './requests';
import { expectSecurityHeaders, recordViolations } from './security';

/**
 * One visit per built page, served by nginx as deployed, checks what every page must do: the
 * documented security headers and not one Content-Security-Policy violation, no WCAG 2.2 AA
 * violation (axe, light theme), no request to another origin, no error in the console, and no
 * sideways scrolling on a 360 px phone. One page of
 * each kind, and every page with a checklist or an assessment, also gets the dark theme's
 * contrast pass: colours come from one theme, so each layout and component is checked once.
 */
const pages = builtPages();
const firstOfKind = new Set<string>();
const darkPass = new Set(
  pages.filter((p) => !firstOfKind.has(pageKind(p)) && Boolean(firstOfKind.add(pageKind(p)))),
);

test.use({ colorScheme: 'light' });

for (const path of pages) {
  test(`${path}: secure, accessible, private, fits a phone`, async ({ page, baseURL }) => {
    const requests = watchRequests(page, new URL(baseURL!).origin);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const violations = await recordViolations(page);
    const response = await page.goto(path);
    expectSecurityHeaders(response!, path);
    // A booklet is not a Starlight page: it follows the system's colour scheme (light here).
    const booklet = pageKind(path) === 'booklet';
    if (!booklet) await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page), 'axe, light theme').toEqual([]);

    if (booklet && darkPass.has(path)) {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { rules: ['color-contrast'] }), 'axe, dark scheme').toEqual([]);
    } else if (darkPass.has(path)) {
      // What the theme menu does: the whole site's colours follow this one attribute.
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      expect(
        await axeViolations(page, { rules: ['color-contrast', 'link-in-text-block'] }),
        'axe, dark theme',
      ).toEqual([]);
    }

    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'pixels of sideways scrolling at 360 px').toBeLessThanOrEqual(0);

    expect(requests.foreign, 'requests to other origins').toEqual([]);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
    expect(errors, 'errors in the console').toEqual([]);
  });
}
