import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { UserError, display, type Context } from '../context';
import { assertOutsideContent, writeAll } from '../write-files';
import { messages } from '../messages';
import { SECTION_IDS } from '../../schemas/sections';
import { exportSite } from '../../lib/export/export-site';
import { askedPages, exportedPages } from '../../lib/export/pages';
import { exportGate } from '../../lib/export/content-gate';
import { folderPlan, manifestText, MANIFEST } from '../../lib/export/manifest';
import {
  EDITED,
  earlierExport,
  editedSince,
  filesIn,
  fingerprint,
  keepEdited,
  removeStale,
} from '../export-folder';
import { TARGETS, type Target } from '../../lib/export/targets';
import { formatProblem } from '../../lib/content-check/problem';
import { sectionIsOn } from '../../lib/handbook/options';
import type { Handbook } from '../../lib/handbook/model';
import { handbookOptions, readContentFiles } from '../../config/read-content';
import { siteAddress, type Settings } from '../../config/settings';
import { cliSettings } from '../settings';
import { creditedPages } from '../../config/credit';
import { bookletCommand } from './booklet';
import { stopwatch } from '../stopwatch';

/**
 * `handbook export`: the handbook as Markdown for another tool, written to an empty folder (or,
 * with --force, over the folder's earlier export), once the content passes `handbook check`.
 */
export async function exportCommand(ctx: Context, flags: Record<string, string | boolean | undefined>) {
  const target = typeof flags.target === 'string' ? flags.target : undefined;
  if (!target) throw new UserError(messages.missingOption('target', 'export', 'github-wiki'));
  const asked = listOf(flags, 'page', '/incidents/on-call/');
  if (asked && flags.section !== undefined) throw new UserError(messages.pageAndSection);
  if (target === 'booklet') {
    if (asked) throw new UserError(messages.pageNotForBooklet);
    const sections = sectionsOf(flags);
    return bookletCommand(ctx, flags, sections, () => exportContent(ctx, sections));
  }
  if (!(TARGETS as readonly string[]).includes(target))
    throw new UserError(messages.unknownTarget(target, [...TARGETS, 'booklet']));
  if (flags.pdf || flags.paper !== undefined) throw new UserError(messages.pdfNeedsBooklet);
  if (typeof flags.out !== 'string' || !flags.out.trim())
    throw new UserError(messages.missingOption('out', 'export', '../handbook-wiki'));
  const out = resolve(ctx.cwd, flags.out);
  // Before anything is read: the folder itself, not only each file in it (writeAll checks those).
  assertOutsideContent(ctx, out, '--out');
  // A file where the folder should be (`--out notes.txt`, `--out /dev/null`) is the user's to change.
  if (existsSync(out) && !statSync(out).isDirectory())
    throw new UserError(messages.notAFolder(`the export to --out ${flags.out}`, display(ctx.root, out)));
  // Pages join a folder that may hold a wiki already: only a file they would replace needs --force.
  if (!asked && !ctx.force && existsSync(out) && readdirSync(out).length > 0)
    throw new UserError(messages.outNotEmpty(out));
  const sections = sectionsOf(flags);

  const clock = stopwatch();
  const { settings, handbook, parsed, siteUrl } = exportContent(ctx, sections);
  // The folder as the earlier export left it: what pages join, and what --force may replace.
  const existing = filesIn(out);
  const pages = asked && askedRoutes(ctx, handbook, asked, settings);
  const showProgress = !ctx.json && handbook.pages.length >= 200;
  const result = exportSite({
    target: target as Target,
    handbook,
    sections,
    pages,
    // Pages join the folder's earlier export: links to the pages already there stay links.
    present: pages ? new Set(existing) : undefined,
    siteUrl,
    parsed,
    credited: creditedPages(settings, ctx.root),
    onPage: showProgress
      ? (done, total) => done % 100 === 0 && ctx.err(messages.progress(done, total))
      : undefined,
  });
  // The content check above refuses every link that leads nowhere: one left is the exporter's bug.
  if (result.unresolved.length > 0)
    throw new Error(`the export has links that lead nowhere: ${result.unresolved.slice(0, 5).join('; ')}`);

  // With --force over an earlier export, that export's own files which this one no longer writes
  // are removed (a smaller re-export would otherwise leave a wiki full of orphaned pages), and
  // only those: the list it left says which they are. Anything else in the folder (.git, a page
  // the team wrote there) is left alone and named in a note, as nobody can prove it is ours.
  // A page the team edited in the folder since the earlier export (its fingerprint changed) is
  // copied aside before it is replaced or removed, and named: --force replaces, it never loses.
  // Pages (--page) are added to the folder: nothing else in it is removed, and its list of the
  // files exports wrote keeps the earlier ones beside theirs.
  const earlier = earlierExport(out);
  // Pages join the pages already there: in another target's folder, their file names, links and
  // callouts would not match the pages beside them (an Obsidian vault's [[links]], a wiki's flat
  // names), so the export asks for the folder's own target instead of mixing two.
  if (pages && earlier.target && earlier.target !== target)
    throw new UserError(messages.pageOtherTarget(display(ctx.root, out), earlier.target, target));
  const listed = earlier.files;
  const plan = pages
    ? { stale: [], notOurs: [] }
    : folderPlan(existing, new Set(result.files.keys()), listed);
  const replacing = [...existing.filter((f) => result.files.has(f)), ...plan.stale];
  if (pages && !ctx.force && replacing.length > 0)
    throw new UserError(messages.exists(display(ctx.root, join(out, replacing[0]!))));
  const edited = editedSince(out, earlier.fingerprints, replacing, result.files);
  const fingerprints = new Map([
    ...(pages ? stillListed(out, listed, earlier.fingerprints) : []),
    ...[...result.files].map(([path, content]) => [path, fingerprint(content)] as const),
  ]);
  const kept = edited.length > 0 && !ctx.dryRun ? keepEdited(out, edited) : undefined;
  const written = writeAll(
    { ...ctx, force: true }, // the folder was checked above: empty, or --force
    out,
    [...result.files, [MANIFEST, manifestText(target, fingerprints)] as const].map(([path, content]) => ({
      path: join(out, path),
      content,
    })),
  );
  if (!ctx.dryRun) removeStale(out, plan.stale);
  const seconds = clock.seconds();
  const cpuSeconds = clock.cpuSeconds();
  const processCpuSeconds = clock.processCpuSeconds();
  if (ctx.json) {
    ctx.out(
      JSON.stringify({
        ok: true,
        dryRun: ctx.dryRun,
        target,
        out,
        pages: result.pages,
        // As every command's --json: the files written (here inside --out, as `removed` lists
        // them), the pages and index files but not the list of them.
        files: [...result.files.keys()],
        seconds: Number(seconds.toFixed(3)),
        cpuSeconds: Number(cpuSeconds.toFixed(3)),
        processCpuSeconds: Number(processCpuSeconds.toFixed(3)),
        warnings: result.warnings,
        droppedLinks: result.dropped,
        siteOnlyLinks: result.siteOnly,
        removed: plan.stale,
        leftAlone: plan.notOurs,
        edited,
        ...(kept ? { editedCopies: kept } : {}),
      }),
    );
    return;
  }
  for (const warning of result.warnings) ctx.err(`warning: ${warning}`);
  if (result.dropped.length) ctx.err(messages.exportDroppedLinks(result.dropped.length, siteUrl));
  if (result.siteOnly.length) ctx.err(messages.exportSiteOnlyLinks(result.siteOnly, siteUrl));
  if (plan.stale.length) ctx.err(messages.exportRemoved(plan.stale.length, out, ctx.dryRun));
  if (plan.notOurs.length) ctx.err(messages.exportLeftAlone(plan.notOurs, out, listed !== undefined));
  if (edited.length)
    ctx.err(messages.exportEditedKept(edited, display(ctx.root, kept ?? join(out, EDITED)), ctx.dryRun));
  ctx.out(
    ctx.dryRun
      ? `${messages.wouldWrite(`${written.length - 1} files to ${out}`)}`
      : messages.exported(result.pages, out, seconds),
  );
}

/** What an export works from: the checked handbook, its pages as parsed, the site's address. */
export interface ExportContent {
  settings: Settings;
  handbook: Handbook;
  parsed: Map<string, Root>;
  /** The public site with its base (`https://handbook.acme.example/hb/`), when configured. */
  siteUrl?: string;
}

/**
 * The handbook an export may be made from, or the user's mistake: every problem `handbook
 * check` prints (but the writing rules, see `exportGate`), and a section the config turns off.
 * An export never carries a page that the check or the build would refuse.
 */
export function exportContent(ctx: Context, sections: string[] | undefined): ExportContent {
  const settings = cliSettings(ctx);
  const off = (sections ?? []).filter((s) => !sectionIsOn(settings.config, s));
  if (off.length)
    throw new UserError(messages.exportSectionOff(off, settings.configFile ?? 'handbook.config.yaml'));
  const gate = exportGate(readContentFiles(settings.layers, ctx.root), handbookOptions(settings));
  if (gate.problems.length > 0) {
    const lines = gate.problems.map(formatProblem);
    if (!ctx.json) throw new UserError(messages.exportBlocked(lines));
    ctx.out(
      JSON.stringify({
        ok: false,
        error: messages.exportBlockedSummary(lines.length),
        problems: gate.problems,
      }),
    );
    throw new UserError('', { cause: 'reported' });
  }
  return {
    settings,
    handbook: gate.handbook,
    parsed: gate.parsed,
    siteUrl: siteAddress(settings),
  };
}

/** A comma-separated flag as its values; undefined when the flag is left out, an error when it is empty. */
function listOf(
  flags: Record<string, string | boolean | undefined>,
  flag: string,
  example: string,
): string[] | undefined {
  if (flags[flag] === undefined) return undefined;
  const values = String(flags[flag])
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (values.length === 0) throw new UserError(messages.missingOption(flag, 'export', example));
  return values;
}

/** `--section a,b` as section ids, each checked; undefined when the flag is left out. */
function sectionsOf(flags: Record<string, string | boolean | undefined>): string[] | undefined {
  const sections = listOf(flags, 'section', 'incidents');
  if (!sections) return undefined;
  const unknown = sections.find((s) => !(SECTION_IDS as readonly string[]).includes(s));
  if (unknown) throw new UserError(messages.unknownSection(unknown, [...SECTION_IDS]));
  return sections;
}

/**
 * The addresses of the pages `--page` names, or the user's mistake: a name that is no page of
 * this handbook, said with the nearest address, or why the page is not in it (a section the
 * config turns off, an internal page left out of the public edition).
 */
function askedRoutes(ctx: Context, handbook: Handbook, asked: string[], settings: Settings): string[] {
  const all = exportedPages(handbook);
  // A file named as the shell sees it (from any folder, absolute, with either slash): its page.
  const byFile = new Map(handbook.pages.map((p) => [p.file, p.route]));
  const named = asked.map((a) => {
    const file = relative(ctx.root, resolve(ctx.cwd, a.trim())).split(sep).join('/');
    return /\.mdx?$/.test(a.trim()) && byFile.has(file) ? byFile.get(file)! : a;
  });
  const { routes, unknown } = askedPages(all, handbook, named, settings.base);
  const [first] = unknown;
  if (first) {
    const original = asked[named.indexOf(first.asked)] ?? first.asked;
    if (!first.route) throw new UserError(messages.notAnAddress(original));
    const excluded = handbook.excluded.find((e) => e.route === first.route);
    throw new UserError(
      messages.unknownPage(
        original,
        first.route,
        all.map((p) => p.route),
        settings.configFile ?? 'handbook.config.yaml',
        excluded && { reason: excluded.reason, file: excluded.file },
      ),
    );
  }
  return routes;
}

/**
 * The files an earlier export listed that are still in the folder, with the fingerprint it gave
 * each (or, from a list made before fingerprints, the file as it is now): a page export keeps
 * them on the list, so a later whole export still knows them for its own.
 */
function stillListed(
  out: string,
  listed: string[] | undefined,
  fingerprints: ReadonlyMap<string, string>,
): [string, string][] {
  // Plain files only: a listed name that is now a folder or a link is not the export's any more.
  const isFile = (path: string) => {
    try {
      return lstatSync(join(out, path)).isFile();
    } catch {
      return false;
    }
  };
  return (listed ?? [])
    .filter(isFile)
    .map((path) => [path, fingerprints.get(path) ?? fingerprint(readFileSync(join(out, path)))]);
}
