import { describe, expect, test } from 'vitest';
import { buildHandbook, derivedFor, routesOf } from '../../../../src/lib/handbook/model';
import { parseContent } from '../../../../src/lib/handbook/parse-content';
import { contentFiles, pageText } from '../../helpers/handbook-fixture';
import { smallLadderData } from '../../helpers/ladder-fixture';
import { smallAssessmentData } from '../../helpers/assessment-fixture';

/** Builds the model from test content, returning the handbook and its problems and warnings. */
function build(
  input: Parameters<typeof contentFiles>[0],
  edit?: (files: ReturnType<typeof contentFiles>) => void,
) {
  const files = contentFiles(input);
  edit?.(files);
  const parsed = parseContent(files);
  expect(parsed.problems).toEqual([]);
  return buildHandbook(parsed.raw);
}

const ladder = (id: string, track: string) => ({ ...smallLadderData(), id, track, title: `${id} ladder` });
const readinessTemplate = () => ({
  ...smallAssessmentData(),
  id: 'readiness',
  fromLadder: { ladder: 'small-ladder', scale: 'zero-to-four' },
});
const page = (rel: string, section: string, extra = '') => ({
  rel,
  text: pageText(rel, section, 'Text.', extra),
});

describe('buildHandbook: ordering', () => {
  test('lists ladders by track — engineering, management, product — whatever the file order', () => {
    const { handbook } = build({
      ladders: [
        ladder('product', 'product'),
        ladder('em', 'management'),
        ladder('ic-b', 'ic'),
        ladder('ic-a', 'ic'),
      ],
    });
    expect(handbook.ladders.map((l) => l.id)).toEqual(['ic-a', 'ic-b', 'em', 'product']);
    // Generated routes follow the same order, so the sidebar, the pages and the export agree.
    expect(routesOf(handbook, 'ladder').map((r) => r.route)).toEqual([
      '/ladders/ic-a/',
      '/ladders/ic-b/',
      '/ladders/em/',
      '/ladders/product/',
    ]);
  });

  test('orders pages by section, home first, then sidebar.order, then address', () => {
    const { handbook } = build({
      pages: [
        page('incidents/zebra.mdx', 'incidents'),
        page('incidents/alpha.mdx', 'incidents'),
        page('incidents/last-but-ordered.mdx', 'incidents', 'sidebar:\n  order: 1\n'),
        page('start/how-to-use.mdx', 'start'),
        page('index.mdx', 'start'),
      ],
    });
    expect(handbook.pages.map((p) => p.route)).toEqual([
      '/',
      '/start/how-to-use/',
      '/incidents/last-but-ordered/',
      '/incidents/alpha/',
      '/incidents/zebra/',
    ]);
    expect(handbook.pages.filter((p) => p.inSidebar).map((p) => p.slug)).not.toContain('');
  });
});

describe('buildHandbook: rules across files', () => {
  test('a data file whose id is not its file name is a problem at the id line, and is left out', () => {
    const { id, ...rest } = ladder('small-ladder', 'ic');
    const { handbook, problems } = build({ ladders: [{ ...rest, id }] }, (files) => {
      files.ladders[0]!.file = 'content/ladders/renamed.yaml';
    });
    const idLine =
      contentFiles({ ladders: [{ ...rest, id }] })
        .ladders[0]!.text.split('\n')
        .indexOf(`id: ${id}`) + 1;
    expect(problems).toEqual([
      {
        file: 'content/ladders/renamed.yaml',
        line: expect.any(Number),
        message:
          'id "small-ladder" does not match the file name; rename the file to small-ladder.yaml or write id: renamed',
      },
    ]);
    expect(problems[0]!.line).toBe(idLine);
    expect(idLine).toBeGreaterThan(1);
    expect(handbook.ladders).toEqual([]);
  });

  test('the same rule holds for checklists and assessments', () => {
    const { problems } = build(
      {
        assessments: [smallAssessmentData()],
        checklists: [
          {
            id: 'list',
            title: 'L',
            description: 'A list.',
            version: 1,
            groups: [{ id: 'g', title: 'G', items: [{ id: 'i', text: 'Do' }] }],
          },
        ],
      },
      (files) => {
        files.assessments[0]!.file = 'content/assessments/other.yaml';
        files.checklists[0]!.file = 'content/checklists/other.yaml';
      },
    );
    expect(problems.map((p) => p.file).sort()).toEqual([
      'content/assessments/other.yaml',
      'content/checklists/other.yaml',
    ]);
  });

  test('level titles apply to the ladders; a title for an unknown level is a problem', () => {
    const { handbook, problems } = build({
      ladders: [ladder('small-ladder', 'ic')],
      levelTitles: { 'small-ladder': { lead: 'Staff Engineer (IC5)', boss: 'Boss' } },
    });
    expect(handbook.ladders[0]!.levels.map((l) => l.title)).toEqual([
      'Starter',
      'Regular',
      'Staff Engineer (IC5)',
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/level-titles.yaml',
        line: 3,
        message: expect.stringContaining('ladder "small-ladder" has no level "boss"'),
      }),
    ]);
  });

  test('a level’s related page must exist', () => {
    const data = ladder('small-ladder', 'ic');
    data.levels[1]!.relatedPages = ['/incidents/on-call/'];
    const { problems } = build({ ladders: [data] });
    expect(problems.map((p) => p.message)).toEqual([
      'levels[1].relatedPages[0] "/incidents/on-call/" is not a page of the handbook; fix the path or remove it',
    ]);
    expect(build({ ladders: [data], pages: [page('incidents/on-call.mdx', 'incidents')] }).problems).toEqual(
      [],
    );
  });

  test('a level’s guide to the next level must exist, and the top level has none', () => {
    const data = ladder('small-ladder', 'ic');
    const top = data.levels.length - 1;
    data.levels[0]!.nextLevelGuide = '/levels/up/';
    data.levels[top]!.nextLevelGuide = '/levels/up/';
    expect(build({ ladders: [data] }).problems.map((p) => p.message)).toEqual([
      'levels[0].nextLevelGuide "/levels/up/" is not a page of the handbook; fix the path or remove it',
      'levels[' +
        top +
        '].nextLevelGuide "/levels/up/" is not a page of the handbook; fix the path or remove it',
      `levels[${top}].nextLevelGuide: ${data.levels[top]!.id} is the top level, with no next level to guide to; remove the line`,
    ]);
    delete data.levels[top]!.nextLevelGuide;
    const built = build({ ladders: [data], pages: [page('levels/up.mdx', 'levels')] });
    expect(built.problems).toEqual([]);
    expect(built.handbook.ladders[0]!.levels[0]!.nextLevelGuide).toBe('/levels/up/');
  });

  test('a page whose section is not its folder is a problem; a short guide is a warning', () => {
    const { problems, warnings } = build({
      pages: [
        {
          rel: 'levels/x.mdx',
          text: pageText('X', 'incidents', 'Too short.').replace(
            'sources: []',
            'kind: guide\nsources: [{ title: A }]',
          ),
        },
      ],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/docs/levels/x.mdx',
        message: expect.stringMatching(/^section: the page says "incidents"/),
      }),
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/needs at least 600 words of prose; this one has 2/),
      expect.stringMatching(/ends with "## Where to go next"/),
    ]);
  });
});

describe('buildHandbook: derived assessments and routes', () => {
  test('derives one assessment per level above the first, with its id, route and page', () => {
    const { handbook, problems } = build({
      ladders: [ladder('small-ladder', 'ic')],
      assessments: [readinessTemplate()],
    });
    expect(problems).toEqual([]);
    expect(handbook.derived.map((d) => [d.id, d.route])).toEqual([
      ['readiness-regular', '/assessments/readiness/regular/'],
      ['readiness-lead', '/assessments/readiness/lead/'],
    ]);
    expect(handbook.assessments.map((a) => a.id)).toEqual(['readiness-regular', 'readiness-lead']);
    expect(handbook.templates.map((a) => a.id)).toEqual(['readiness']);
    expect(derivedFor(handbook, 'small-ladder', 'lead').map((d) => d.id)).toEqual(['readiness-lead']);
    expect(routesOf(handbook, 'derivedAssessment').map((r) => r.params)).toEqual([
      { template: 'readiness', level: 'regular' },
      { template: 'readiness', level: 'lead' },
    ]);
    // A derived question per ladder dimension, asking about the target level.
    const lead = handbook.derived[1]!.assessment;
    expect(lead.questions.filter((q) => q.id.endsWith('-at-target'))).toHaveLength(3);
    // Each action links the dimension's own section of the level page, not its top.
    expect(lead.dimensions.slice(0, 3).map((d) => d.actions[0]!.link)).toEqual(
      handbook.ladders[0]!.dimensions.map((d) => `/ladders/small-ladder/lead/#dim-${d.id}`),
    );
    // The action quotes the target level's signal whole: it is a sentence about what others see.
    const small = handbook.ladders[0]!;
    const signal = small.levels.find((l) => l.id === 'lead')!.dimensions[small.dimensions[0]!.id]!
      .signals[0]!;
    expect(lead.dimensions[0]!.actions[0]!.text).toMatch(
      new RegExp(`: “${signal.replace(/[.?()]/g, '\\$&')}”$`),
    );
  });

  test('derives from any ladder, each variant linking its own ladder', () => {
    const em = {
      ...readinessTemplate(),
      id: 'em-readiness',
      fromLadder: { ladder: 'em', scale: 'zero-to-four' },
    };
    const { handbook } = build({
      ladders: [ladder('small-ladder', 'ic'), ladder('em', 'management')],
      assessments: [readinessTemplate(), em],
    });
    expect(handbook.derived.map((d) => d.route)).toContain('/assessments/em-readiness/lead/');
    expect(
      handbook.derived.find((d) => d.id === 'em-readiness-lead')!.assessment.dimensions[0]!.actions[0]!.link,
    ).toBe('/ladders/em/lead/#dim-scope');
  });

  test('a template naming no ladder is a problem; so is an assessment id a derived one already has', () => {
    const clash = { ...smallAssessmentData(), id: 'readiness-lead' };
    const orphan = {
      ...readinessTemplate(),
      id: 'orphan',
      fromLadder: { ladder: 'nope', scale: 'zero-to-four' },
    };
    const { problems } = build({
      ladders: [ladder('small-ladder', 'ic')],
      assessments: [readinessTemplate(), clash, orphan],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'fromLadder.ladder "nope" is not a ladder. Ladders: small-ladder',
      'id "readiness-lead" is also the id of a check generated from readiness.yaml; rename this assessment',
    ]);
  });

  test('every route is listed once: pages, then each ladder’s pages and downloads, the review list, then derived checks', () => {
    const { handbook } = build({
      pages: [page('index.mdx', 'start')],
      ladders: [ladder('small-ladder', 'ic')],
      assessments: [readinessTemplate()],
    });
    const routes = [...handbook.routes];
    expect(new Set(routes).size).toBe(routes.length);
    expect(routes).toEqual([
      '/',
      '/ladders/',
      '/ladders/small-ladder/',
      '/ladders/small-ladder/starter/',
      '/ladders/small-ladder/regular/',
      '/ladders/small-ladder/lead/',
      '/ladders/small-ladder/next/',
      '/ladders/small-ladder/next/starter-to-regular/',
      '/ladders/small-ladder/next/regular-to-lead/',
      '/ladders/small-ladder/compare/',
      '/ladders/small-ladder/compare/starter-vs-regular/',
      '/ladders/small-ladder/compare/starter-vs-lead/',
      '/ladders/small-ladder/compare/regular-vs-lead/',
      '/ladders/small-ladder/radar/',
      '/ladders/small-ladder/radar/starter.svg',
      '/ladders/small-ladder/radar/regular.svg',
      '/ladders/small-ladder/radar/lead.svg',
      '/ladders/small-ladder.json',
      '/ladders/small-ladder.csv',
      '/due-for-review/',
      '/assessments/readiness/regular/',
      '/assessments/readiness/lead/',
    ]);
  });
});
