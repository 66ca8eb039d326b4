import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_HELP, EXIT, HELP, messages } from './messages';
import { UserError, display, fileError, isEnvironmentError, type Context } from './context';
import { PageExportError } from '../lib/export/located';
import { newCommand } from './commands/new';
import { planCommand } from './commands/plan';
import { exportCommand } from './commands/export';
import { packetCommand } from './commands/packet';
import { checkCommand } from './commands/check';
import { closest, parseOptions, type Flags, type Options } from './options';
import { contentRoot } from '../config/content-root';

/** The project root: the CLI lives in <root>/src/cli. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const COMMON: Options = { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' } };
/** Only the commands that write take these: `check --force` is refused, not silently ignored. */
const WRITES: Options = { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' } };

/** Each command: its own flags, whether it takes arguments (only `new`), and the step that runs it. */
const COMMANDS: Record<
  string,
  {
    options: Options;
    positionals?: boolean;
    run: (ctx: Context, flags: Flags, positionals: string[]) => Promise<void> | void;
  }
> = {
  new: {
    options: { section: { type: 'string' }, title: { type: 'string' }, ...WRITES },
    positionals: true, // <kind> <slug>, checked by the command itself
    run: newCommand,
  },
  plan: {
    options: {
      role: { type: 'string' },
      start: { type: 'string' },
      team: { type: 'string' },
      manager: { type: 'string' },
      'days-off': { type: 'string' },
      out: { type: 'string' },
      mdx: { type: 'string' },
      ics: { type: 'string' },
      ...WRITES,
    },
    run: planCommand,
  },
  export: {
    options: {
      target: { type: 'string' },
      out: { type: 'string' },
      section: { type: 'string' },
      page: { type: 'string' },
      pdf: { type: 'boolean' },
      paper: { type: 'string' },
      ...WRITES,
    },
    run: exportCommand,
  },
  packet: {
    options: {
      evidence: { type: 'string' },
      ladder: { type: 'string' },
      level: { type: 'string' },
      out: { type: 'string' },
      ...WRITES,
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
  // With --json every answer is JSON on stdout, failures too, so a script reads one stream.
  const end = args.indexOf('--');
  const json = (end === -1 ? args : args.slice(0, end)).includes('--json');
  const fail = (message: string, code: number = EXIT.user) => {
    if (json) out(JSON.stringify({ ok: false, error: message }));
    else err(message);
    return code;
  };
  // Common flags may come before the command (`handbook --json check`): the command is the first
  // word that is not a flag, and the flags before it go after it.
  const at = args.findIndex((arg, i) => !arg.startsWith('-') && (end === -1 || i < end));
  const leading = at > 0 ? args.slice(0, at) : [];
  const onlyCommon = leading.every((flag) => ['--json', '--dry-run', '--force'].includes(flag));
  const [name, ...rest] = onlyCommon && at > 0 ? [args[at]!, ...leading, ...args.slice(at + 1)] : args;
  if (name === 'help' && rest[0] && COMMAND_HELP[rest[0]]) {
    out(COMMAND_HELP[rest[0]]!);
    return EXIT.ok;
  }
  const flagOnly = (...flags: string[]) => at === -1 && args.some((arg) => flags.includes(arg));
  if (!name || name === '--help' || name === '-h' || name === 'help' || flagOnly('--help', '-h')) {
    (name ? out : err)(HELP);
    return name ? EXIT.ok : EXIT.user;
  }
  if (name === '--version' || name === '-v' || name === 'version' || flagOnly('--version', '-v')) {
    out(json ? JSON.stringify({ ok: true, version: version() }) : messages.version(version()));
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) return fail(messages.unknownCommand(name, closest(name, Object.keys(COMMANDS))));
  const options = { ...command.options, ...COMMON };
  const parsed = parseOptions(name, rest, options);
  if (typeof parsed === 'string') return fail(parsed);
  const flags = parsed.values;
  if (flags.help) {
    out(COMMAND_HELP[name]!);
    return EXIT.ok;
  }
  if (!command.positionals && parsed.positionals.length > 0)
    return fail(messages.unexpectedArguments(name, parsed.positionals, COMMAND_HELP[name]!.split('\n')[0]!));
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
  // A root with no content (a mistyped HANDBOOK_ROOT) would check "0 files: no problems" and
  // export an empty handbook: say so instead.
  const content = resolve(ctx.root, contentRoot());
  if (!existsSync(content))
    return fail(messages.noContent(content, process.env.HANDBOOK_ROOT !== undefined && !io.root));
  try {
    await command.run(ctx, flags, parsed.positionals);
    return EXIT.ok;
  } catch (thrown) {
    const error = asUserError(thrown, ctx.root);
    // An empty message means the command has already reported the problems itself.
    if (error instanceof UserError) return error.message ? fail(error.message) : EXIT.user;
    return fail(messages.internal(error), EXIT.internal);
  }
}

/** The errors that are the user's to fix, whichever step threw them: exit 1, not "Internal error". */
function asUserError(thrown: unknown, root: string): unknown {
  // A page the exporter cannot read is the content's mistake: say where.
  if (thrown instanceof PageExportError) return new UserError(messages.pageNotExported(thrown.message));
  // Permissions, a full or read-only disk: the computer's state, never the CLI's bug.
  if (isEnvironmentError(thrown)) return fileError(thrown, `use ${display(root, thrown.path)}`);
  return thrown;
}

/** The handbook's version, from its package.json. */
function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
