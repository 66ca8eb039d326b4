import { describe, expect, test } from 'vitest';
import {
  draftFromStore,
  draftToStore,
  isEmptyDraft,
  type EvidenceDraft,
} from '../../../../src/lib/evidence/draft';

const TODAY = '2026-11-29';
const blank: EvidenceDraft = { date: TODAY, what: '', impact: '', link: '', dimensions: [] };

describe('the evidence draft', () => {
  test('a form as it starts is not kept; anything the reader wrote or ticked is', () => {
    expect(isEmptyDraft(blank, TODAY)).toBe(true);
    expect(isEmptyDraft({ ...blank, date: '' }, TODAY)).toBe(true);
    expect(isEmptyDraft({ ...blank, what: '   ' }, TODAY)).toBe(true);
    expect(draftToStore(blank, TODAY)).toBeNull();
    for (const change of [
      { what: 'Led the cut-over' },
      { impact: '-40% p95' },
      { link: 'https://example.com' },
      { dimensions: ['scope'] },
      { date: '2026-10-01' },
      { editing: 'e1' },
    ])
      expect(isEmptyDraft({ ...blank, ...change }, TODAY), JSON.stringify(change)).toBe(false);
  });

  test('what is stored comes back as it was, edit included', () => {
    const draft: EvidenceDraft = {
      editing: 'e42',
      date: '2026-11-02',
      what: 'Ran the incident review',
      impact: 'Two fixes shipped',
      link: 'https://wiki.example/ir-12',
      dimensions: ['influence', 'execution'],
    };
    expect(draftFromStore(draftToStore(draft, TODAY))).toEqual(draft);
    const fresh = { ...blank, what: 'Half a sentence' };
    expect(draftFromStore(draftToStore(fresh, TODAY))).toEqual(fresh);
  });

  test('a draft it cannot read is no draft, and wrong types are dropped field by field', () => {
    expect(draftFromStore(null)).toBeUndefined();
    expect(draftFromStore('{not json')).toBeUndefined();
    expect(draftFromStore(JSON.stringify({ v: 99, what: 'from the future' }))).toBeUndefined();
    expect(
      draftFromStore(JSON.stringify({ v: 1, what: 7, impact: 'kept', dimensions: ['a', 3], editing: '' })),
    ).toEqual({ date: '', what: '', impact: 'kept', link: '', dimensions: ['a'] });
  });
});
