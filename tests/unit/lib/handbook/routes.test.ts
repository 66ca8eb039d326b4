import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROUTE_PATTERNS,
  fillRoute,
  linkRoute,
  pageFolder,
  pageRoute,
  type RouteKind,
} from '../../../../src/lib/handbook/routes';
import { RESERVED_LEVEL_IDS } from '../../../../src/schemas/ladder';
import { ROOT } from '../../../paths';

/** The file in src/pages that renders a route pattern: `/ladders/[ladder]/` → `ladders/[ladder]/index.astro`. */
function routeFile(pattern: string): string[] {
  const path = pattern.slice(1);
  if (path.endsWith('/')) return [`${path}index.astro`, `${path.slice(0, -1)}.astro`];
  return [`${path}.ts`];
}

describe('route patterns', () => {
  test.each(Object.entries(ROUTE_PATTERNS))(
    '%s (%s) is rendered by a file in src/pages',
    (_kind, pattern) => {
      const candidates = routeFile(pattern).map((f) => join(ROOT, 'src', 'pages', f));
      expect(candidates.some(existsSync), `one of ${candidates.join(', ')}`).toBe(true);
    },
  );

  test('no level id can collide with a fixed part of a ladder’s addresses', () => {
    const fixed = Object.values(ROUTE_PATTERNS)
      .filter((p) => p.startsWith('/ladders/[ladder]/'))
      .map((p) => p.split('/')[3]!)
      .filter((segment) => segment && !segment.startsWith('['));
    expect([...new Set(fixed)].sort()).toEqual([...RESERVED_LEVEL_IDS].sort());
  });

  test('fillRoute fills every slot and refuses a missing one', () => {
    expect(fillRoute('next', { ladder: 'ic', pair: 'mid-to-senior' })).toBe(
      '/ladders/ic/next/mid-to-senior/',
    );
    expect(() => fillRoute('level' as RouteKind, { ladder: 'ic' })).toThrow(
      'Route level needs the parameter "level".',
    );
  });
});

describe('page addresses', () => {
  test('a page file’s address comes from its path in content/docs', () => {
    expect(pageRoute('incidents/on-call.mdx')).toBe('/incidents/on-call/');
    expect(pageRoute('index.mdx')).toBe('/');
    expect(pageRoute('404.md')).toBe('/404/');
    expect(pageRoute('start/index.mdx')).toBe('/start/');
  });

  test('a page belongs to its folder; top-level pages to "start"', () => {
    expect(pageFolder('incidents/on-call.mdx')).toBe('incidents');
    expect(pageFolder('index.mdx')).toBe('start');
  });

  test('linkRoute reduces a link to the address it points at, and ignores links that leave the site', () => {
    expect(linkRoute('/incidents/on-call#roles')).toBe('/incidents/on-call/');
    expect(linkRoute('/incidents/on-call/?q=1')).toBe('/incidents/on-call/');
    expect(linkRoute('/ladders/ic.json')).toBe('/ladders/ic.json');
    for (const url of ['https://example.com/', '//cdn.example/x', '#top', 'mailto:a@b.c'])
      expect(linkRoute(url)).toBeUndefined();
  });
});
