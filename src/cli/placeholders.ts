import type { ContentFiles } from '../lib/handbook/raw-content';
import type { ContentProblem } from '../lib/content-check/problem';

/**
 * The sentences `handbook new` writes for the author to replace (`templates.ts`). A scaffold is
 * valid as written, so without this `handbook check` passed a runbook, a checklist or a ladder
 * nobody had filled in, and the site and the exports published "The first thing to do, as a
 * short instruction." `tests/cli/placeholders.test.ts` holds the list to what the scaffolds write.
 */
export const PLACEHOLDERS = [
  // Pages
  'Start with the situation the reader is in, in two or three sentences',
  'The one or two things to do if the reader reads nothing else.',
  'The reasoning, with a concrete example from a team the reader could recognise.',
  'A first step someone can take today.',
  'The book, article or talk this page draws on',
  'When to use this runbook, in one sentence, and who runs it.',
  'The first message to post, with [brackets] for what to fill in.',
  'The incident process or public runbook this draws on',
  ', in order, to keep by the desk.',
  // Checklists
  'First — rename this group',
  'The first thing to do, as a short instruction.',
  'Optional: one sentence of how or why.',
  // Assessments
  'The framework or research the questions draw on',
  'How to answer honestly, and what the result is and is not (also the paper worksheet’s opening).',
  'A concrete next step for someone weak in this area.',
  'A statement the reader rates, about something they do.',
  'What this result means and what to do next.',
  // Ladders
  'What the ladder covers and how to read it.',
  'The size of problem someone at this level owns.',
  'A concrete step toward the next level.',
  'What this level does along this dimension.',
  'Evidence someone could point to.',
] as const;

/**
 * One problem for each file that still holds scaffold text: at the first such line, with how
 * many more there are, so an unfinished page or data file fails `handbook check`.
 */
export function placeholderProblems(files: ContentFiles): ContentProblem[] {
  const all = [...files.pages, ...files.ladders, ...files.assessments, ...files.checklists, ...files.tables];
  return all.flatMap(({ file, text }) => {
    const lines = text.split('\n');
    const found = lines.flatMap((line, i) =>
      PLACEHOLDERS.some((placeholder) => line.includes(placeholder)) ? [i + 1] : [],
    );
    if (found.length === 0) return [];
    const [first, ...more] = found;
    const others = more.length ? ` (and ${more.length} more line${more.length > 1 ? 's' : ''})` : '';
    return [
      {
        file,
        line: first!,
        message: `this line${others} is still the text "npx handbook new" wrote for you to replace: "${lines[first! - 1]!.trim()}"; write your own in its place`,
      },
    ];
  });
}
