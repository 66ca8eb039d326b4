import { readFileSync } from 'node:fs';

/** The byte order mark some Windows editors (Notepad, older Visual Studio) put at a file's start. */
const BOM = '\uFEFF';

/**
 * A text file as UTF-8, without a byte order mark at its start. A page saved with one still
 * builds (Astro's frontmatter reader skips it), so everything else that reads the team's files
 * (`handbook check`, the export, the config, an evidence log) must skip it too: otherwise a page
 * starts with an invisible character before its `---` and reads as having no frontmatter, and a
 * JSON file does not parse.
 */
export function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
