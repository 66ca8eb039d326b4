import { HandbookPageSchema, type HandbookPage } from '../../schemas/page';
import { SECTION_IDS } from '../../schemas/sections';
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
  if (result.success) problems.push(...checkKind(file, text, result.data));
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

/** The fewest words of prose a guide page may have. */
export const MIN_GUIDE_WORDS = 600;

/**
 * What each kind of page must contain: a guide has at least MIN_GUIDE_WORDS words of prose and
 * names at least one source; a template has something to copy (a fenced block or a checklist)
 * and names at least one source; an `about` page (the handbook describing itself) has no rule.
 */
function checkKind(file: string, text: string, page: HandbookPage): ContentProblem[] {
  if (page.kind === 'about') return [];
  const problems: ContentProblem[] = [];
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  if (page.sources.length === 0) {
    problems.push({
      file,
      line: fieldLine(text, 'sources'),
      message: `sources: a ${page.kind} page names at least one source it draws on (or set kind: about for a page about the handbook itself)`,
    });
  }
  if (page.kind === 'guide') {
    const words = proseWords(body);
    if (words < MIN_GUIDE_WORDS) {
      problems.push({
        file,
        line: 1,
        message: `a guide page needs at least ${MIN_GUIDE_WORDS} words of prose; this one has ${words}. Add substance, or set kind: template if it is mainly something to copy`,
      });
    }
  }
  if (page.kind === 'template' && !/^```/m.test(body) && !/<Checklist\b/.test(body)) {
    problems.push({
      file,
      line: fieldLine(text, 'kind'),
      message: 'a template page needs something to copy: a fenced ``` block or a <Checklist />',
    });
  }
  return problems;
}

/** Counts the words of prose in an MDX body: code blocks, imports and component tags left out. */
export function proseWords(body: string): number {
  const prose = body
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  return (prose.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []).length;
}
