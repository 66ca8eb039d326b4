import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError, display, fileError, type Context } from '../context';
import { writeAll } from '../write-files';
import { messages } from '../messages';
import { loadHandbookFromDisk } from '../../config/read-content';
import { parseEvidence } from '../../lib/evidence/evidence';
import { packetMarkdown, untaggedEntries } from '../../lib/evidence/markdown';
import { ladderOutline } from '../../lib/evidence/outline';
import { cliSettings } from '../settings';
import { readText } from '../../config/read-text';
import { iso, localToday } from '../../lib/plans/dates';

/**
 * `handbook packet`: a promotion packet draft from an evidence log exported by the brag-document
 * page, for one ladder and target level. Same rules as every command: a broken file or a wrong
 * flag says where and how to fix it, exits 1 and writes nothing; never overwrites without --force.
 */
export function packetCommand(ctx: Context, flags: Record<string, string | boolean | undefined>) {
  for (const [flag, example] of [
    ['evidence', 'my-evidence.json'],
    ['out', 'packet.md'],
  ] as const)
    if (!given(flags[flag])) throw new UserError(messages.missingOption(flag, 'packet', example));
  // --ladder and --level may be left out when the log names them (the brag-document page saves
  // the ladder and level the reader picked); given, each must say something.
  for (const [flag, example] of [
    ['ladder', 'ic-engineering'],
    ['level', 'staff'],
  ] as const)
    if (flags[flag] !== undefined && !given(flags[flag]))
      throw new UserError(messages.missingOption(flag, 'packet', example));
  const evidenceFile = resolve(ctx.cwd, flags.evidence as string);
  const out = resolve(ctx.cwd, flags.out as string);
  if (!existsSync(evidenceFile)) throw new UserError(messages.noFile(display(ctx.root, evidenceFile)));
  if (statSync(evidenceFile).isDirectory())
    throw new UserError(messages.evidenceIsFolder(display(ctx.root, evidenceFile)));
  // With --force the packet would replace the log it is drafted from.
  if (out === evidenceFile) throw new UserError(messages.outIsInput(display(ctx.root, out)));
  let text: string;
  try {
    text = readText(evidenceFile);
  } catch (error) {
    throw fileError(error, `read ${display(ctx.root, evidenceFile)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(messages.notJson(display(ctx.root, evidenceFile), (error as Error).message));
  }
  const { log, problems } = parseEvidence(data, { today: iso(localToday()) });
  if (!log)
    throw new UserError(
      messages.badEvidence(
        display(ctx.root, evidenceFile),
        problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
      ),
    );

  const ladderId = (flags.ladder as string | undefined) ?? log.ladder;
  if (!ladderId) throw new UserError(messages.packetNeeds('ladder', 'ic-engineering'));
  const { handbook } = loadHandbookFromDisk(cliSettings(ctx), ctx.root);
  const ladder = handbook.ladders.find((l) => l.id === ladderId);
  if (!ladder)
    throw new UserError(
      messages.unknownLadder(
        ladderId,
        handbook.ladders.map((l) => l.id),
      ),
    );
  // The log's level belongs to the log's ladder: with another --ladder, the level must be given.
  const levelId = (flags.level as string | undefined) ?? (ladder.id === log.ladder ? log.level : undefined);
  if (!levelId) throw new UserError(messages.packetNeeds('level', ladder.levels.at(-1)?.id ?? 'staff'));
  const level = ladder.levels.find((l) => l.id === levelId);
  if (!level)
    throw new UserError(
      messages.unknownLevel(
        levelId,
        ladder.id,
        ladder.levels.map((l) => l.id),
      ),
    );
  const unknownDims = [...new Set(log.entries.flatMap((e) => e.dimensions))].filter(
    (d) => !ladder.dimensions.some((x) => x.id === d),
  );
  for (const d of unknownDims) ctx.err(messages.unknownDimension(d, ladder.id));

  const outline = ladderOutline(ladder);
  const untagged = untaggedEntries(log.entries, outline);
  if (untagged.length) ctx.err(messages.untaggedEntries(untagged.length, ladder.id));
  const markdown = packetMarkdown(log, outline, level.id);
  const files = writeAll(ctx, dirname(out), [
    { path: out, content: markdown, flag: '--out', example: 'packet.md' },
  ]);
  if (ctx.json)
    ctx.out(
      JSON.stringify({
        ok: true,
        dryRun: ctx.dryRun,
        files,
        entries: log.entries.length,
        untagged: untagged.length,
        ladder: ladder.id,
        level: level.id,
      }),
    );
  else for (const file of files) ctx.out(ctx.dryRun ? messages.wouldWrite(file) : messages.wrote(file));
}

/** Whether a flag was given with a value that says something (`--ladder` alone or `--ladder ''` does not). */
const given = (value: string | boolean | undefined) => typeof value === 'string' && value.trim() !== '';
