import { describe, expect, test } from 'vitest';
import { exportSite } from '../../../../src/lib/export/export-site';
import { STYLES, TARGETS, type ExportPage, type Target } from '../../../../src/lib/export/targets';
import { exportHandbook } from './export-handbook';
import { pageText } from '../../helpers/handbook-fixture';

const onCall: ExportPage = { route: '/incidents/on-call/', title: 'On-call', section: 'incidents', order: 1 };
const oneOnOnes: ExportPage = {
  route: '/management/one-on-ones/',
  title: 'One-on-ones',
  section: 'management',
  order: 2,
};
const home: ExportPage = { route: '/', title: 'Engineering handbook', section: 'start', order: 0 };

/** Each target's file for on-call and home, and its link from on-call to one-on-ones#agenda. */
const EXPECTED: Record<Target, { file: string; home: string; link: string }> = {
  gfm: { file: 'incidents/on-call.md', home: 'index.md', link: '../management/one-on-ones.md#agenda' },
  'github-wiki': { file: 'On-call.md', home: 'Home.md', link: 'One-on-ones#agenda' },
  'gitlab-wiki': { file: 'incidents/on-call.md', home: 'home.md', link: '../management/one-on-ones#agenda' },
  obsidian: { file: 'incidents/on-call.md', home: 'index.md', link: '[[management/one-on-ones#agenda]]' },
  docusaurus: { file: 'incidents/on-call.md', home: 'index.md', link: '../management/one-on-ones.md#agenda' },
  confluence: { file: 'On-call.md', home: 'Home.md', link: 'One-on-ones.md#agenda' },
  notion: { file: 'incidents/on-call.md', home: 'index.md', link: '../management/one-on-ones.md#agenda' },
};

describe.each(TARGETS)('the %s style', (target) => {
  const style = STYLES[target];

  test('names the files and writes the links of a pair of pages', () => {
    expect(style.file(onCall)).toBe(EXPECTED[target].file);
    expect(style.file(home)).toBe(EXPECTED[target].home);
    const link = style.link(onCall, oneOnOnes, 'agenda');
    expect(link.kind === 'markdown' ? link.url : `[[${link.target}]]`).toBe(EXPECTED[target].link);
  });

  test('follows each link it writes back to the linked page’s file', () => {
    for (const [from, to] of [
      [onCall, oneOnOnes],
      [oneOnOnes, onCall],
      [home, onCall],
      [onCall, home],
    ] as const) {
      const link = style.link(from, to, 'a-heading');
      if (link.kind === 'wikilink') expect(`${link.target.split('#')[0]}.md`).toBe(style.file(to));
      else expect(style.linkedFile(style.file(from), link.url.split('#')[0]!)).toBe(style.file(to));
    }
  });
});

describe('index files', () => {
  const handbook = exportHandbook(pageText('Sample', 'incidents', 'Text.\n'));
  /** The files a target writes besides the pages (whose files the export reports in `fileOf`). */
  const indexFiles = (target: Target) => {
    const result = exportSite({ target, handbook });
    const pages = new Set(result.fileOf.values());
    return { result, extra: [...result.files.keys()].filter((path) => !pages.has(path)) };
  };

  test('GitHub and GitLab wikis get a sidebar listing every section’s pages', () => {
    const github = indexFiles('github-wiki');
    expect(github.extra).toEqual(['_Sidebar.md']);
    expect(github.result.files.get('_Sidebar.md')).toBe(
      [
        '**Levels & ladders**',
        '',
        '- [Career ladders](Career-ladders)',
        '- [Small test ladder](Small-test-ladder)',
        '',
        '**Management**',
        '',
        '- [One-on-ones](One-on-ones)',
        '',
        '**Incidents & on-call**',
        '',
        '- [The other page](The-other-page)',
        '- [Sample](Sample)',
        '',
      ].join('\n'),
    );
    const gitlab = indexFiles('gitlab-wiki');
    expect(gitlab.extra).toEqual(['_sidebar.md']);
    expect(gitlab.result.files.get('_sidebar.md')).toContain('- [One-on-ones](management/one-on-ones)');
    // The after-export check follows the sidebars' links too.
    expect(github.result.unresolved).toEqual([]);
    expect(gitlab.result.unresolved).toEqual([]);
  });

  test('Docusaurus gets a _category_.json per folder that holds pages, in sidebar order', () => {
    const { result, extra } = indexFiles('docusaurus');
    // The ladders sit in ladders/ (with the hub as its index.md); levels/ holds no page here.
    expect(extra).toEqual([
      'ladders/_category_.json',
      'management/_category_.json',
      'incidents/_category_.json',
    ]);
    expect(JSON.parse(result.files.get('incidents/_category_.json')!)).toEqual({
      label: 'Incidents & on-call',
      position: 7,
    });
  });

  test.each(['gfm', 'obsidian', 'confluence', 'notion'] as const)('%s gets none', (target) => {
    expect(indexFiles(target).extra).toEqual([]);
  });
});
