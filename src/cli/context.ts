import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { messages } from './messages';

/** What every command gets: where it runs, how to talk, and the global flags. */
export interface Context {
  /** The project root (the folder holding content/). */
  root: string;
  /** The folder the user ran the command from (relative paths in flags are from here). */
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  json: boolean;
  dryRun: boolean;
  force: boolean;
}

/** A mistake in the user's input or files: printed as is, exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
}

/** A file a command plans to write. */
export interface PlannedFile {
  path: string;
  content: string;
}

/**
 * Writes files only if every one of them is inside `root` and, unless --force, none exists
 * yet: all or nothing, so a refused command leaves no half-written result. With --dry-run
 * nothing is written. Returns the paths relative to the project root.
 */
export function writeAll(
  ctx: Pick<Context, 'root' | 'force' | 'dryRun'>,
  root: string,
  files: PlannedFile[],
): string[] {
  const base = resolve(root);
  for (const file of files) {
    const target = resolve(file.path);
    const rel = relative(base, target);
    if (rel.startsWith('..') || isAbsolute(rel))
      throw new UserError(messages.outside(display(ctx.root, target), display(ctx.root, base)));
    if (!ctx.force && existsSync(target)) throw new UserError(messages.exists(display(ctx.root, target)));
  }
  if (!ctx.dryRun) {
    const made = new Set<string>(); // an export writes hundreds of files into a few folders
    for (const file of files) {
      const folder = dirname(resolve(file.path));
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(resolve(file.path), file.content);
    }
  }
  return files.map((f) => display(ctx.root, resolve(f.path)));
}

/** A path as the user should see it: relative to the project when inside it. */
export function display(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
