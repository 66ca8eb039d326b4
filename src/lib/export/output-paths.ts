/**
 * Path arithmetic between output files (always `/`-separated and relative to the export folder),
 * for writing relative links and for following them back in the after-export link check.
 */

/** The relative path from one output file to another, e.g. `../management/one-on-ones.md`. */
export function relativeFile(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/') || to[to.length - 1]!;
}

/** The output path a relative URL written in `fromFile` leads to, with `.` and `..` resolved. */
export function followRelative(fromFile: string, url: string): string {
  const out: string[] = [];
  for (const part of [...fromFile.split('/').slice(0, -1), ...url.split('/')]) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}
