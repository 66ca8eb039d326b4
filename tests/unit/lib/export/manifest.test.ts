import { describe, expect, test } from 'vitest';
import {
  folderPlan,
  manifestFiles,
  manifestFingerprints,
  manifestText,
  MANIFEST,
} from '../../../../src/lib/export/manifest';

/**
 * The list an export leaves in its folder decides what a later `--force` export may remove: only
 * what an earlier export wrote and this one does not. An edited list can never reach outside.
 */
describe('the export’s list of its files', () => {
  test('reads back what it wrote', () => {
    const text = manifestText(
      'gfm',
      new Map([
        ['b.md', '1111'],
        ['a/c.md', '2222'],
      ]),
    );
    expect(manifestFiles(text)).toEqual(['a/c.md', 'b.md']);
    expect(manifestFingerprints(text)).toEqual(
      new Map([
        ['a/c.md', '2222'],
        ['b.md', '1111'],
      ]),
    );
    // A list from before fingerprints, or not JSON: no fingerprints, so nothing counts as edited.
    expect(manifestFingerprints('{"files":["a.md"]}')).toEqual(new Map());
    expect(manifestFingerprints('{oops')).toEqual(new Map());
  });

  test('names nothing outside the folder, nor the list itself', () => {
    const text = JSON.stringify({
      files: [
        'ok.md',
        '../up.md',
        '/etc/passwd',
        'a/../../b.md',
        'C:/x.md',
        'a\\b.md',
        './here.md',
        'a//b.md',
        MANIFEST,
        3,
      ],
    });
    expect(manifestFiles(text)).toEqual(['ok.md']);
  });

  test('anything that is not such a list is no list', () => {
    for (const text of ['', 'not json', '[]', '{"files": "a.md"}', 'null'])
      expect(manifestFiles(text), text).toBeUndefined();
  });
});

describe('what a forced export does to the folder', () => {
  const writing = new Set(['index.md', 'incidents/on-call.md']);

  test('removes the earlier export’s files it no longer writes; leaves the rest', () => {
    const existing = ['index.md', 'incidents/on-call.md', 'management/feedback.md', 'notes.txt'];
    expect(
      folderPlan(existing, writing, ['index.md', 'incidents/on-call.md', 'management/feedback.md']),
    ).toEqual({
      stale: ['management/feedback.md'],
      notOurs: ['notes.txt'],
    });
  });

  test('without a list, removes nothing: no file can be proved to be an export’s', () => {
    expect(folderPlan(['index.md', 'management/feedback.md'], writing)).toEqual({
      stale: [],
      notOurs: ['management/feedback.md'],
    });
  });

  test('a listed file already gone is not removed twice', () => {
    expect(folderPlan(['index.md'], writing, ['gone.md']).stale).toEqual([]);
  });
});
