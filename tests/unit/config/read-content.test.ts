import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadHandbookFromDisk, readContentFiles } from '../../../src/config/read-content';

const root = mkdtempSync(join(tmpdir(), 'handbook-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a file under the scratch project, creating its folders. */
function write(path: string, text = 'x') {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('readContentFiles', () => {
  write('content/docs/index.mdx');
  write('content/docs/incidents/on-call.mdx');
  write('content/docs/incidents/_draft.mdx');
  write('content/docs/incidents/deep/nested.md');
  write('content/docs/.hidden/secret.mdx');
  write('content/ladders/ic.yaml');
  write('content/ladders/_draft.yaml');
  write('content/ladders/old/archived.yaml');
  write('content/checklists/list.yml');
  write('content/level-titles.yaml');
  const files = readContentFiles(join(root, 'content'), root);

  test('finds pages as the docs collection does: anywhere under docs/, drafts and dot folders left out', () => {
    expect(files.pages.map((p) => [p.file, p.rel])).toEqual([
      ['content/docs/incidents/deep/nested.md', 'incidents/deep/nested.md'],
      ['content/docs/incidents/on-call.mdx', 'incidents/on-call.mdx'],
      ['content/docs/index.mdx', 'index.mdx'],
    ]);
  });

  test('finds data files at the top of their folder only, as the data collections do', () => {
    expect(files.ladders.map((f) => f.file)).toEqual(['content/ladders/ic.yaml']);
    expect(files.checklists.map((f) => f.file)).toEqual(['content/checklists/list.yml']);
    expect(files.assessments).toEqual([]);
    expect(files.levelTitles?.file).toBe('content/level-titles.yaml');
  });

  test('a folder with no content is an empty handbook, not an error', () => {
    const empty = loadHandbookFromDisk(join(root, 'nowhere'), root);
    expect(empty.handbook.pages).toEqual([]);
    expect(empty.problems).toEqual([]);
  });

  test('a broken file is a problem with its path, and the rest still loads', () => {
    const { handbook, problems } = loadHandbookFromDisk(join(root, 'content'), root);
    expect(problems.map((p) => p.file)).toContain('content/ladders/ic.yaml');
    expect(handbook.pages.map((p) => p.route)).toContain('/incidents/on-call/');
  });
});

describe('readContentFiles with a fork layer', () => {
  write('upstream/docs/start/intro.mdx', 'upstream intro');
  write('upstream/docs/start/other.mdx', 'upstream other');
  write('upstream/ladders/ic.yaml', 'upstream ladder');
  write('upstream/level-titles.yaml', 'upstream titles');
  write('fork/docs/start/intro.mdx', 'fork intro');
  write('fork/docs/start/added.md', 'fork added');
  write('fork/ladders/ic.yml', 'fork ladder');
  write('fork/checklists/own.yaml', 'fork checklist');
  const files = readContentFiles(['upstream', 'fork'], root);

  test('a file at the same path in the later layer replaces the earlier one; new files are added', () => {
    expect(files.pages.map((p) => [p.file, p.rel, p.text])).toEqual([
      ['fork/docs/start/added.md', 'start/added.md', 'fork added'],
      ['fork/docs/start/intro.mdx', 'start/intro.mdx', 'fork intro'],
      ['upstream/docs/start/other.mdx', 'start/other.mdx', 'upstream other'],
    ]);
    expect(files.ladders.map((f) => f.file)).toEqual(['fork/ladders/ic.yml']);
    expect(files.checklists.map((f) => f.file)).toEqual(['fork/checklists/own.yaml']);
    expect(files.levelTitles?.file).toBe('upstream/level-titles.yaml');
  });

  test('lists what it replaced, so the site’s collections can skip those files', () => {
    expect(files.replaced).toEqual(['upstream/docs/start/intro.mdx', 'upstream/ladders/ic.yaml']);
  });
});
