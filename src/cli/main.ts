import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_HELP, EXIT, HELP, messages } from './messages';
import { UserError, type Context } from './context';
import { PageExportError } from '../lib/export/located';
import { newCommand } from './commands/new';
import { planCommand } from './commands/plan';
import { exportCommand } from './commands/export';
import { packetCommand } from './commands/packet';
import { checkCommand } from './commands/check';

/** The project root: the CLI lives in <root>/src/cli. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Options = NonNullable<ParseArgsConfig['options']>;
const COMMON: Options = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
};

/** Each command: its own flags, and the step that runs it. */
const COMMANDS: Record<
  string,
  {
    options: Options;
    run: (
      ctx: Context,
      flags: Record<string, string | boolean | undefined>,
      positionals: string[],
    ) => Promise<void> | void;
  }
> = {
  new: { options: { section: { type: 'string' }, title: { type: 'string' } }, run: newCommand },
  plan: {
    options: {
      role: { type: 'string' },
      start: { type: 'string' },
      team: { type: 'string' },
      manager: { type: 'string' },
      out: { type: 'string' },
      mdx: { type: 'string' },
      ics: { type: 'string' },
    },
    run: planCommand,
  },
  export: {
    options: {
      target: { type: 'string' },
      out: { type: 'string' },
      section: { type: 'string' },
      pdf: { type: 'boolean' },
      paper: { type: 'string' },
    },
    run: exportCommand,
  },
  packet: {
    options: {
      evidence: { type: 'string' },
      ladder: { type: 'string' },
      level: { type: 'string' },
      out: { type: 'string' },
    },
    run: packetCommand,
  },
  check: { options: { stale: { type: 'boolean' }, strict: { type: 'boolean' } }, run: checkCommand },
};

/**
 * Runs the CLI with `args` (argv without node and the script) and returns the exit code.
 * `io` lets tests capture output; by default it is stdout and stderr.
 */
export async function main(
  args: string[],
  io: { out?: (line: string) => void; err?: (line: string) => void; root?: string; cwd?: string } = {},
): Promise<number> {
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? out : err)(HELP);
    return name ? EXIT.ok : EXIT.user;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(messages.unknownCommand(name));
    return EXIT.user;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...COMMON, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    err(messages.badOption((error as Error).message.replace(/\. To specify a positional.*$/s, ''), name));
    return EXIT.user;
  }
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  if (flags.help) {
    out(COMMAND_HELP[name]!);
    return EXIT.ok;
  }
  const json = Boolean(flags.json);
  const ctx: Context = {
    // HANDBOOK_ROOT points the CLI at another copy of the handbook (the CLI tests use a scratch copy).
    root: io.root ?? process.env.HANDBOOK_ROOT ?? ROOT,
    cwd: io.cwd ?? process.cwd(),
    out,
    err,
    json,
    dryRun: Boolean(flags['dry-run']),
    force: Boolean(flags.force),
  };
  try {
    await command.run(ctx, flags, parsed.positionals);
    return EXIT.ok;
  } catch (thrown) {
    // A page the exporter cannot read is the content's mistake: say where, exit 1.
    const error =
      thrown instanceof PageExportError ? new UserError(messages.pageNotExported(thrown.message)) : thrown;
    if (error instanceof UserError) {
      // An empty message means the command has already reported the problems itself.
      if (error.message) {
        if (json) out(JSON.stringify({ ok: false, error: error.message }));
        else err(error.message);
      }
      return EXIT.user;
    }
    err(messages.internal(error));
    return EXIT.internal;
  }
}
