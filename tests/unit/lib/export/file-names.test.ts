import { describe, expect, test } from 'vitest';
import { exportSite } from '../../../../src/lib/export/export-site';
import { STYLES, TARGETS } from '../../../../src/lib/export/targets';
import { handbookOf, pageText } from '../../helpers/handbook-fixture';
import { smallLadderData } from '../../helpers/ladder-fixture';

/**
 * Two pages never share an output file. Flat wikis (GitHub wiki, Confluence) name files after
 * titles, so pages titled alike used to overwrite each other without a word, and a page titled
 * "Home" replaced the wiki's front page.
 */
const handbook = handbookOf({
  pages: [
    { rel: 'index.mdx', text: pageText('Engineering handbook', 'start', 'The front page.\n') },
    {
      rel: 'management/running-retros.mdx',
      text: pageText('Running retros', 'management', 'Retros for managers.\n'),
    },
    {
      rel: 'incidents/running-retros.mdx',
      text: pageText('Running retros', 'incidents', 'Retros after incidents.\n'),
    },
    {
      rel: 'incidents/running-retros-again.mdx',
      text: pageText('Running Retros', 'incidents', 'A third, in the same section, its title cased apart.\n'),
    },
    { rel: 'management/home.mdx', text: pageText('Home', 'management', 'Not the front page.\n') },
    {
      rel: 'management/links.mdx',
      text: pageText(
        'Links',
        'management',
        'See [incident retros](/incidents/running-retros/) and [manager retros](/management/running-retros/).\n',
      ),
    },
  ],
  ladders: [smallLadderData()],
});

/** The page files of an export (not its sidebars or category files), by the text they hold. */
const pageFiles = (files: Map<string, string>) =>
  [...files.keys()].filter((f) => f.endsWith('.md') && !f.startsWith('_'));

describe.each(TARGETS)('%s: every page gets its own file', (target) => {
  const result = exportSite({ target, handbook });

  test('as many page files as pages, none of them a sidebar’s name, and no link leads nowhere', () => {
    expect(pageFiles(result.files)).toHaveLength(result.pages);
    const lower = [...result.files.keys()].map((f) => f.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(result.unresolved).toEqual([]);
  });

  test('each page’s own words are in the file the export gave it', () => {
    for (const [route, words] of [
      ['/management/running-retros/', 'Retros for managers.'],
      ['/incidents/running-retros/', 'Retros after incidents.'],
      ['/incidents/running-retros-again/', 'A third, in the same section'],
      ['/management/home/', 'Not the front page.'],
      ['/', 'The front page.'],
    ] as const)
      expect(result.files.get(result.fileOf.get(route)!), route).toContain(words);
  });
});

test('flat wikis: the first page keeps its name, later ones get their section, then a number', () => {
  const github = exportSite({ target: 'github-wiki', handbook });
  expect(Object.fromEntries(github.fileOf)).toMatchObject({
    '/': 'Home.md',
    '/management/home/': 'Home-management.md',
    '/management/running-retros/': 'Running-retros.md',
    '/incidents/running-retros/': 'Running-retros-incidents.md',
    '/incidents/running-retros-again/': 'Running-Retros-incidents-2.md',
  });
  // The sidebar and the links lead to each page's own file.
  const sidebar = github.files.get('_Sidebar.md')!;
  expect(sidebar).toContain('- [Running retros](Running-retros)');
  expect(sidebar).toContain('- [Running retros](Running-retros-incidents)');
  expect(sidebar).toContain('- [Home](Home-management)');
  const links = github.files.get('Links.md')!;
  expect(links).toContain('[incident retros](Running-retros-incidents)');
  expect(links).toContain('[manager retros](Running-retros)');
  const confluence = exportSite({ target: 'confluence', handbook });
  expect(confluence.files.get('Links.md')).toContain('[incident retros](Running-retros-incidents.md)');
});

test('a page keeps its file name whichever sections are exported', () => {
  const incidents = exportSite({ target: 'github-wiki', handbook, sections: ['incidents'] });
  expect(incidents.files.has('Running-retros-incidents.md')).toBe(true);
  expect(incidents.files.has('Running-retros.md')).toBe(false);
});

test('the style alone names a page as before, for a page the export has not named', () => {
  const page = {
    route: '/incidents/running-retros/',
    title: 'Running retros',
    section: 'incidents',
    order: 1,
  };
  expect(STYLES['github-wiki'].file(page)).toBe('Running-retros.md');
  expect(STYLES['github-wiki'].file({ ...page, outFile: 'Running-retros-incidents.md' })).toBe(
    'Running-retros-incidents.md',
  );
});

test('a title a new user may write: brackets stay text in a wiki sidebar, a long one a short file name', () => {
  const long = 'Very long title '.repeat(30).trim();
  const odd = handbookOf({
    pages: [
      { rel: 'index.mdx', text: pageText('Home', 'start', 'Home.\n') },
      { rel: 'playbooks/bracket.mdx', text: pageText('"[link] text"', 'playbooks', 'Brackets.\n') },
      { rel: 'playbooks/long.mdx', text: pageText(long, 'playbooks', 'Long.\n') },
      { rel: 'playbooks/emoji.mdx', text: pageText('🚀🚀', 'playbooks', 'Emoji.\n') },
    ],
    ladders: [smallLadderData()],
  });
  for (const target of ['github-wiki', 'confluence'] as const) {
    const result = exportSite({ target, handbook: odd });
    expect(result.unresolved, target).toEqual([]);
    for (const file of result.files.keys()) expect(Buffer.byteLength(file), file).toBeLessThanOrEqual(110);
    expect(result.fileOf.get('/playbooks/emoji/'), target).toBe('playbooks-emoji.md');
  }
  const sidebar = exportSite({ target: 'github-wiki', handbook: odd }).files.get('_Sidebar.md')!;
  expect(sidebar).toContain('- [\\[link\\] text](link-text)');
});

describe('docusaurus: a page beside its own folder becomes the folder’s index', () => {
  const landing = handbookOf({
    pages: [
      { rel: 'index.mdx', text: pageText('Home', 'start', 'Home.\n') },
      { rel: 'templates/index.mdx', text: pageText('Templates', 'templates', 'All of them.\n') },
      { rel: 'templates/agenda.mdx', text: pageText('Agenda', 'templates', 'An agenda.\n') },
    ],
    ladders: [smallLadderData()],
  });
  const result = exportSite({ target: 'docusaurus', handbook: landing });
  const files = [...result.files.keys()];

  test('no `x.md` sits beside a folder `x/`, so no page is listed twice in the sidebar', () => {
    expect(files).toEqual(expect.arrayContaining(['templates/index.md', 'ladders/index.md']));
    for (const file of files)
      expect(
        files.some((other) => other.startsWith(`${file.replace(/\.md$/, '')}/`)),
        file,
      ).toBe(false);
    expect(result.unresolved).toEqual([]);
  });

  test('every folder with pages has a _category_.json; ladders/ follows its section', () => {
    const folders = new Set(files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.lastIndexOf('/'))));
    for (const folder of folders) expect(files, folder).toContain(`${folder}/_category_.json`);
    expect(JSON.parse(result.files.get('ladders/_category_.json')!)).toEqual({
      label: 'Career ladders',
      position: 2.5, // after "Levels & ladders" (2), the section its pages belong to
    });
    expect(JSON.parse(result.files.get('templates/_category_.json')!)).toEqual({
      label: 'Templates',
      position: 10,
    });
  });
});
