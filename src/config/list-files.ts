import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Published files in `dir` (and below it if `recursive`) whose names match `pattern`, sorted:
 * no `_draft` or dot files, nothing in a dot folder. What the content reader and the config's
 * checks both count as the content's files.
 */
export function listFiles(dir: string, pattern: RegExp, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name) && !/^[_.]/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (abs) =>
        !relative(dir, abs)
          .split(/[\\/]/)
          .some((part) => part.startsWith('.')),
    )
    .sort();
}
