import { describe, expect, test } from 'vitest';
import { rankSections } from '../../../../src/lib/booklet/rank';
import { BOOKLET_SEARCH_SCRIPT } from '../../../../src/lib/booklet/assets';

const section = (id: string, title: string, text: string) => [
  id,
  title,
  text,
  `${title} ${text}`.toLowerCase(),
];
const sections = [
  section('a', 'Hiring loops', 'Mentions on-call once.'),
  section('b', 'Running retros', 'On-call, on-call, on-call: the rota, the pager, the on-call handover.'),
  section('c', 'On-call', 'The rota and the pager.'),
  section('d', 'Budgets', 'Nothing about it.'),
];

describe('the booklet’s search order', () => {
  test('every word must appear; a title match first, then how often, ties in booklet order', () => {
    expect(rankSections(sections, ['on-call'])).toEqual([2, 1, 0]);
    expect(rankSections(sections, ['on-call', 'pager'])).toEqual([2, 1]);
    expect(rankSections(sections, ['rota'])).toEqual([1, 2]);
    expect(rankSections(sections, ['nowhere'])).toEqual([]);
  });

  test('a page’s search terms (words readers use that it does not) weigh as its heading', () => {
    const withTerms = [
      section('slos', 'SLOs', 'An outage eats the budget; the outage review; one more outage.'),
      // As the booklet's script builds it: the terms are part of what must match, and weigh apart.
      [
        'ic',
        'Incident commander',
        'Take command.',
        'incident commander take command. outage site down',
        'outage site down',
      ],
    ];
    expect(rankSections(withTerms, ['outage'])).toEqual([1, 0]);
  });

  test('a section’s own heading counts more than its page’s title', () => {
    const page = [
      section('p', 'Postmortems', 'Why a postmortem.'),
      section('p-sources', 'Postmortems › Sources', 'Postmortem guide; postmortem template; postmortem.'),
      section('p-template', 'Postmortems › The postmortem template', 'Fill it in.'),
    ];
    expect(rankSections(page, ['postmortem'])).toEqual([0, 2, 1]);
  });

  test('a long page does not win by length alone: five mentions count as many as fifty', () => {
    const long = section('long', 'Long', 'pager '.repeat(50));
    const five = section('five', 'Five', 'pager '.repeat(5));
    expect(rankSections([long, five], ['pager'])).toEqual([0, 1]);
  });

  test('the booklet’s script carries the same function, self-contained, and it runs', () => {
    const source = /const rank = \((function[\s\S]*?)\);\n {2}const form/.exec(BOOKLET_SEARCH_SCRIPT)?.[1];
    expect(source).toBeDefined();
    // Evaluated on its own, with nothing from this module in scope: as the booklet's page runs it.
    const shipped = new Function(`return (${source});`)() as typeof rankSections;
    expect(shipped(sections, ['on-call'])).toEqual(rankSections(sections, ['on-call']));
  });
});
