import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { HandbookPageSchema, type HandbookPage } from '../../schemas/page';
import { SECTION_IDS } from '../../schemas/sections';
import { pageFolder } from '../handbook/routes';
import { yamlLine } from './data-file';
import { emptyValueMessage } from './empty-value';
import { FRONTMATTER_BLOCK, fieldLine, frontmatterBlock, parseFrontmatter } from './frontmatter';
import { ContentError, type ContentProblem } from './problem';
import { unknownKeyMessage, unknownKeys, unrecognizedKeys, type UnknownKey } from './unknown-keys';

/** A page file read for checking: its frontmatter as written, its fields if valid, its body. */
export interface ParsedPage {
  /** The frontmatter as written (undefined when it is missing or not YAML). */
  frontmatter?: Record<string, unknown>;
  /** The handbook's own fields, when they pass the schema. */
  page?: HandbookPage;
  /** The text after the frontmatter. */
  body: string;
  /** Problems with the frontmatter: missing, broken YAML, a field the schema refuses, or one it does not know. */
  problems: ContentProblem[];
}

/**
 * The schema the build checks a page's frontmatter against, made as `src/content.config.ts`
 * makes it: Starlight's fields (title, description, sidebar, hero, …) and the handbook's.
 * Astro's `image()` (for a hero image) is a path here; the build resolves the file.
 */
export const PageFrontmatterSchema = docsSchema({ extend: HandbookPageSchema })({
  image: () => z.string(),
} as unknown as Parameters<ReturnType<typeof docsSchema<typeof HandbookPageSchema>>>[0]);

/** What a page's frontmatter is called in messages about its fields. */
const FRONTMATTER = "a page's frontmatter";

/** An example for each field the build requires that has no message of its own. */
const REQUIRED_EXAMPLES: Record<string, string> = {
  title:
    'every page needs a title, the heading readers see, e.g. title: Running retrospectives people look forward to',
};

/**
 * Reads one page file: splits off the frontmatter and checks it against the build's schema
 * (Starlight's fields and the handbook's), and reports any field neither knows: the build
 * drops those without a word, so a typo (`titel:`) would only show as the field missing.
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
  if (!isRecord(data)) return { body, problems: [{ file, line: 1, message: notFieldsMessage(data) }] };
  const frontmatter = data;
  const result = PageFrontmatterSchema.safeParse(data);
  const unknown = unknownKeys(PageFrontmatterSchema, data);
  const page = result.success ? (result.data as HandbookPage) : undefined;
  if (result.success && unknown.length === 0) return { frontmatter, page, body, problems: [] };
  const issues = result.success ? [] : result.error.issues;
  for (const issue of issues)
    if (issue.code === 'unrecognized_keys')
      unknown.push(...unrecognizedKeys(PageFrontmatterSchema, data, issue.path, issue.keys));
  // A nested key (sidebar.ordre) is placed by reading the YAML again; a top-level one by its line.
  const lineOf = (u: UnknownKey) =>
    u.path.length > 1 ? 1 + yamlLine(FRONTMATTER_BLOCK.exec(text)![1]!, u.path) : fieldLine(text, u.key);
  /** A misspelt key that meant a missing field: the missing field is reported at its line. */
  const typoFor = (field: string) => unknown.find((u) => u.path.length === 1 && u.meant === field);
  return {
    frontmatter,
    page,
    body,
    problems: [
      ...issues
        .filter((issue) => issue.code !== 'unrecognized_keys')
        .map((issue) => {
          const field = String(issue.path[0] ?? '');
          const missing = issue.path.length === 1 && !(field in data);
          const typo = missing ? typoFor(field) : undefined;
          const line = typo ? lineOf(typo) : fieldLine(text, field);
          return {
            file,
            line,
            message: `${issue.path.map(String).join('.') || '(frontmatter)'}: ${issue.path.length === 1 && data[field] === null ? emptyValueMessage(field, text.split('\n')[line - 1]) : issueMessage(issue.message, field, missing)}`,
          };
        }),
      ...unknown.map((u) => ({ file, line: lineOf(u), message: unknownKeyMessage(u, FRONTMATTER) })),
    ],
  };
}

/** Zod's own wording ("Invalid input: expected string, received undefined") said as the fix. */
function issueMessage(message: string, field: string, missing: boolean): string {
  if (!message.startsWith('Invalid input')) return message;
  if (missing) return `missing; ${REQUIRED_EXAMPLES[field] ?? 'the build needs this field'}`;

  if (/expected string, received (number|boolean)/.test(message))
    return `${message}; put the value in quotes to make it text`;
  return message;
}

/** Why frontmatter that is not a set of fields (empty, a list, a single value) cannot be read. */
function notFieldsMessage(data: unknown): string {
  const what =
    data === null || data === undefined ? 'empty' : Array.isArray(data) ? 'a list' : 'a single value';
  return `the frontmatter is ${what}; write the page's fields between the --- lines, one per line: title, description, audience, section, lastReviewed, sources`;
}

/**
 * The rule the schema cannot see: a page's `section` must be the folder it sits in, so the
 * sidebar and the page agree. Pages at the top of `content/docs` (home, 404) belong to `start`.
 * Returns the message, or undefined when the page is where it says, or says no valid section
 * (the schema's problem, reported where the frontmatter is read).
 *
 * @param file the page's file from the project root, so the fix names its own layer's folder
 *   (`local/docs/incidents/` for a fork's page); `content/docs/` when not given
 */
export function sectionProblem(rel: string, section: unknown, file?: string): string | undefined {
  const folder = pageFolder(rel);
  if (section === folder) return undefined;
  // No section, or one that is not a section: the schema reports it (and broken frontmatter
  // has no section at all), so there is nothing to compare with the folder.
  if (!(SECTION_IDS as readonly unknown[]).includes(section)) return undefined;
  const fix = (SECTION_IDS as readonly string[]).includes(folder)
    ? `write section: ${folder}, or move the file to ${docsFolder(rel, file)}${String(section)}/`
    : `move the file into one of the section folders: ${SECTION_IDS.join(', ')}`;
  return `section: the page says "${String(section)}" but sits in the folder "${folder}"; ${fix}`;
}

/** The `docs/` folder of a page's layer (`local/docs/`), from its file and its path inside it. */
function docsFolder(rel: string, file: string | undefined): string {
  return file?.endsWith(`/${rel}`) ? file.slice(0, file.length - rel.length) : 'content/docs/';
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
      message: `sources: a ${page.kind} page names at least one source it draws on (or set kind: about for a page about the handbook or your team)`,
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
  const section = sectionProblem(relPath, frontmatter?.section, file);
  return [
    ...problems,
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
