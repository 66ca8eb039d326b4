import { answerOptions } from '../src/lib/assessments/groups';
import type { Answers } from '../src/lib/assessments/score';
import type { Assessment } from '../src/schemas/assessment';

/**
 * A deterministic set of answers to every question of an assessment: `seed` varies the picks,
 * every other evidence question gets a note, free-text questions get a line. The browser tests
 * click exactly these answers; the Vitest tests score them without a browser.
 */
export function sampleAnswers(a: Assessment, seed: number): Answers {
  const answers: Answers = {};
  for (const [i, q] of a.questions.entries()) {
    if (q.type === 'text') {
      answers[q.id] = { value: `Reflection ${i}` };
      continue;
    }
    const options = answerOptions(a, q);
    const pick = options[(i * 3 + seed) % options.length]!;
    const note = q.evidence && i % 2 === 0 ? `Evidence ${i}` : undefined;
    answers[q.id] = {
      value: q.type === 'scale' ? Number(pick.value) : pick.value,
      ...(note ? { note } : {}),
    };
  }
  return answers;
}
