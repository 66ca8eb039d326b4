import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LadderSchema, type Ladder } from '../../../src/schemas/ladder';
import { FIXTURES } from '../../paths';

/** The raw YAML data of the small test ladder (a fresh copy each call, safe to mutate). */
export function smallLadderData(): Record<string, unknown> & { levels: Record<string, unknown>[] } {
  return parse(readFileSync(join(FIXTURES, 'ladders/small-ladder.yaml'), 'utf8'));
}

/** The small test ladder, validated. */
export function smallLadder(): Ladder {
  return LadderSchema.parse(smallLadderData());
}
