import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LadderSchema, type Ladder } from '../../src/schemas/ladder';
import { LevelTitlesSchema } from '../../src/schemas/level-titles';
import { applyLevelTitles } from '../../src/lib/ladders/titles';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** The ladders as the site shows them: content/ladders/ with content/level-titles.yaml applied. */
export function ladders(): Ladder[] {
  const dir = join(CONTENT, 'ladders');
  const raw = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .map((f) => LadderSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
  const titlesFile = join(CONTENT, 'level-titles.yaml');
  const titles = existsSync(titlesFile)
    ? LevelTitlesSchema.parse(parse(readFileSync(titlesFile, 'utf8')))
    : {};
  return applyLevelTitles(raw, titles, titlesFile);
}
