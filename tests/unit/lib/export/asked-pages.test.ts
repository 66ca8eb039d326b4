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

  test('under a sub-path, the base comes off, as the address bar shows it, and only the base', () => {
    expect(askedRoute('https://acme.example/hb/incidents/on-call/', '/hb/')).toBe('/incidents/on-call/');
    expect(askedRoute('/hb/incidents/on-call', '/hb/')).toBe('/incidents/on-call/');
    expect(askedRoute('https://acme.example/hb', '/hb/')).toBe('/');
    expect(askedRoute('/hbx/incidents/', '/hb/')).toBe('/hbx/incidents/');
    expect(askedRoute('https://acme.example/other/incidents/', '/hb/')).toBe('/other/incidents/');
  });

  test('a Windows path and an encoded address are read; what is no address at all is undefined', () => {
    expect(askedRoute('content\\docs\\management\\one-on-ones.mdx')).toBe('/management/one-on-ones/');
    expect(askedRoute('/levels/caf%C3%A9/')).toBe('/levels/café/');
    expect(askedRoute('https://')).toBeUndefined();
    expect(askedRoute('https://x/%E0%A4%A')).toBeUndefined();
  });
});
