import { describe, expect, test } from 'vitest';
import {
  fenceMeta,
  templateIndex,
  templateProblems,
  templateSections,
} from '../../../../src/lib/templates/templates';
import { parseMdx } from '../../../../src/lib/export/parse';
import { handbookOf, pageText } from '../../helpers/handbook-fixture';

const checklist = {
  id: 'launch',
  title: 'Launch checklist',
  description: 'Before a service takes traffic.',
  version: 1,
  groups: [{ id: 'before', title: 'Before', items: [{ id: 'runbook', text: 'Write the runbook.' }] }],
};

const body = [
  '## Kick-off',
  '',
  '```markdown title="Kick-off message" purpose="Open the channel with the facts first."',
  'We are investigating.',
  '```',
  '',
  '```sh',
  'npm test',
  '```',
  '',
  // "1:1" parses as a directive; the heading keeps it as written.
  '## After the 1:1',
  '',
  '<Checklist id="launch" group="before" />',
  '',
].join('\n');

const handbook = handbookOf({
  pages: [{ rel: 'incidents/sample.mdx', text: pageText('Sample', 'incidents', body) }],
  checklists: [checklist],
});

describe('templates', () => {
  test('the index has one section per handbook section that has templates, in the handbook’s order', () => {
    expect(templateSections(templateIndex(handbook)).map((s) => [s.id, s.label, s.templates.length])).toEqual(
      [['templates-incidents', 'Incidents & on-call', 2]],
    );
  });

  test('fence meta reads double-quoted values', () => {
    expect(fenceMeta('title="A b" purpose="C d."')).toEqual({ title: 'A b', purpose: 'C d.' });
    expect(fenceMeta(null)).toEqual({});
  });

  test('titled blocks and checklists are listed with their heading, page and audience; code is not', () => {
    expect(
      templateIndex(handbook).map(({ title, purpose, kind, heading, page }) => [
        title,
        purpose,
        kind,
        heading,
        page.route,
        page.audience,
      ]),
    ).toEqual([
      [
        'Kick-off message',
        'Open the channel with the facts first',
        'block',
        'Kick-off',
        '/incidents/sample/',
        ['engineer'],
      ],
      [
        'Launch checklist: Before',
        'Before a service takes traffic',
        'checklist',
        'After the 1:1',
        '/incidents/sample/',
        ['engineer'],
      ],
    ]);
  });

  test('a markdown or text block without a title or a purpose is a problem at its line', () => {
    const tree = parseMdx('Intro.\n\n```text\nplain\n```\n\n```markdown title="Only a title"\nx\n```\n');
    expect(
      templateProblems('p.mdx', tree, handbook).map((p) => [p.line, p.message.split(' on its fence')[0]]),
    ).toEqual([
      [3, 'a copyable block needs title and purpose'],
      [7, 'a copyable block needs purpose'],
    ]);
  });
});
