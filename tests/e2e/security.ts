import type { Page, Response } from '@playwright/test';
import { expect } from './fixtures';
import { settings } from './site';

/**
 * The headers every page is documented to send (DECISIONS.md, "Fork it and self-host it"),
 * checked on a response the way a security reviewer would read them.
 */
export function expectSecurityHeaders(response: Response, what: string) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name)
      ?.slice(1);
  expect(directive('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  const scripts = directive('script-src') ?? [];
  expect(scripts.slice(0, 2), `${what}: script-src`).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(
    scripts.slice(2).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
    `${what}: script hashes`,
  ).toBe(true);
  expect(directive('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(directive('base-uri'), `${what}: base-uri`).toEqual(["'self'"]);
  expect(directive('form-action'), `${what}: form-action`).toEqual(["'self'"]);
  expect(directive('frame-ancestors'), `${what}: frame-ancestors`).toEqual(settings.config.frameAncestors);
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['x-robots-tag'], `${what}: X-Robots-Tag in the ${settings.visibility} edition`).toBe(
    settings.visibility === 'internal' ? 'noindex' : undefined,
  );
}

/** Starts recording the page's Content-Security-Policy violations; call before `goto`. */
export async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
