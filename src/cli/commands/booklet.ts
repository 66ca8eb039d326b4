import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError, display, type Context } from '../context';
import { assertOutsideContent, writeAll } from '../write-files';
import { messages } from '../messages';
import { buildBooklet } from '../../lib/booklet/booklet';
import type { ExportContent } from './export';
import { PAPER_SIZES, printPdf, type Paper } from '../pdf';
import { stopwatch } from '../stopwatch';

/**
 * `handbook export --target booklet`: one self-contained HTML file for offline reading (and,
 * with --pdf, a PDF beside it). Same rules as every export: never overwrites without --force,
 * never writes inside content/, and refuses a handbook with problems as every export does.
 *
 * @param load the checked handbook (`exportContent` in ./export.ts), asked for once the flags
 *   are known to be right
 */
export async function bookletCommand(
  ctx: Context,
  flags: Record<string, string | boolean | undefined>,
  sections: string[] | undefined,
  load: () => ExportContent,
) {
  if (typeof flags.out !== 'string' || !flags.out.trim())
    throw new UserError(messages.missingOption('out', 'export', 'incidents.html'));
  const out = resolve(ctx.cwd, flags.out);
  if (!out.endsWith('.html')) throw new UserError(messages.bookletNotHtml(flags.out));
  assertOutsideContent(ctx, out, '--out');
  if (flags.paper !== undefined && !flags.pdf) throw new UserError(messages.paperNeedsPdf);
  const paper = (typeof flags.paper === 'string' ? flags.paper.toLowerCase() : 'a4') as Paper;
  if (!PAPER_SIZES.includes(paper))
    throw new UserError(messages.unknownPaper(String(flags.paper), [...PAPER_SIZES]));
  const pdf = flags.pdf ? out.replace(/\.html$/, '.pdf') : undefined;

  const clock = stopwatch();
  const { settings, handbook, parsed, siteUrl } = load();
  const booklet = buildBooklet({
    handbook,
    sections,
    name: settings.config.name,
    siteUrl,
    parsed,
    date: settings.today.toISOString().slice(0, 10),
    version: version(ctx.root),
  });
  const folder = dirname(out);
  const planned = [{ path: out, content: booklet.html }];
  // Both files are checked before either is written: --pdf never leaves a half-done pair.
  writeAll({ ...ctx, dryRun: true }, folder, pdf ? [...planned, { path: pdf, content: '' }] : planned);
  if (!ctx.dryRun) {
    writeAll({ ...ctx, force: true }, folder, planned);
    if (pdf) await printPdf(out, pdf, paper);
  }
  const seconds = clock.seconds();
  const cpuSeconds = clock.cpuSeconds();
  const processCpuSeconds = clock.processCpuSeconds();
  const files = [out, ...(pdf ? [pdf] : [])].map((f) => display(ctx.root, f));
  if (ctx.json) {
    ctx.out(
      JSON.stringify({
        ok: true,
        dryRun: ctx.dryRun,
        target: 'booklet',
        files,
        pages: booklet.pages.length,
        bytes: Buffer.byteLength(booklet.html),
        searchIndexBytes: booklet.indexBytes,
        seconds: Number(seconds.toFixed(3)),
        cpuSeconds: Number(cpuSeconds.toFixed(3)),
        processCpuSeconds: Number(processCpuSeconds.toFixed(3)),
      }),
    );
    return;
  }
  for (const file of files) ctx.out(ctx.dryRun ? messages.wouldWrite(file) : messages.wrote(file));
  if (!ctx.dryRun)
    ctx.out(messages.bookletDone(booklet.pages.length, Buffer.byteLength(booklet.html), seconds));
}

/** The commit the booklet was made from, or the package version when there is no git. */
function version(root: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    try {
      return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version;
    } catch {
      return undefined;
    }
  }
}
