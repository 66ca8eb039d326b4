import { describe, expect, test } from 'vitest';
import { buildSidebar } from '../../../../src/lib/handbook/sidebar';
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

describe('buildSidebar', () => {
  test('makes one group per section, in order, each generated from its folder', () => {
    const sidebar = buildSidebar(withPagesIn(ALL), 'content/docs');
    expect(sidebar.map((g) => g.label)).toEqual(SECTIONS.map((s) => s.label));
    expect(sidebar[6]!.items).toEqual([{ autogenerate: { directory: 'content/docs/incidents' } }]);
  });

  test('leaves out sections that have no pages', () => {
    const sidebar = buildSidebar(
      withPagesIn(ALL.filter((id) => id !== 'templates' && id !== 'levels')),
      'content/docs',
    );
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
    expect(buildSidebar(handbook, 'content/docs')).toEqual([]);
  });

  test('keeps "Start here" open and collapses the rest', () => {
    const sidebar = buildSidebar(withPagesIn(ALL), 'content/docs');
    expect(sidebar.filter((g) => !g.collapsed).map((g) => g.label)).toEqual(['Start here']);
  });

  test('lists the ladders after the section’s own pages, and shows the section for ladders alone', () => {
    const ladderLinks = [
      { label: 'All career ladders', link: '/ladders/' },
      { label: 'Small test ladder', link: '/ladders/small-ladder/' },
    ];
    const alone = buildSidebar(withPagesIn(['start'], [smallLadderData()]), 'content/docs');
    expect(alone.find((g) => g.label === 'Levels & ladders')!.items).toEqual(ladderLinks);
    const withPages = buildSidebar(withPagesIn(ALL, [smallLadderData()]), 'content/docs');
    expect(withPages.find((g) => g.label === 'Levels & ladders')!.items).toEqual([
      { autogenerate: { directory: 'content/docs/levels' } },
      ...ladderLinks,
    ]);
  });

  test('accepts a docs path written with ./ or a trailing slash', () => {
    const [first] = buildSidebar(withPagesIn(ALL), './content/docs/');
    expect(first!.items[0]).toEqual({ autogenerate: { directory: 'content/docs/start' } });
  });
});
