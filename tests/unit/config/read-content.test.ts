import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadHandbookFromDisk, readContentFiles } from '../../../src/config/read-content';
import { checkContent } from '../../../src/lib/content-check/check-content';

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

describe('a fork page over one of upstream’s with another extension', () => {
  write('up2/docs/incidents/incident-commander.mdx', 'upstream page');
  write('up2/docs/incidents/same-layer.md', 'one');
  write('up2/docs/incidents/same-layer.mdx', 'two');
  write('fork2/docs/incidents/incident-commander.md', 'fork page');
  write('fork2/docs/incidents/on-call.mdx', 'fork page, upstream has none');
  const files = readContentFiles(['up2', 'fork2'], root);
  const problems = checkContent(files).problems.filter((p) => /collides with/.test(p.message));

  test('is a problem of `handbook check` at the fork’s file, naming upstream’s file and the name to use', () => {
    expect(problems).toEqual([
      {
        file: 'fork2/docs/incidents/incident-commander.md',
        line: 1,
        message:
          "collides with up2/docs/incidents/incident-commander.mdx, upstream's page at the same address with another extension (.mdx); a page that replaces one of upstream's uses the same extension: rename this file to incident-commander.mdx",
      },
      {
        file: 'up2/docs/incidents/same-layer.mdx',
        line: 1,
        message:
          'collides with up2/docs/incidents/same-layer.md, a page at the same address with another extension; keep one of the two',
      },
    ]);
  });

  test('a replacement with the same extension is no problem', () => {
    const same = readContentFiles(['upstream', 'fork'], root);
    expect(same.collisions).toBeUndefined();
  });
});
