import { describe, expect, test } from 'vitest';
import { askedRoute } from '../../../../src/lib/export/pages';

/** `--page` takes a page as a reader has it at hand: from the address bar, the repository or memory. */
describe('askedRoute', () => {
  test.each([
    ['/management/one-on-ones/', '/management/one-on-ones/'],
    ['management/one-on-ones', '/management/one-on-ones/'],
    ['  /management/one-on-ones ', '/management/one-on-ones/'],
    ['/management/one-on-ones/#agenda', '/management/one-on-ones/'],
    ['content/docs/management/one-on-ones.mdx', '/management/one-on-ones/'],
    ['./content/docs/incidents/index.mdx', '/incidents/'],
    ['local/docs/playbooks/our-rota.md', '/playbooks/our-rota/'],
    ['content/docs/index.mdx', '/'],
    ['/', '/'],
    ['https://hb.example/management/one-on-ones/?x=1', '/management/one-on-ones/'],
  ])('%s is %s', (asked, route) => {
    expect(askedRoute(asked)).toBe(route);
  });

  test('a full address under a sub-path drops the site’s base, and only that', () => {
    expect(askedRoute('https://acme.example/hb/incidents/on-call/', 'https://acme.example/hb/')).toBe(
      '/incidents/on-call/',
    );
    expect(askedRoute('https://acme.example/other/incidents/', 'https://acme.example/hb/')).toBe(
      '/other/incidents/',
    );
  });
});
