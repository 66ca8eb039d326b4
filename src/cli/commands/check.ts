import { join } from 'node:path';
import { UserError, type Context } from '../context';
import { messages } from '../messages';
import { readContentFiles } from '../../config/read-content';
import { checkContent } from '../../lib/content-check/check-content';
import { formatProblem } from '../../lib/content-check/problem';

/**
 * `handbook check`: every content rule over every file (see `checkContent`), reported as
 * `file:line: message`.
 */
export function checkCommand(ctx: Context) {
  const files = readContentFiles(join(ctx.root, 'content'), ctx.root);
  const { problems } = checkContent(files);
  const count =
    files.pages.length +
    files.ladders.length +
    files.assessments.length +
    files.checklists.length +
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
