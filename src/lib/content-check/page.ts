import { HandbookPageSchema, type HandbookPage } from '../../schemas/page';
import { SECTION_IDS } from '../../schemas/sections';
import { pageFolder } from '../handbook/routes';
import { fieldLine, frontmatterBlock, parseFrontmatter } from './frontmatter';
import { ContentError, type ContentProblem } from './problem';

/** A page file read for checking: its frontmatter as written, its fields if valid, its body. */
export interface ParsedPage {
  /** The frontmatter as written (undefined when it is missing or not YAML). */
  frontmatter?: Record<string, unknown>;
  /** The handbook's own fields, when they pass the schema. */
  page?: HandbookPage;
  /** The text after the frontmatter. */
  body: string;
  /** Problems with the frontmatter: missing, broken YAML, or a field the schema refuses. */
  problems: ContentProblem[];
}

/**
 * Reads one page file: splits off the frontmatter and checks the handbook's fields against the
 * schema. Starlight's own fields (title, description, …) are checked by the build.
 */
export function parsePage(file: string, text: string): ParsedPage {
  const body = text.slice(frontmatterBlock(text).length);
  let data: unknown;
  try {
    data = parseFrontmatter(file, text).data;
  } catch (error) {
    if (error instanceof ContentError) return { body, problems: [error.problem] };
    throw error;
  }
  const frontmatter = isRecord(data) ? data : {};
  const result = HandbookPageSchema.safeParse(data);
  if (result.success) return { frontmatter, page: result.data, body, problems: [] };
  return {
    frontmatter,
    body,
    problems: result.error.issues.map((issue) => ({
      file,
      line: fieldLine(text, String(issue.path[0] ?? '')),
      message: `${issue.path.map(String).join('.') || '(frontmatter)'}: ${issue.message}`,
    })),
  };
}

/**
 * The rule the schema cannot see: a page's `section` must be the folder it sits in, so the
 * sidebar and the page agree. Pages at the top of `content/docs` (home, 404) belong to `start`.
 * Returns the message, or undefined when the page is where it says.
 */
export function sectionProblem(rel: string, section: unknown): string | undefined {
  const folder = pageFolder(rel);
  if (section === folder) return undefined;
  const fix = (SECTION_IDS as readonly string[]).includes(folder)
    ? `write section: ${folder}, or move the file to content/docs/${String(section)}/`
    : `move the file into one of the section folders: ${SECTION_IDS.join(', ')}`;
  return `section: the page says "${String(section)}" but sits in the folder "${folder}"; ${fix}`;
}

/** The closing section every guide and template has: a heading, then text with at least one link. */
const WHERE_NEXT = /^## Where to go next\s*$[\s\S]*?\]\(\//m;

/** The fewest words of prose a guide page may have. */
export const MIN_GUIDE_WORDS = 600;

/**
 * What each kind of page must contain: a guide has at least MIN_GUIDE_WORDS words of prose and
 * names at least one source; a template has something to copy (a fenced block or a checklist)
 * and names at least one source; both end with "Where to go next" and a link onward; an
 * `about` page (the handbook describing itself) has no rule.
 * Returns each problem with the frontmatter field it concerns (for its line).
 */
export function kindProblems(
  page: Pick<HandbookPage, 'kind' | 'sources'>,
  body: string,
): { field: string; message: string }[] {
  if (page.kind === 'about') return [];
  const problems: { field: string; message: string }[] = [];
  if (page.sources.length === 0) {
    problems.push({
      field: 'sources',
      message: `sources: a ${page.kind} page names at least one source it draws on (or set kind: about for a page about the handbook itself)`,
    });
  }
  if (page.kind === 'guide') {
    const words = proseWords(body);
    if (words < MIN_GUIDE_WORDS) {
      problems.push({
        field: '',
        message: `a guide page needs at least ${MIN_GUIDE_WORDS} words of prose; this one has ${words}. Add substance, or set kind: template if it is mainly something to copy`,
      });
    }
  }
  if (!WHERE_NEXT.test(body)) {
    problems.push({
      field: '',
      message: `a ${page.kind} page ends with "## Where to go next": two to four links to the pages a reader needs after this one, each with a reason`,
    });
  }
  if (page.kind === 'template' && !/^```/m.test(body) && !/<Checklist\b/.test(body)) {
    problems.push({
      field: 'kind',
      message: 'a template page needs something to copy: a fenced ``` block or a <Checklist />',
    });
  }
  return problems;
}

/**
 * Every rule for one page on its own: frontmatter, schema, kind and section. Returns each
 * problem with the file, the line and a message that says the fix.
 *
 * @param relPath the path inside `content/docs`, e.g. `incidents/on-call.mdx`
 */
export function checkPage(file: string, relPath: string, text: string): ContentProblem[] {
  const { page, frontmatter, body, problems } = parsePage(file, text);
  if (!page) return problems;
  const located = (field: string, message: string) => ({
    file,
    line: field ? fieldLine(text, field) : 1,
    message,
  });
  const section = sectionProblem(relPath, frontmatter?.section);
  return [
    ...kindProblems(page, body).map((p) => located(p.field, p.message)),
    ...(section ? [located('section', section)] : []),
  ];
}

/** Counts the words of prose in an MDX body: code blocks, imports and component tags left out. */
export function proseWords(body: string): number {
  const prose = body
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  return (prose.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []).length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
