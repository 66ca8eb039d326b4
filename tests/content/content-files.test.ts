import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../../src/config/read-content';
import { checkContent } from '../../src/lib/content-check/check-content';
import { formatProblem } from '../../src/lib/content-check/problem';
import { DATA_FOLDERS } from '../../src/lib/handbook/raw-content';
import { CONTENT, ROOT } from '../paths';

/**
 * The handbook's own content passes every rule `npx handbook check` applies (the same function):
 * schemas, the model's rules across files, the kind rules, links, embedded components, and the
 * exporter's parser. One test per file, so a failure names the file.
 */
const files = readContentFiles(CONTENT, ROOT);
const { problems } = checkContent(files);
const all = [
  ...files.pages,
  ...DATA_FOLDERS.flatMap((folder) => files[folder]),
  ...(files.levelTitles ? [files.levelTitles] : []),
].map((f) => f.file);

describe('every content file passes every rule', () => {
  test('there are pages and data files to check', () => {
    expect(files.pages.length).toBeGreaterThan(0);
    for (const folder of DATA_FOLDERS) expect(files[folder].length, folder).toBeGreaterThan(0);
  });

  test('every problem is about a file that was read', () => {
    expect(problems.filter((p) => !all.includes(p.file)).map(formatProblem)).toEqual([]);
  });

  test.each(all.map((f) => [f]))('%s', (file) => {
    expect(problems.filter((p) => p.file === file).map(formatProblem)).toEqual([]);
  });
});

test('each data folder has a README for authors', () => {
  for (const folder of DATA_FOLDERS) expect(existsSync(join(CONTENT, folder, 'README.md')), folder).toBe(true);
});
