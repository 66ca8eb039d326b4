import { UserError, type Context } from '../context';
import { messages } from '../messages';
import { cliSettings } from '../settings';
import { handbookOptions, readContentFiles } from '../../config/read-content';
import { checkContent } from '../../lib/content-check/check-content';
import { fieldLine } from '../../lib/content-check/frontmatter';
import { formatProblem, type ContentProblem } from '../../lib/content-check/problem';
import { overdueByOwner } from '../../lib/handbook/review';
import { placeholderProblems } from '../placeholders';
import { turnedOffPages } from '../../config/turned-off-pages';
import type { Handbook } from '../../lib/handbook/model';

/**
 * `handbook check`: every content rule over every file (see `checkContent`), reported as
 * `file:line: message`. With `--stale`, the pages past their review date instead.
 */
export function checkCommand(ctx: Context, flags: Record<string, string | boolean | undefined>) {
  if (flags.strict && !flags.stale) throw new UserError(messages.strictNeedsStale);
  const settings = cliSettings(ctx);
  const files = readContentFiles(settings.layers, ctx.root);
  const checked = checkContent(files, handbookOptions(settings));
  const { handbook } = checked;
  // And what only the CLI knows: the text its scaffolds leave for the author to replace, and the
  // fork's own pages that its config leaves unbuilt.
  const problems = [
    ...checked.problems,
    ...placeholderProblems(files),
    ...turnedOffPages(files, handbook, settings),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (flags.stale) return staleReport(ctx, handbook, Boolean(flags.strict));
  const count =
    files.pages.length +
    files.ladders.length +
    files.assessments.length +
    files.checklists.length +
    files.tables.length +
    (files.levelTitles ? 1 : 0);
  if (ctx.json) ctx.out(JSON.stringify({ ok: problems.length === 0, files: count, problems }));
  else {
    for (const p of problems) ctx.out(formatProblem(p));
    (problems.length ? ctx.err : ctx.out)(
      problems.length ? messages.checkFailed(problems.length, count) : messages.checkOk(count),
    );
  }
  if (problems.length > 0) throw new UserError('', { cause: 'reported' });
}

/** The pages past their review date, by owner, each at its `lastReviewed` line. */
function staleReport(ctx: Context, handbook: Handbook, strict: boolean) {
  const groups = overdueByOwner(handbook.pages);
  const stale: ContentProblem[] = groups.flatMap((g) =>
    g.pages.map((page) => ({
      file: page.file,
      line: page.text ? fieldLine(page.text, 'lastReviewed') : 1,
      message: messages.staleLine(g.owner, page.review.due.toISOString().slice(0, 10), page.review.every),
    })),
  );
  const reviewed = handbook.pages.filter((p) => p.review).length;
  if (ctx.json) ctx.out(JSON.stringify({ ok: !strict || stale.length === 0, pages: reviewed, stale }));
  else {
    for (const p of stale) ctx.out(formatProblem(p));
    (stale.length ? ctx.err : ctx.out)(
      stale.length ? messages.staleSome(stale.length, reviewed) : messages.staleNone(reviewed),
    );
  }
  if (strict && stale.length > 0) throw new UserError('', { cause: 'reported' });
}
