import type { ExportPage, TargetStyle } from './targets';

/**
 * Gives every page its own output file. Flat wikis name files after titles, so two pages titled
 * "Running retros" (one in management, one in incidents) would write the same file and one of
 * them would be lost, and a page titled "Home" would replace the wiki's front page. Names are
 * made unique here, once, and the styles then name files and write links from the assigned name
 * (`ExportPage.outFile`), so links and sidebars lead to the right page.
 *
 * The rule is deterministic: the home page keeps its name; every other page, in reading order,
 * keeps its own name if it is free, else gets its section added ("Running-retros-incidents"),
 * else a number ("-2", "-3"). Names are compared without case, as on macOS and Windows disks and
 * in wiki page names. Callers pass every page of the handbook, not only the exported sections,
 * so a page keeps the same file name whichever sections are exported.
 */
export function assignFiles<T extends ExportPage>(style: TargetStyle, pages: T[]): T[] {
  const wanted = new Map(pages.map((page) => [page, style.file({ ...page, outFile: undefined })]));
  if (style.folderIndex) asFolderIndexes(wanted);
  const taken = new Set((style.reserved ?? []).map(key));
  const assigned = new Map<T, string>();
  // The home page first: `Home.md` is the wiki's front page, whatever other pages are called.
  const homeFirst = [...pages.filter((p) => p.route === '/'), ...pages.filter((p) => p.route !== '/')];
  for (const page of homeFirst) {
    const file = firstFree(wanted.get(page)!, page.section, taken);
    taken.add(key(file));
    assigned.set(page, file);
  }
  return pages.map((page) => ({ ...page, outFile: assigned.get(page)! }));
}

/** How names are compared: case does not make two files different. */
const key = (file: string) => file.toLowerCase();

/** The file itself if free; else with the section added (flat names only), then numbered. */
function firstFree(file: string, section: string, taken: Set<string>): string {
  const base = file.replace(/\.md$/, '');
  // In a folder target the section is already the folder: a number is enough.
  const candidates = [file, ...(base.includes('/') ? [] : [`${base}-${section}.md`])];
  for (const candidate of candidates) if (!taken.has(key(candidate))) return candidate;
  const numbered = candidates[candidates.length - 1]!.replace(/\.md$/, '');
  for (let n = 2; ; n++) if (!taken.has(key(`${numbered}-${n}.md`))) return `${numbered}-${n}.md`;
}

/** `assessments.md` beside an `assessments/` folder becomes `assessments/index.md`, in place. */
function asFolderIndexes(wanted: Map<ExportPage, string>) {
  const folders = new Set<string>();
  for (const file of wanted.values())
    file
      .split('/')
      .slice(0, -1)
      .forEach((_, i, parts) => folders.add(parts.slice(0, i + 1).join('/')));
  for (const [page, file] of wanted) {
    const path = file.replace(/\.md$/, '');
    if (folders.has(path)) wanted.set(page, `${path}/index.md`);
  }
}
