import { HandbookPageSchema } from '../schemas/page';
import { SECTION_IDS } from '../schemas/sections';
import { ContentError, fieldLine, parseFrontmatter, type ContentProblem } from './frontmatter';

/**
 * Checks one handbook page (its path relative to `content/docs`, and its text) against the
 * handbook's frontmatter rules, including the one the schema cannot see: a page's `section`
 * must be the folder it sits in, so the sidebar and the page agree. Pages at the top of
 * `content/docs` (the home and 404 pages) belong to `start`.
 *
 * Returns every problem found, each with the file, the line and a message that says the fix.
 * Starlight's own fields (title, description, …) are checked by the build.
 */
export function checkPage(file: string, relPath: string, text: string): ContentProblem[] {
  let data: unknown;
  try {
    data = parseFrontmatter(file, text).data;
  } catch (error) {
    if (error instanceof ContentError) return [error.problem];
    throw error;
  }
  const problems: ContentProblem[] = [];
  const result = HandbookPageSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.') || '(frontmatter)';
      const top = String(issue.path[0] ?? '');
      problems.push({ file, line: fieldLine(text, top), message: `${field}: ${issue.message}` });
    }
  }
  const folder = relPath.includes('/') ? relPath.split('/')[0]! : 'start';
  const section = (data as { section?: unknown } | null)?.section;
  if (result.success && section !== folder) {
    const fix = (SECTION_IDS as readonly string[]).includes(folder)
      ? `write section: ${folder}, or move the file to content/docs/${String(section)}/`
      : `move the file into one of the section folders: ${SECTION_IDS.join(', ')}`;
    problems.push({
      file,
      line: fieldLine(text, 'section'),
      message: `section: the page says "${String(section)}" but sits in the folder "${folder}"; ${fix}`,
    });
  }
  return problems;
}
