import type { Handbook } from '../lib/handbook/model';
import { linkProblems } from '../lib/content-check/references';
import { formatProblem } from '../lib/content-check/problem';

/**
 * A link to a page or heading that does not exist, or a relative link, fails the build before
 * anything is built, naming the file and line. The model checks every page's links against
 * the pages and headings of this build (the edition, the fork's `local/` pages and its
 * sections), the same check `npx handbook check` runs.
 *
 * This replaced starlight-links-validator, which collected every page's links and headings as
 * the pages compiled: it knew only one content folder and no sub-path, and at 2,000 pages it
 * held 0.4 GB until the end of the build (DECISIONS.md, "Build memory"). The tests of the
 * built site check every link and heading of the output, generated pages included.
 */
export function checkLinks(handbook: Handbook): void {
  const problems = linkProblems(handbook);
  if (problems.length > 0) throw new Error(`\n${problems.map(formatProblem).join('\n')}`);
}
