import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../../../src/lib/handbook/model';
import { parseContent } from '../../../../src/lib/handbook/parse-content';
import { linkProblems } from '../../../../src/lib/content-check/references';
import { exportSite } from '../../../../src/lib/export/export-site';
import { DEFAULT_CONFIG, parseConfig } from '../../../../src/lib/config/parse-config';
import { termValues } from '../../../../src/lib/config/terms';
import type { HandbookOptions } from '../../../../src/lib/handbook/options';
import { contentFiles, pageText } from '../../helpers/handbook-fixture';
import { smallLadderData } from '../../helpers/ladder-fixture';
import { smallAssessmentData } from '../../helpers/assessment-fixture';

/** The model of test content under a config (YAML text) and an edition. */
function build(
  input: Parameters<typeof contentFiles>[0],
  configText = '',
  visibility: 'public' | 'internal' = 'internal',
) {
  const config = parseConfig('handbook.config.yaml', configText).config ?? DEFAULT_CONFIG;
  const options: HandbookOptions = { config, visibility, today: new Date('2026-11-28T00:00:00Z') };
  const parsed = parseContent(contentFiles(input), termValues(config));
  return { ...buildHandbook(parsed.raw, options), parsed };
}

const page = (rel: string, section: string, body = 'Text.', extra = '') => ({
  rel,
  text: pageText(rel, section, body, extra),
});
const checklist = (id: string, extra: object = {}) => ({
  id,
  title: `${id} list`,
  description: 'A list.',
  version: 1,
  groups: [
    {
      id: 'g',
      title: 'G',
      items: [{ id: 'i', text: 'Post in {{incidentChannel}}.', link: '/templates/t/' }],
    },
  ],
  ...extra,
});

describe('editions', () => {
  const content = {
    pages: [
      page('start/open.mdx', 'start'),
      page('start/rota.mdx', 'start', 'Secret.', 'visibility: internal\n'),
    ],
    checklists: [checklist('open-list'), checklist('secret-list', { visibility: 'internal' })],
  };

  test('the internal edition keeps everything', () => {
    const { handbook } = build(content);
    expect(handbook.pages.map((p) => p.route)).toEqual(['/start/open/', '/start/rota/']);
    expect(handbook.checklists.map((c) => c.id)).toEqual(['open-list', 'secret-list']);
    expect(handbook.excluded).toEqual([]);
  });

  test('the public edition leaves internal pages and data out, and says so', () => {
    const { handbook } = build(content, '', 'public');
    expect(handbook.pages.map((p) => p.route)).toEqual(['/start/open/']);
    expect(handbook.routes.has('/start/rota/')).toBe(false);
    expect(handbook.checklists.map((c) => c.id)).toEqual(['open-list']);
    expect(handbook.excluded).toEqual([
      { file: 'content/docs/start/rota.mdx', route: '/start/rota/', reason: 'internal' },
      { file: 'content/checklists/secret-list.yaml', reason: 'internal' },
    ]);
  });

  test('a public page that links an internal one is a problem naming both, in the public edition only', () => {
    const linking = {
      pages: [...content.pages, page('start/links.mdx', 'start', 'See [the rota](/start/rota/).')],
    };
    expect(linkProblems(build(linking).handbook)).toEqual([]);
    const { handbook } = build(linking, '', 'public');
    const problems = linkProblems(handbook);
    expect(problems).toEqual([
      {
        file: 'content/docs/start/links.mdx',
        line: 9,
        message:
          'link to /start/rota/: content/docs/start/rota.mdx is internal, so the public edition leaves it out. Remove the link, or mark this page visibility: internal too.',
      },
    ]);
  });
});

describe('sections turned off', () => {
  const content = {
    pages: [
      page('start/a.mdx', 'start', 'See [a template](/templates/t/).'),
      page('templates/t.mdx', 'templates'),
    ],
    checklists: [checklist('list')],
    ladders: [
      {
        ...smallLadderData(),
        levels: smallLadderData().levels.map((l) => ({ ...l, relatedPages: ['/templates/t/', '/start/a/'] })),
      },
    ],
  };

  test('leave the section’s pages out, and drop links to them from data instead of failing', () => {
    const { handbook, problems } = build(content, 'sections:\n  templates: false\n');
    expect(problems).toEqual([]);
    expect(handbook.pages.map((p) => p.route)).toEqual(['/start/a/']);
    // The section's own address goes too: the home page's link to it then reads as text.
    expect(handbook.excluded).toEqual([
      { file: 'content/docs/templates/t.mdx', route: '/templates/t/', reason: 'section-off' },
      { file: '/templates/', route: '/templates/', reason: 'section-off' },
    ]);
    expect(handbook.ladders[0]!.levels.every((l) => l.relatedPages.join() === '/start/a/')).toBe(true);
    expect(handbook.checklists[0]!.groups[0]!.items[0]).not.toHaveProperty('link');
    // Links in pages are shown as plain text on the site, so they are no problem.
    expect(linkProblems(handbook)).toEqual([]);
  });

  test('a single page left out under pages: goes as a section off does: links to it are text, data loses them', () => {
    const { handbook, problems } = build(content, 'pages:\n  /templates/t/: false\n');
    expect(problems).toEqual([]);
    expect(handbook.pages.map((p) => p.route)).toEqual(['/start/a/']);
    expect(handbook.excluded).toEqual([
      { file: 'content/docs/templates/t.mdx', route: '/templates/t/', reason: 'page-off' },
    ]);
    expect(handbook.ladders[0]!.levels.every((l) => l.relatedPages.join() === '/start/a/')).toBe(true);
    expect(handbook.checklists[0]!.groups[0]!.items[0]).not.toHaveProperty('link');
    expect(linkProblems(handbook)).toEqual([]);
    const exported = exportSite({ target: 'gfm', handbook });
    expect(exported.files.get(exported.fileOf.get('/start/a/')!)).toContain('See a template.');
  });

  test('an export leaves out the rows and list items only about the section, as the site does', () => {
    const pages = [
      page(
        'start/a.mdx',
        'start',
        [
          '| Question | Go to |',
          '| --- | --- |',
          '| Paste? | [A template](/templates/t/) |',
          '| Begin? | [Start](/start/a/) |',
          '',
          '- **[Templates](/templates/t/)**: things to copy.',
          '- Also see [the template](/templates/t/) later.',
        ].join('\n'),
      ),
      page('templates/t.mdx', 'templates'),
    ];
    const { handbook } = build({ ...content, pages }, 'sections:\n  templates: false\n');
    const text = exportSite({ target: 'gfm', handbook }).files.get('start/a.md')!;
    expect(text).not.toContain('Paste?');
    expect(text).toMatch(/\| Begin\? +\| \[Start\]\(a\.md\) \|/);
    expect(text).not.toContain('things to copy');
    expect(text).toContain('- Also see the template later.');
  });

  test('turning off Assessments removes the checks derived from ladders, and links to them read as text', () => {
    const { handbook, problems } = build(
      {
        ladders: [smallLadderData()],
        assessments: [
          {
            ...smallAssessmentData(),
            id: 'readiness',
            fromLadder: { ladder: 'small-ladder', scale: 'zero-to-four' },
          },
        ],
      },
      'sections:\n  assessments: false\n',
    );
    expect(problems).toEqual([]);
    expect(handbook.generated.some((g) => g.kind === 'derivedAssessment')).toBe(false);
    expect(handbook.excluded.map((e) => e.route)).toEqual([
      '/assessments/readiness/regular/',
      '/assessments/readiness/lead/',
      '/assessments/',
    ]);
  });

  test('the home page’s section and the ladders’ cannot be turned off', () => {
    for (const section of ['start', 'levels'])
      expect(
        parseConfig('handbook.config.yaml', `sections:\n  ${section}: false\n`).problems[0]!.message,
      ).toBe(
        `sections.${section}: this section cannot be turned off: it holds the home page or the ladders other pages link to`,
      );
  });
});

describe('terms and level titles from the config', () => {
  test('reach page bodies, titles and data', () => {
    const { handbook, parsed } = build(
      {
        pages: [
          page('incidents/a.mdx', 'incidents', 'Declare a {{severityPrefix}}1 in {{incidentChannel}}.'),
        ],
        checklists: [checklist('list')],
      },
      'terms:\n  severityPrefix: P\n  incidentChannel: "#war-room"\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(handbook.pages[0]!.body).toContain('Declare a P1 in #war-room.');
    expect(handbook.pages[0]!.text).toContain('Declare a P1 in #war-room.');
    expect(handbook.checklists[0]!.groups[0]!.items[0]!.text).toBe('Post in #war-room.');
  });

  test('an unknown placeholder is a problem at its file and line', () => {
    const { parsed } = build({
      pages: [page('incidents/a.mdx', 'incidents', 'Line.\n\nPage {{pagerTool}}.')],
    });
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        file: 'content/docs/incidents/a.mdx',
        line: 11,
        message: expect.stringMatching(/^\{\{pagerTool\}\} is not a term/),
      }),
    ]);
  });

  test('the config’s level titles win over level-titles.yaml, level by level; neither is ignored', () => {
    const { handbook, problems } = build(
      {
        ladders: [smallLadderData()],
        levelTitles: { 'small-ladder': { starter: 'From the file', regular: 'Regular (G5)' } },
      },
      'levels:\n  small-ladder:\n    starter: From the config\n',
    );
    expect(handbook.ladders[0]!.levels.map((l) => l.title).slice(0, 2)).toEqual([
      'From the config',
      'Regular (G5)',
    ]);
    expect(problems).toEqual([]);
  });

  test('with titles in the config, level-titles.yaml is still checked', () => {
    const { problems } = build(
      { ladders: [smallLadderData()], levelTitles: { 'small-ladder': { regulr: 'Regular (G5)' } } },
      'levels:\n  small-ladder:\n    starter: From the config\n',
    );
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/regulr.*regular/)]);
  });
});

describe('review dates', () => {
  test('each page carries its review, with the config’s defaults', () => {
    const { handbook } = build(
      {
        pages: [
          page('incidents/old.mdx', 'incidents'),
          page('start/own.mdx', 'start', 'x', 'owner: Ana\nreviewEvery: 2 years\n'),
        ],
      },
      'owner: "@handbook"\nsections:\n  incidents: { reviewEvery: 2 weeks }\n',
    );
    const [own, old] = [
      handbook.pages.find((p) => p.route === '/start/own/')!,
      handbook.pages.find((p) => p.route === '/incidents/old/')!,
    ];
    expect(old.review).toMatchObject({ owner: '@handbook', every: '2 weeks', overdue: true });
    expect(own.review).toMatchObject({ owner: 'Ana', every: '2 years', overdue: false });
  });
});
