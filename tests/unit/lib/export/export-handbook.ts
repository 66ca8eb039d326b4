import type { Handbook } from '../../../../src/lib/handbook/model';
import { smallAssessmentData } from '../../helpers/assessment-fixture';
import { handbookOf, pageText } from '../../helpers/handbook-fixture';
import { smallLadderData } from '../../helpers/ladder-fixture';

/** Where the page under test sits: `content/docs/incidents/sample.mdx`. */
export const SAMPLE_FILE = 'content/docs/incidents/sample.mdx';
/** The address of the page under test. */
export const SAMPLE_ROUTE = '/incidents/sample/';

/** A checklist of two groups, for `<Checklist id="sample">`. */
const checklist = {
  id: 'sample',
  title: 'Sample',
  description: 'A sample checklist.',
  version: 1,
  changelog: [{ version: 1, date: '2026-11-01', change: 'First.' }],
  groups: [
    {
      id: 'first',
      title: 'First steps',
      items: [
        { id: 'a', text: 'Open the channel', owner: 'commander' },
        { id: 'b', text: 'Name a scribe' },
      ],
    },
    { id: 'second', title: 'Later', items: [{ id: 'c', text: 'Write the postmortem' }] },
  ],
};

/** A reference table for `<DataTable id="sample-table">`; a cell holds a pipe, which GFM must escape. */
const table = {
  id: 'sample-table',
  title: 'Who decides',
  description: 'Decisions and their owners.',
  version: 1,
  changelog: [{ version: 1, date: '2026-11-01', change: 'First.' }],
  columns: [
    { id: 'decision', label: 'Decision' },
    { id: 'owner', label: 'Who decides' },
  ],
  rows: [
    { decision: 'Rollback', owner: 'The on-call engineer' },
    { decision: 'Headcount', owner: 'Director | HR' },
  ],
  notes: ['Write the decision down.'],
};

/**
 * A small handbook around one page under test (`incidents/sample.mdx`, text given): a home page,
 * a page beside it and one in another section to link to, the `sample` checklist, the small
 * assessment, and the small ladder (whose pages the exporter generates).
 */
export function exportHandbook(sample: string): Handbook {
  return handbookOf({
    pages: [
      { rel: 'index.mdx', text: pageText('Home', 'start', 'Welcome.\n') },
      { rel: 'incidents/sample.mdx', text: sample },
      {
        rel: 'incidents/other.mdx',
        text: pageText('The other page', 'incidents', '## Second part\n\nText.\n'),
      },
      {
        rel: 'management/one-on-ones.mdx',
        text: pageText('One-on-ones', 'management', '## Agenda\n\nText.\n'),
      },
    ],
    checklists: [checklist],
    tables: [table],
    assessments: [smallAssessmentData()],
    ladders: [smallLadderData()],
  });
}
