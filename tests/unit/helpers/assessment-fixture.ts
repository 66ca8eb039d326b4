import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AssessmentSchema, type Assessment } from '../../../src/schemas/assessment';
import { FIXTURES } from '../../paths';

/** The raw data of the small test assessment (a fresh copy each call, safe to mutate). */
export function smallAssessmentData(): Record<string, unknown> & {
  questions: Record<string, unknown>[];
  bands: Record<string, unknown>[];
} {
  return parse(readFileSync(join(FIXTURES, 'assessments/small-assessment.yaml'), 'utf8'));
}

/** The small test assessment, validated. */
export function smallAssessment(): Assessment {
  return AssessmentSchema.parse(smallAssessmentData());
}
