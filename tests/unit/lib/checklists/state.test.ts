import { describe, expect, test } from 'vitest';
import {
  CHECKLIST_STATE_VERSION,
  oldTicksNotice,
  progress,
  progressText,
  readState,
  storageKey,
  toggle,
  toMarkdown,
  writeState,
} from '../../../../src/lib/checklists/state';

const ids = ['a', 'b', 'c'];

describe('checklist state', () => {
  test('round-trips through storage, keeping only ids the checklist still has', () => {
    let state = toggle(toggle({ checked: new Set() }, 'a', true), 'c', true);
    const raw = writeState(state, new Date('2026-11-21T10:00:00Z'));
    expect(JSON.parse(raw)).toEqual({
      v: CHECKLIST_STATE_VERSION,
      checked: ['a', 'c'],
      updated: '2026-11-21T10:00:00.000Z',
    });
    state = readState(raw, ['a', 'b']).state;
    expect([...state.checked]).toEqual(['a']);
  });

  test('nothing stored means nothing ticked and no notice', () => {
    expect(readState(null, ids)).toEqual({ state: { checked: new Set() } });
  });

  test('reads the pre-release format (a bare array of ids) as version 1', () => {
    expect([...readState('["b","zzz"]', ids).state.checked]).toEqual(['b']);
  });

  test('corrupted storage starts empty with a notice instead of failing', () => {
    const result = readState('{not json', ids);
    expect(result.state.checked.size).toBe(0);
    expect(result.notice).toMatch(/could not be read/);
    expect(readState('{"v":1,"checked":"a"}', ids).notice).toMatch(/not in a format this page knows/);
  });

  test('progress from a newer version is not trusted, and the notice says it is kept', () => {
    const result = readState('{"v":99,"checked":["a"]}', ids);
    expect(result.state.checked.size).toBe(0);
    expect(result.notice).toMatch(/newer version/);
  });

  test('toggling never changes the state it was given', () => {
    const before = { checked: new Set(['a']) };
    const after = toggle(before, 'a', false);
    expect([...before.checked]).toEqual(['a']);
    expect([...after.checked]).toEqual([]);
  });

  test('progress counts the ticked items of a group and says it in words', () => {
    const state = { checked: new Set(['a', 'c', 'x']) };
    expect(progress(state, ids)).toEqual({ done: 2, total: 3 });
    expect(progressText({ done: 2, total: 3 })).toBe('2 of 3 done');
    expect(progressText({ done: 3, total: 3 })).toBe('All 3 done');
    expect(progressText({ done: 0, total: 0 })).toBe('0 of 0 done');
  });

  test('keys are namespaced per checklist', () => {
    expect(storageKey('on-call')).toBe('handbook:checklist:on-call');
  });
});

describe('toMarkdown', () => {
  test('writes a task list per group with ticks as saved and owners in brackets', () => {
    const md = toMarkdown(
      {
        title: 'Launch',
        groups: [
          {
            title: 'Before',
            items: [
              { id: 'a', text: 'Write the *runbook*', owner: 'tech lead' },
              {
                id: 'b',
                text: 'Test [rollback]',
                detail: 'In staging, *before* launch.',
                link: 'https://hb.example/x/',
              },
            ],
          },
          { title: 'After', items: [{ id: 'c', text: 'Review <metrics>' }] },
        ],
      },
      { checked: new Set(['a']) },
    );
    expect(md).toBe(
      [
        '## Launch',
        '',
        '### Before',
        '',
        '- [x] Write the \\*runbook\\* (tech lead)',
        '- [ ] Test \\[rollback\\]',
        '  - In staging, \\*before\\* launch. [More](https://hb.example/x/)',
        '',
        '### After',
        '',
        '- [ ] Review \\<metrics\\>',
        '',
      ].join('\n'),
    );
  });

  test('one group shown alone, already named in the title, gets no second heading', () => {
    const group = { title: 'Before', items: [{ id: 'a', text: 'Write the runbook' }] };
    const alone = toMarkdown({ title: 'Launch: Before', groups: [group] }, { checked: new Set() });
    expect(alone).toBe(['## Launch: Before', '', '- [ ] Write the runbook', ''].join('\n'));
    // A one-group checklist whose title does not name the group keeps the group's heading.
    expect(toMarkdown({ title: 'Launch', groups: [group] }, { checked: new Set() })).toContain('### Before');
  });
});

describe('ticks saved a day or more ago', () => {
  const date = (d: Date) => d.toDateString();

  test('reading gives the time the ticks last changed', () => {
    const raw = writeState({ checked: new Set(['a']) }, new Date('2026-11-08T22:15:00Z'));
    expect(readState(raw, ['a']).updated).toEqual(new Date('2026-11-08T22:15:00Z'));
    expect(readState('["a"]', ['a']).updated).toBeUndefined();
  });

  test('say when, in calendar days where the reader is, from the day before on', () => {
    // Local times, as the reader's browser has them.
    const now = new Date(2026, 10, 25, 0, 10);
    expect(oldTicksNotice(new Date(2026, 10, 23, 0, 30), now, date)).toMatch(
      /, 2 days ago\. Starting over\? Reset, below, clears them\.$/,
    );
    expect(oldTicksNotice(new Date(2026, 10, 24, 23, 50), now, date)).toMatch(/, yesterday\./);
    expect(oldTicksNotice(new Date(2026, 10, 4, 12, 0), now, date)).toMatch(/, 21 days ago\./);
    expect(oldTicksNotice(new Date(2026, 10, 25, 0, 1), now, date)).toBeUndefined();
    expect(oldTicksNotice(undefined, now, date)).toBeUndefined();
  });
});
