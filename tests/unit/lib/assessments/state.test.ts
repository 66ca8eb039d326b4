import { describe, expect, test } from 'vitest';
import {
  decodeLink,
  encodeLink,
  exportJson,
  fromBase64Url,
  importJson,
  readSaved,
  storageKey,
  toBase64Url,
  writeSaved,
} from '../../../../src/lib/assessments/state';
import type { Answers } from '../../../../src/lib/assessments/score';

const ids = ['tests', 'mentor', 'proud'];
const answers: Answers = {
  tests: { value: 4, note: 'CI — “green” ✓' },
  mentor: { value: 'partly' },
  proud: { value: 'Shipping the café app' },
};

describe('saved answers', () => {
  test('round-trip through storage with snapshots', () => {
    const state = {
      answers,
      snapshots: [{ takenAt: '2026-10-01T00:00:00.000Z', answers: { mentor: { value: 'no' } } }],
    };
    const raw = writeSaved(state, new Date('2026-11-21T00:00:00Z'));
    expect(JSON.parse(raw).v).toBe(1);
    expect(readSaved(raw, ids)).toEqual({ state });
  });

  test('notes written before their answer are kept as drafts; blank and unknown ones are dropped', () => {
    const state = {
      answers,
      snapshots: [],
      drafts: { mentor: 'Paired with Jo in May', gone: 'x', proud: '  ' },
    };
    const read = readSaved(writeSaved(state), ids).state;
    expect(read.drafts).toEqual({ mentor: 'Paired with Jo in May' });
    expect(read.answers).toEqual(answers);
    // No drafts: nothing about them is written.
    expect(JSON.parse(writeSaved({ answers, snapshots: [], drafts: {} }))).not.toHaveProperty('drafts');
  });

  test('nothing saved reads as empty, with no notice', () => {
    expect(readSaved(null, ids)).toEqual({ state: { answers: {}, snapshots: [] } });
  });

  test('the older, unversioned format (a map of values) is migrated', () => {
    expect(readSaved('{"tests":3,"mentor":"yes","gone":1}', ids).state.answers).toEqual({
      tests: { value: 3 },
      mentor: { value: 'yes' },
    });
  });

  test('corrupted or foreign data starts empty with a notice and never throws', () => {
    expect(readSaved('{oops', ids).notice).toMatch(/could not be read/);
    expect(readSaved('[1,2]', ids).notice).toMatch(/not in a format/);
    expect(readSaved('{"v":"1"}', ids).notice).toMatch(/not in a format/);
    expect(readSaved('{"v":7,"answers":{}}', ids).notice).toMatch(/newer version/);
    const messy = readSaved(
      '{"v":1,"answers":{"tests":{"value":{}},"mentor":{"value":"no","note":5},"x":{"value":1}},"snapshots":[{"takenAt":3}]}',
      ids,
    );
    expect(messy.state).toEqual({ answers: { mentor: { value: 'no' } }, snapshots: [] });
  });

  test('answers or snapshots that cannot be used are named, and kept until the reader agrees', () => {
    // The island keeps the stored entry whenever there is a notice, so each case must have one.
    const partly = (json: string) => readSaved(json, ids).notice;
    expect(partly('{"v":1,"answers":{"tests":{"value":true},"mentor":{"value":"no"}}}')).toMatch(
      /Some of your saved answers could not be read.*until you agree to replace them/,
    );
    expect(partly('{"v":1,"answers":{},"snapshots":[{"takenAt":3}]}')).toMatch(/Some of your saved/);
    expect(partly('{"v":7,"answers":{}}')).toMatch(/until you agree to replace them/);
    // A question that no longer exists is not the reader's loss to be told about.
    expect(partly('{"v":1,"answers":{"gone":{"value":1},"mentor":{"value":"no"}}}')).toBeUndefined();
  });

  test('keys are namespaced per assessment', () => {
    expect(storageKey('burnout-risk')).toBe('handbook:assessment:burnout-risk');
  });
});

describe('share links', () => {
  test('answers and notes survive the round trip through the fragment, including non-ASCII text', () => {
    const fragment = encodeLink('small', answers);
    expect(fragment).toMatch(/^answers=1\.small\.[A-Za-z0-9_-]+$/);
    expect(decodeLink(`#${fragment}`, 'small', ids)).toEqual({ answers });
  });

  test('answers are keyed by question id, so reordered or new questions do not shift them', () => {
    const fragment = encodeLink('small', { mentor: { value: 'yes' } });
    expect(decodeLink(fragment, 'small', ['new-question', 'mentor', 'tests'])).toEqual({
      answers: { mentor: { value: 'yes' } },
    });
  });

  test('a fragment without answers is ignored; a damaged, foreign or newer one says why', () => {
    expect(decodeLink('#section-2', 'small', ids)).toBeUndefined();
    expect(decodeLink('', 'small', ids)).toBeUndefined();
    expect(decodeLink('#answers=1.small.%%%', 'small', ids)).toEqual({
      error: expect.stringMatching(/damaged/),
    });
    expect(decodeLink('#answers=1.small.bm90IGpzb24', 'small', ids)).toEqual({
      error: expect.stringMatching(/damaged/),
    });
    expect(decodeLink(`#${encodeLink('other', answers)}`, 'small', ids)).toEqual({
      error: expect.stringMatching(/“other”/),
    });
    expect(decodeLink('#answers=2.small.e30', 'small', ids)).toEqual({
      error: expect.stringMatching(/newer version/),
    });
  });

  test('base64url handles every character and needs no padding', () => {
    for (const text of ['', 'a', 'ab', 'ünïcødé ✓ 😀', '{"a":1}'])
      expect(fromBase64Url(toBase64Url(text))).toBe(text);
    expect(toBase64Url('??>>')).not.toMatch(/[+/=]/);
  });
});

describe('JSON export and import', () => {
  test('round-trips answers and the optional name', () => {
    const file = exportJson(
      { id: 'small', version: 2 },
      answers,
      ' Sam (manager) ',
      new Date('2026-11-21T00:00:00Z'),
    );
    expect(JSON.parse(file)).toMatchObject({
      format: 'engineering-handbook/assessment-answers',
      formatVersion: 1,
      assessment: { id: 'small', version: 2 },
      label: 'Sam (manager)',
    });
    expect(importJson(file, 'small', ids)).toEqual({
      answers,
      label: 'Sam (manager)',
    });
  });

  test('a bad or foreign file gives a message that says what to do', () => {
    expect(importJson('not json', 'small', ids)).toEqual({ error: expect.stringMatching(/not JSON/) });
    expect(importJson('{"hello":"world"}', 'small', ids)).toEqual({
      error: expect.stringMatching(/not an answers export/),
    });
    const other = exportJson({ id: 'burnout-risk', version: 1 }, answers);
    expect(importJson(other, 'small', ids)).toEqual({
      error: expect.stringMatching(/“burnout-risk”, not for this assessment/),
    });
    const newer = JSON.stringify({
      ...JSON.parse(other),
      formatVersion: 9,
      assessment: { id: 'small', version: 1 },
    });
    expect(importJson(newer, 'small', ids)).toEqual({ error: expect.stringMatching(/newer version/) });
  });
});
