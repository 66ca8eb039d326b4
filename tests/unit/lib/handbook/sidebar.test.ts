import { describe, expect, test } from 'vitest';
import {
  SIDEBAR_WINDOW,
  buildSidebar,
  parentLinkIndex,
  prevNextLink,
  scopeSidebar,
  sectionLinks,
  sidebarLinks,
  sidebarTree,
  type SidebarEntry,
  type SidebarTreeLink,
} from '../../../../src/lib/handbook/sidebar';
import { SECTIONS } from '../../../../src/schemas/sections';
import { handbookOf, pageText } from '../../helpers/handbook-fixture';
import { smallLadderData } from '../../helpers/ladder-fixture';

/** A handbook with one page in each of the given sections. */
const withPagesIn = (sections: readonly string[], ladders: object[] = []) =>
  handbookOf({
    pages: sections.map((s) => ({ rel: `${s}/a-page.mdx`, text: pageText('A page', s, 'Text.') })),
    ladders,
  });
const ALL = SECTIONS.map((s) => s.id);

/** A sidebar link as Starlight holds it, labelled with its address. */
const sidebarLink = (href: string, attrs: SidebarTreeLink['attrs'] = {}): SidebarTreeLink => ({
  type: 'link',
  label: href,
  href,
  isCurrent: false,
  badge: undefined,
  attrs,
});

describe('buildSidebar', () => {
  test('makes one group per section, in order, listing its pages by id', () => {
    const sidebar = buildSidebar(withPagesIn(ALL));
    expect(sidebar.map((g) => g.label)).toEqual(SECTIONS.map((s) => s.label));
    expect(sidebar[6]!.items).toEqual([{ slug: 'incidents/a-page' }]);
  });

  test('lists a section’s pages in the model’s reading order, whichever folder they come from', () => {
    const handbook = handbookOf({
      pages: [
        { rel: 'incidents/b.mdx', text: pageText('B', 'incidents', 'Text.') },
        { rel: 'incidents/a.mdx', text: pageText('A', 'incidents', 'Text.', 'sidebar:\n  order: 2\n') },
        { rel: 'incidents/c.mdx', text: pageText('C', 'incidents', 'Text.', 'sidebar:\n  order: 1\n') },
      ],
    });
    expect(buildSidebar(handbook)[0]!.items).toEqual([
      { slug: 'incidents/c' },
      { slug: 'incidents/a' },
      { slug: 'incidents/b' },
    ]);
  });

  test('leaves out sections that have no pages', () => {
    const sidebar = buildSidebar(withPagesIn(ALL.filter((id) => id !== 'templates' && id !== 'levels')));
    expect(sidebar.map((g) => g.label)).not.toContain('Templates');
    expect(sidebar.map((g) => g.label)).not.toContain('Levels & ladders');
    expect(sidebar).toHaveLength(SECTIONS.length - 2);
  });

  test('the home page and hidden pages do not make a section appear', () => {
    const handbook = handbookOf({
      pages: [
        { rel: 'index.mdx', text: pageText('Home', 'start', 'Hi.') },
        {
          rel: 'templates/secret.mdx',
          text: pageText('Secret', 'templates', 'Text.', 'sidebar:\n  hidden: true\n'),
        },
      ],
    });
    expect(buildSidebar(handbook)).toEqual([]);
  });

  test('keeps "Start here" open and collapses the rest', () => {
    const sidebar = buildSidebar(withPagesIn(ALL));
    expect(sidebar.filter((g) => !g.collapsed).map((g) => g.label)).toEqual(['Start here']);
  });

  test('lists the ladders after the section’s own pages, and shows the section for ladders alone', () => {
    const ladderLinks = [
      { label: 'All career ladders', link: '/ladders/' },
      { label: 'Small test ladder', link: '/ladders/small-ladder/' },
    ];
    const alone = buildSidebar(withPagesIn(['start'], [smallLadderData()]));
    expect(alone.find((g) => g.label === 'Levels & ladders')!.items).toEqual(ladderLinks);
    const withPages = buildSidebar(withPagesIn(ALL, [smallLadderData()]));
    expect(withPages.find((g) => g.label === 'Levels & ladders')!.items).toEqual([
      { slug: 'levels/a-page' },
      ...ladderLinks,
    ]);
  });
});

describe('scopeSidebar', () => {
  const link = (href: string, isCurrent = false): SidebarEntry => ({
    type: 'link',
    label: href,
    href,
    isCurrent,
    badge: undefined,
    attrs: {},
  });
  const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
    type: 'group',
    label,
    entries,
    collapsed: true,
    badge: undefined,
  });
  const hrefs = (entries: SidebarEntry[]): string[] =>
    entries.map((e) => (e.type === 'link' ? e.href : `[${e.label}: ${hrefs(e.entries).join(' ')}]`));

  test('keeps the current page’s group open and turns every other group into a link to its first page', () => {
    const sidebar = [
      group('Start', [link('/start/a/'), link('/start/b/')]),
      group('Incidents', [link('/incidents/a/'), link('/incidents/b/', true)]),
      group('Levels', [group('Deep', [link('/levels/deep/x/')]), link('/ladders/')]),
    ];
    expect(hrefs(scopeSidebar(sidebar))).toEqual([
      '/start/a/',
      '[Incidents: /incidents/a/ /incidents/b/]',
      '/levels/deep/x/',
    ]);
    const [start] = scopeSidebar(sidebar);
    expect(start).toMatchObject({ type: 'link', label: 'Start', isCurrent: false });
  });

  test('for a page the sidebar does not list, opens the group of its section; with neither, opens none', () => {
    const sidebar = [group('Start', [link('/start/a/')]), group('Levels', [link('/ladders/')])];
    expect(hrefs(scopeSidebar(sidebar, 'Levels'))).toEqual(['/start/a/', '[Levels: /ladders/]']);
    // Shown expanded: with no current page in it, Starlight would otherwise draw it closed.
    expect(scopeSidebar(sidebar, 'Levels')[1]).toMatchObject({ type: 'group', collapsed: false });
    expect(hrefs(scopeSidebar(sidebar))).toEqual(['/start/a/', '/ladders/']);
  });

  test('inside the open group, only the subgroup holding the page stays open', () => {
    const sidebar = [
      group('Playbooks', [
        group('EM', [link('/p/em/a/'), link('/p/em/b/', true)]),
        group('PM', [link('/p/pm/a/')]),
        link('/p/c/'),
      ]),
    ];
    expect(hrefs(scopeSidebar(sidebar))).toEqual(['[Playbooks: [EM: /p/em/a/ /p/em/b/] /p/pm/a/ /p/c/]']);
  });

  test('a very long group lists a window around the current page, and links to the pages before and after it', () => {
    const pages = Array.from({ length: 100 }, (_, i) => link(`/big/${i}/`, i === 50));
    const [open] = scopeSidebar([group('Big', pages)]);
    const entries = (open as { entries: SidebarEntry[] }).entries;
    expect(entries).toHaveLength(2 * SIDEBAR_WINDOW + 3);
    expect(entries[0]).toMatchObject({
      label: `Earlier in Big (${50 - SIDEBAR_WINDOW} more)`,
      href: `/big/${49 - SIDEBAR_WINDOW}/`,
    });
    expect(entries[1]).toMatchObject({ href: `/big/${50 - SIDEBAR_WINDOW}/` });
    expect(entries.at(-1)).toMatchObject({
      label: `Later in Big (${49 - SIDEBAR_WINDOW} more)`,
      href: `/big/${51 + SIDEBAR_WINDOW}/`,
    });
    // At the start of the group there is nothing earlier to link to.
    const first = scopeSidebar([
      group(
        'Big',
        pages.map((p, i) => ({ ...p, isCurrent: i === 0 }) as SidebarEntry),
      ),
    ])[0] as {
      entries: SidebarEntry[];
    };
    expect(first.entries[0]).toMatchObject({ href: '/big/0/' });
    expect(first.entries).toHaveLength(SIDEBAR_WINDOW + 2);
  });
});

describe('what Starlight holds, and each page’s sidebar made from the whole', () => {
  const handbook = withPagesIn(ALL, [smallLadderData()]);
  const groups = buildSidebar(handbook);

  test('Starlight is given one link per section, to its first page', () => {
    const links = sectionLinks(groups);
    expect(links.map((l) => l.label)).toEqual(groups.map((g) => g.label));
    expect(links.find((l) => l.label === 'Incidents & on-call')).toEqual({
      label: 'Incidents & on-call',
      link: '/incidents/a-page/',
    });
    // A section of generated pages alone starts with its first generated page.
    const alone = sectionLinks(buildSidebar(withPagesIn(['start'], [smallLadderData()])));
    expect(alone.find((l) => l.label === 'Levels & ladders')!.link).toBe('/ladders/');
  });

  test('the whole sidebar labels pages as Starlight does, with badges and attributes, under the base', () => {
    const data = (slug: string) =>
      slug === 'incidents/a-page'
        ? {
            title: 'On call',
            sidebar: { label: 'On-call', badge: { text: 'New', variant: 'tip' }, attrs: { lang: 'en' } },
          }
        : { title: `Title of ${slug}` };
    const tree = sidebarTree(groups, data, '/hb/');
    const links = sidebarLinks(tree);
    expect(links).toHaveLength(groups.reduce((n, g) => n + g.items.length, 0));
    expect(links.find((l) => l.href === '/hb/incidents/a-page/')).toEqual({
      type: 'link',
      label: 'On-call',
      href: '/hb/incidents/a-page/',
      isCurrent: false,
      badge: { text: 'New', variant: 'tip' },
      attrs: { lang: 'en' },
    });
    expect(links.find((l) => l.href === '/hb/start/a-page/')!.label).toBe('Title of start/a-page');
    expect(links.find((l) => l.href === '/hb/ladders/')!.label).toBe('All career ladders');
    expect(tree.every((e) => e.type === 'group')).toBe(true);
    expect(() => sidebarTree(groups, () => undefined, '/')).toThrow(/The sidebar lists start\/a-page/);
  });

  test('previous and next links follow the page’s prev and next frontmatter as Starlight reads it', () => {
    const link = (href: string) => sidebarLink(href, { a: 1 });
    expect(prevNextLink(link('/a/'), undefined)).toEqual(link('/a/'));
    expect(prevNextLink(link('/a/'), true)).toEqual(link('/a/'));
    expect(prevNextLink(link('/a/'), false)).toBeUndefined();
    expect(prevNextLink(link('/a/'), 'Back')).toEqual({ ...link('/a/'), label: 'Back' });
    expect(prevNextLink(undefined, 'Back')).toBeUndefined();
    expect(prevNextLink(link('/a/'), { link: '/b/' })).toEqual({ ...link('/a/'), href: '/b/', attrs: {} });
    expect(prevNextLink(undefined, { link: '/b/', label: 'B' })).toMatchObject({ href: '/b/', label: 'B' });
    expect(prevNextLink(undefined, { link: '/b/' })).toBeUndefined();
  });
});

describe('parentLinkIndex', () => {
  const links = ['/', '/ladders/', '/ladders/ic/', '/ladders/ic-x/', '/hb/start/a/'].map((href) =>
    sidebarLink(href),
  );
  // Looked up as the route middleware looks links up: by address without the trailing slash.
  const byPath = new Map(links.map((l, i) => [l.href.length > 1 ? l.href.replace(/\/$/, '') : l.href, i]));
  const indexOf = (path: string) => byPath.get(path);

  test('a page the sidebar does not list sits under the link with the longest address above it', () => {
    expect(parentLinkIndex(indexOf, '/ladders/ic/senior/')).toBe(2);
    expect(parentLinkIndex(indexOf, '/ladders/ic/compare/mid-vs-senior/')).toBe(2);
    expect(parentLinkIndex(indexOf, '/ladders/ic-x/next')).toBe(3); // folder by folder: not /ladders/ic/
    expect(parentLinkIndex(indexOf, '/ladders/other/')).toBe(1);
  });

  test('the home page is nobody’s parent, and a listed page is not its own', () => {
    expect(parentLinkIndex(indexOf, '/due-for-review/')).toBeUndefined();
    expect(parentLinkIndex(indexOf, '/ladders/')).toBeUndefined();
    // Under a base, its home page is nobody's parent either.
    const underBase = new Map([
      ['/hb', 0],
      ['/hb/ladders', 1],
    ]);
    expect(parentLinkIndex((p) => underBase.get(p), '/hb/due-for-review/', '/hb/')).toBeUndefined();
    expect(parentLinkIndex((p) => underBase.get(p), '/hb/ladders/ic/', '/hb/')).toBe(1);
  });
});
