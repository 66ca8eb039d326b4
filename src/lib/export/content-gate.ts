import type { Root } from 'mdast';
import { checkContent } from '../content-check/check-content';
import type { ContentProblem } from '../content-check/problem';
import type { Handbook } from '../handbook/model';
import type { HandbookOptions } from '../handbook/options';
import type { ContentFiles } from '../handbook/raw-content';
import { keepingParsed } from './parse';

/** The handbook to export, what stops the export, and the pages parsed once for it. */
export interface GateResult {
  handbook: Handbook;
  /** Problems that stop the export, each as `handbook check` prints it; none: export. */
  problems: ContentProblem[];
  /** Every page that parses, by address, as the check parsed it: the export uses these trees. */
  parsed: Map<string, Root>;
}

/**
 * The content check an export runs first: `handbook check`'s own `checkContent`, so an export
 * refuses exactly what the check reports (a page whose frontmatter does not parse used to be
 * left out without a word, an unknown `{{term}}` exported as it stood, a relative link end in
 * "internal error"), with one exception.
 *
 * The writing rules are left out (`writingRules: false`), as the site's build leaves them out:
 * a page being written may be short, name no sources or lack "Where to go next", and a copyable
 * block may lack the title and purpose the Templates page lists it by. They say a page is not
 * finished, not that its export would be wrong, and a fork must be able to export while a draft
 * is open. Every other rule `checkContent` has, or gains later, stops the export.
 * `tests/unit/lib/export/content-gate.test.ts` holds the result to `checkContent`'s problems
 * minus the model's `warnings` and `templateProblems`, computed the long way.
 */
export function exportGate(files: ContentFiles, options: HandbookOptions): GateResult {
  const check = keepingParsed(() => checkContent(files, options, { writingRules: false }));
  const { problems, handbook } = check.result;
  // The check's own trees of the pages, by address (a page that does not parse has none).
  const parsed = new Map<string, Root>();
  for (const page of handbook.pages) {
    const tree = page.text === undefined ? undefined : check.parsed.get(page.text);
    if (tree) parsed.set(page.route, tree);
  }
  return { handbook, problems, parsed };
}
