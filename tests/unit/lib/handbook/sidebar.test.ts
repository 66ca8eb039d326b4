import { describe, expect, test } from 'vitest';
import { buildSidebar } from '../../../../src/lib/handbook/sidebar';
import { SECTIONS } from '../../../../src/schemas/sections';

describe('buildSidebar', () => {
  test('makes one group per section, in order, each generated from its folder', () => {
    const sidebar = buildSidebar(SECTIONS, () => 1, 'content/docs');
    expect(sidebar.map((g) => g.label)).toEqual(SECTIONS.map((s) => s.label));
    expect(sidebar[6]!.items).toEqual([{ autogenerate: { directory: 'content/docs/incidents' } }]);
  });

  test('leaves out sections that have no pages', () => {
    const sidebar = buildSidebar(
      SECTIONS,
      (id) => (id === 'templates' || id === 'levels' ? 0 : 2),
      'content/docs',
    );
    expect(sidebar.map((g) => g.label)).not.toContain('Templates');
    expect(sidebar.map((g) => g.label)).not.toContain('Levels & ladders');
    expect(sidebar).toHaveLength(SECTIONS.length - 2);
  });

  test('keeps "Start here" open and collapses the rest', () => {
    const sidebar = buildSidebar(SECTIONS, () => 1, 'content/docs');
    expect(sidebar.filter((g) => !g.collapsed).map((g) => g.label)).toEqual(['Start here']);
  });

  test('lists generated pages after a section’s own pages, and shows a section that has only those', () => {
    const links = { levels: [{ label: 'IC ladder', link: '/ladders/ic/' }] };
    const sidebar = buildSidebar(SECTIONS, (id) => (id === 'levels' ? 0 : 1), 'content/docs', links);
    expect(sidebar.find((g) => g.label === 'Levels & ladders')!.items).toEqual(links.levels);
    const withPages = buildSidebar(SECTIONS, () => 1, 'content/docs', links);
    expect(withPages.find((g) => g.label === 'Levels & ladders')!.items).toEqual([
      { autogenerate: { directory: 'content/docs/levels' } },
      ...links.levels,
    ]);
  });

  test('accepts a docs path written with ./ or a trailing slash', () => {
    const [first] = buildSidebar(SECTIONS, () => 1, './content/docs/');
    expect(first!.items[0]).toEqual({ autogenerate: { directory: 'content/docs/start' } });
  });
});
