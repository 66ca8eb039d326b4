import { describe, expect, test } from 'vitest';
import { ChecklistSchema } from '../../../src/schemas/checklist';

const good = () => ({
  id: 'launch',
  title: 'Launch checklist',
  description: 'Before a service takes traffic.',
  version: 1,
  changelog: [{ version: 1, date: '2026-11-21', change: 'First version.' }],
  groups: [
    {
      id: 'before',
      title: 'Before',
      items: [
        { id: 'runbook', text: 'Write the runbook.', owner: 'tech lead', link: '/incidents/on-call/' },
        { id: 'alerts', text: 'Page on symptoms.', detail: 'Users feel symptoms, not causes.' },
      ],
    },
    {
      id: 'after',
      title: 'After',
      items: [{ id: 'review', text: 'Review the first week.', link: 'https://sre.google/' }],
    },
  ],
});

const problems = (data: unknown) => {
  const r = ChecklistSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('ChecklistSchema', () => {
  test('accepts a complete checklist', () => {
    expect(problems(good())).toEqual([]);
  });

  test('item ids must be unique across groups, because saved ticks are keyed by them', () => {
    const data = good();
    data.groups[1]!.items[0]!.id = 'runbook';
    expect(problems(data)).toEqual([
      'groups.1.items.0.id: groups[1].items[0].id "runbook" is already used at groups[0].items[0]; item ids must be unique across the whole checklist',
    ]);
  });

  test('group ids must be unique', () => {
    const data = good();
    data.groups[1]!.id = 'before';
    expect(problems(data)).toEqual([
      'groups.1.id: groups[1].id "before" is used twice; give each group its own id',
    ]);
  });

  test('rejects an empty group, an empty item text, a bad link and an unknown field', () => {
    const data = good() as ReturnType<typeof good> & { groups: { items: Record<string, unknown>[] }[] };
    data.groups[0]!.items[0]!.text = ' ';
    data.groups[0]!.items[1]!.link = 'incidents/on-call';
    data.groups[1]!.items[0]!.due = 'tomorrow';
    expect(problems(data)).toEqual([
      'groups.0.items.0.text: the item text is empty',
      'groups.0.items.1.link: write a site path like /incidents/on-call/ or an https:// address',
      'groups.1.items.0: Unrecognized key: "due"',
    ]);
    expect(problems({ ...good(), groups: [{ id: 'x', title: 'X', items: [] }] })).toEqual([
      'groups.0.items: a group needs at least one item',
    ]);
  });
});
