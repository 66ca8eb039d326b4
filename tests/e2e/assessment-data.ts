import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AssessmentSchema, type Assessment } from '../../src/schemas/assessment';
import { readinessFor } from '../../src/lib/assessments/derive';
import { ladders } from './ladder-data';

const ROOT = join(import.meta.dirname, '..', '..');

/** The pages each assessment is embedded in, found by reading content/docs for <Assessment id="…" />. */
function embeddingPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const docs = join(ROOT, 'content', 'docs');
  for (const entry of readdirSync(docs, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    for (const match of readFileSync(file, 'utf8').matchAll(/<Assessment id="([a-z0-9-]+)"/g)) {
      const slug = file
        .slice(docs.length + 1)
        .replace(/\.mdx$/, '')
        .replace(/(^|\/)index$/, '');
      pages.set(match[1]!, `/${slug}/`);
    }
  }
  return pages;
}

/** Every instrument with the page it lives on: the YAML ones, and one generated readiness check per target level. */
export function instruments(): { assessment: Assessment; page: string }[] {
  const dir = join(ROOT, 'content', 'assessments');
  const pages = embeddingPages();
  const list: { assessment: Assessment; page: string }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const assessment = AssessmentSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
    if (assessment.fromLadder) {
      const ladder = ladders().find((l) => l.id === assessment.fromLadder!.ladder)!;
      for (const level of ladder.levels.slice(1)) {
        list.push({
          assessment: readinessFor(assessment, ladder, level),
          page: `/assessments/${assessment.id}/${level.id}/`,
        });
      }
    } else {
      const page = pages.get(assessment.id);
      if (!page) throw new Error(`Assessment ${assessment.id} is not embedded in any page of content/docs.`);
      list.push({ assessment, page });
    }
  }
  return list;
}
