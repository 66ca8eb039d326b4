import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError, display, fileError, type Context } from '../context';
import { writeAll } from '../write-files';
import { messages } from '../messages';
import { loadHandbookFromDisk } from '../../config/read-content';
import { parseEvidence } from '../../lib/evidence/evidence';
import { packetMarkdown } from '../../lib/evidence/markdown';
import { ladderOutline } from '../../lib/evidence/outline';
import { cliSettings } from '../settings';

/**
 * `handbook packet`: a promotion packet draft from an evidence log exported by the brag-document
 * page, for one ladder and target level. Same rules as every command: a broken file or a wrong
 * flag says where and how to fix it, exits 1 and writes nothing; never overwrites without --force.
 */
export function packetCommand(ctx: Context, flags: Record<string, string | boolean | undefined>) {
  for (const [flag, example] of [
    ['evidence', 'my-evidence.json'],
    ['ladder', 'ic-engineering'],
    ['level', 'staff'],
    ['out', 'packet.md'],
  ] as const)
    if (typeof flags[flag] !== 'string' || !(flags[flag] as string).trim())
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
    text = readFileSync(evidenceFile, 'utf8');
  } catch (error) {
    throw fileError(error, `read ${display(ctx.root, evidenceFile)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(messages.notJson(display(ctx.root, evidenceFile), (error as Error).message));
  }
  const { log, problems } = parseEvidence(data);
  if (!log)
    throw new UserError(
      messages.badEvidence(
        display(ctx.root, evidenceFile),
        problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
      ),
    );

  const { handbook } = loadHandbookFromDisk(cliSettings(ctx), ctx.root);
  const ladder = handbook.ladders.find((l) => l.id === flags.ladder);
  if (!ladder)
    throw new UserError(
      messages.unknownLadder(
        String(flags.ladder),
        handbook.ladders.map((l) => l.id),
      ),
    );
  const level = ladder.levels.find((l) => l.id === flags.level);
  if (!level)
    throw new UserError(
      messages.unknownLevel(
        String(flags.level),
        ladder.id,
        ladder.levels.map((l) => l.id),
      ),
    );
  const unknownDims = [...new Set(log.entries.flatMap((e) => e.dimensions))].filter(
    (d) => !ladder.dimensions.some((x) => x.id === d),
  );
  for (const d of unknownDims) ctx.err(messages.unknownDimension(d, ladder.id));

  const markdown = packetMarkdown(log, ladderOutline(ladder), level.id);
  const [written] = writeAll(ctx, dirname(out), [
    { path: out, content: markdown, flag: '--out', example: 'packet.md' },
  ]);
  if (ctx.json)
    ctx.out(
      JSON.stringify({
        ok: true,
        dryRun: ctx.dryRun,
        file: written,
        entries: log.entries.length,
        ladder: ladder.id,
        level: level.id,
      }),
    );
  else ctx.out(ctx.dryRun ? messages.wouldWrite(written!) : messages.wrote(written!));
}
