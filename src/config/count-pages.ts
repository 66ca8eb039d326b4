import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Counts the published pages (`.md`/`.mdx` not starting with `_`) under one folder, recursively.
 * Used at config time to leave empty sections out of the sidebar.
 */
export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) count += countPages(join(dir, entry.name));
    else if (/\.mdx?$/.test(entry.name)) count += 1;
  }
  return count;
}
