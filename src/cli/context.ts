import { isAbsolute, relative } from 'node:path';
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

/** Why the file system refused, in words, for the errors a user can fix. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted there',
  EROFS: 'the file system is read-only',
  ENOENT: 'the file system does not allow a file there',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'a file is in the way of a folder the path needs',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * A file-system error as the user's mistake to fix (`cannot <doing>: <reason>`, exit 1), or the
 * error unchanged when its cause is not one a user can fix. One place for every command.
 */
export function fileError(error: unknown, doing: string): unknown {
  const reason = REASONS[codeOf(error) ?? ''];
  return reason ? new UserError(messages.cannot(doing, reason)) : error;
}

/** Errors only the computer's state explains (permissions, a full or read-only disk): never our bug. */
export function isEnvironmentError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return (
    ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT'].includes(codeOf(error) ?? '') &&
    typeof (error as NodeJS.ErrnoException).path === 'string'
  );
}

export const codeOf = (error: unknown) =>
  error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;

/** A path as the user should see it: relative to the project when inside it. */
export function display(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
