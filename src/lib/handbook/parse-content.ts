import type { z } from 'astro/zod';
import { AssessmentSchema } from '../../schemas/assessment';
import { ChecklistSchema } from '../../schemas/checklist';
import { LadderSchema } from '../../schemas/ladder';
import { LevelTitlesSchema, type LevelTitles } from '../../schemas/level-titles';
import { TableSchema } from '../../schemas/table';
import { parseDataFile } from '../content-check/data-file';
import { parsePage } from '../content-check/page';
import type { ContentProblem } from '../content-check/problem';
import {
  applyTerms,
  applyTermsToData,
  termValues,
  unknownTermMessage,
  type TermValues,
} from '../config/terms';
import { DEFAULT_CONFIG } from '../config/parse-config';
import type { ContentFiles, DataFolder, RawContent, RawDataFile } from './raw-content';

/** The schema each data folder's files must pass. */
export const DATA_SCHEMAS: { [F in DataFolder]: z.ZodType<RawContent[F][number]['data']> } = {
  ladders: LadderSchema,
  assessments: AssessmentSchema,
  checklists: ChecklistSchema,
  tables: TableSchema,
};

/**
 * Parses content files read from disk into raw content for the model. Every file is checked
 * against its schema as the build checks it; a file that fails is left out of the content and
 * its problems are returned, so one broken file never hides the others' problems.
 * Pages are kept even when their frontmatter has problems: they still exist as addresses.
 */
export function parseContent(
  files: ContentFiles,
  terms: TermValues = termValues(DEFAULT_CONFIG),
): { raw: RawContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const data = <F extends DataFolder>(folder: F): RawContent[F] =>
    files[folder].flatMap(({ file, text }) => {
      problems.push(...unknownTerms(file, text));
      const parsed = parseDataFile(file, text, DATA_SCHEMAS[folder]);
      problems.push(...parsed.problems);
      return parsed.data === undefined
        ? []
        : [{ file, name: fileName(file), data: applyTermsToData(parsed.data, terms), text }];
    }) as RawContent[F];
  const pages = files.pages.map(({ file, rel, text }) => {
    problems.push(...unknownTerms(file, text));
    const parsed = parsePage(file, text);
    problems.push(...parsed.problems);
    // The body gets the terms as text; the frontmatter after parsing, where a "#" is no comment.
    const body = applyTerms(parsed.body, terms).text;
    return {
      file,
      rel,
      frontmatter: applyTermsToData(parsed.frontmatter ?? {}, terms),
      body,
      text: text.slice(0, text.length - parsed.body.length) + body,
    };
  });
  const titles = files.levelTitles ? parseLevelTitles(files.levelTitles) : undefined;
  problems.push(...(titles?.problems ?? []));
  const levelTitles = titles?.levelTitles;
  return {
    raw: {
      pages,
      ladders: data('ladders'),
      assessments: data('assessments'),
      checklists: data('checklists'),
      tables: data('tables'),
      levelTitles,
    },
    problems,
  };
}

/** A problem for each `{{placeholder}}` in a file that names no term, at its line. */
export function unknownTerms(file: string, text: string): ContentProblem[] {
  return applyTerms(text, termValues(DEFAULT_CONFIG)).unknown.map(({ name, line }) => ({
    file,
    line,
    message: unknownTermMessage(name),
  }));
}

/** The level titles file checked against its schema: the titles when valid, and its problems. */
export function parseLevelTitles(source: { file: string; text: string }): {
  levelTitles?: RawDataFile<LevelTitles>;
  problems: ContentProblem[];
} {
  const { file, text } = source;
  const parsed = parseDataFile(file, text, LevelTitlesSchema);
  return {
    levelTitles: parsed.data ? { file, name: fileName(file), data: parsed.data, text } : undefined,
    problems: parsed.problems,
  };
}

/** `content/ladders/ic-engineering.yaml` → `ic-engineering`. */
export function fileName(path: string): string {
  return path
    .split('/')
    .pop()!
    .replace(/\.[a-z]+$/, '');
}
