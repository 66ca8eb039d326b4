import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { UserError, writeAll, type Context } from '../context';
import { messages } from '../messages';
import { SECTION_IDS } from '../../schemas/sections';
import { exportSite } from '../../lib/export/export-site';
import { TARGETS, type Target } from '../../lib/export/targets';
import { loadHandbookFromDisk } from '../../config/read-content';
import { cliSettings } from '../settings';
import { bookletCommand } from './booklet';

/** `handbook export`: the handbook as Markdown for another tool, written to an empty folder. */
export async function exportCommand(ctx: Context, flags: Record<string, string | boolean | undefined>) {
  const target = typeof flags.target === 'string' ? flags.target : undefined;
  if (!target) throw new UserError(messages.missingOption('target', 'export', 'github-wiki'));
  if (target === 'booklet') return bookletCommand(ctx, flags, sectionsOf(flags));
  if (!(TARGETS as readonly string[]).includes(target))
    throw new UserError(messages.unknownTarget(target, [...TARGETS, 'booklet']));
  if (flags.pdf || flags.paper !== undefined) throw new UserError(messages.pdfNeedsBooklet);
  if (typeof flags.out !== 'string' || !flags.out.trim())
    throw new UserError(messages.missingOption('out', 'export', '../handbook-wiki'));
  const out = resolve(ctx.cwd, flags.out);
  const insideContent = relative(join(ctx.root, 'content'), out);
  if (!insideContent.startsWith('..') && !isAbsolute(insideContent))
    throw new UserError(messages.outInsideContent(out));
  if (!ctx.force && existsSync(out) && readdirSync(out).length > 0)
    throw new UserError(messages.outNotEmpty(out));
  const sections = sectionsOf(flags);

  const started = performance.now();
  // Files with problems are left out of the model; `handbook check` reports them.
  const { handbook } = loadHandbookFromDisk(cliSettings(ctx), ctx.root);
  const showProgress = !ctx.json && handbook.pages.length >= 200;
  const result = exportSite({
    target: target as Target,
    handbook,
    sections,
    onPage: showProgress
      ? (done, total) => done % 100 === 0 && ctx.err(messages.progress(done, total))
      : undefined,
  });
  if (result.unresolved.length > 0)
    throw new Error(`the export has links that lead nowhere: ${result.unresolved.slice(0, 5).join('; ')}`);
  const written = writeAll(
    { ...ctx, force: true }, // the folder was checked above: empty, or --force
    out,
    [...result.files].map(([path, content]) => ({ path: join(out, path), content })),
  );
  const seconds = (performance.now() - started) / 1000;
  if (ctx.json) {
    ctx.out(
      JSON.stringify({
        ok: true,
        dryRun: ctx.dryRun,
        target,
        out,
        pages: result.pages,
        files: written.length,
        seconds: Number(seconds.toFixed(3)),
        warnings: result.warnings,
        droppedLinks: result.dropped,
      }),
    );
    return;
  }
  for (const warning of result.warnings) ctx.err(`warning: ${warning}`);
  if (result.dropped.length)
    ctx.err(`note: ${result.dropped.length} link(s) to pages outside this export were kept as plain text`);
  ctx.out(
    ctx.dryRun
      ? `${messages.wouldWrite(`${written.length} files to ${out}`)}`
      : messages.exported(result.pages, out, seconds),
  );
}

/** `--section a,b` as section ids, each checked; undefined when the flag is left out. */
function sectionsOf(flags: Record<string, string | boolean | undefined>): string[] | undefined {
  if (flags.section === undefined) return undefined;
  const sections = String(flags.section)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (sections.length === 0) throw new UserError(messages.missingOption('section', 'export', 'incidents'));
  const unknown = sections.find((s) => !(SECTION_IDS as readonly string[]).includes(s));
  if (unknown) throw new UserError(messages.unknownSection(unknown, [...SECTION_IDS]));
  return sections;
}
