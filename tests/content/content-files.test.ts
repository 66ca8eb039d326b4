import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkPage } from '../../src/lib/content-check/page';
import { checkDataFile } from '../../src/lib/content-check/data-file';
import type { z } from 'astro/zod';
import { LadderSchema } from '../../src/schemas/ladder';
import { ChecklistSchema } from '../../src/schemas/checklist';
import { AssessmentSchema } from '../../src/schemas/assessment';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');

/** Every file under `dir` whose name matches `pattern`, skipping drafts (`_name`). */
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name) && !e.name.startsWith('_'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const rel = (path: string, from = ROOT) => relative(from, path).split(sep).join('/');

describe('every page in content/docs', () => {
  const pages = files(join(CONTENT, 'docs'), /\.mdx?$/);

  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages.map((p) => [rel(p)]))('%s has valid handbook frontmatter in the right folder', (file) => {
    const problems = checkPage(file, rel(join(ROOT, file), join(CONTENT, 'docs')), readFileSync(join(ROOT, file), 'utf8'));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });
});

describe('every YAML data file in content/', () => {
  /** The schema each data folder's files must satisfy. */
  const schemas: Record<string, z.ZodType> = {
    ladders: LadderSchema,
    assessments: AssessmentSchema,
    checklists: ChecklistSchema,
  };
  const folders = Object.keys(schemas);
  const data = folders.flatMap((folder) => files(join(CONTENT, folder), /\.ya?ml$/));

  test('each data collection has its folder, with a README for authors', () => {
    for (const folder of folders) expect(existsSync(join(CONTENT, folder, 'README.md')), folder).toBe(true);
  });

  test.skipIf(data.length === 0).each(data.map((p) => [rel(p)]))('%s parses and validates', (file) => {
    const folder = file.split('/')[1]!;
    const problems = checkDataFile(file, readFileSync(join(ROOT, file), 'utf8'), schemas[folder]!);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });
});
