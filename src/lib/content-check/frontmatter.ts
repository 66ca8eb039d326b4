import { parseDocument } from 'yaml';
import { yamlProblems } from './yaml-errors';
import { ContentError } from './problem';
import { quickYaml } from './fast-yaml';

/** The frontmatter of a Markdown/MDX file, parsed, plus the line where its body starts. */
export interface Frontmatter {
  data: unknown;
  bodyLine: number;
}

/** A file's frontmatter block, `---` lines included; group 1 is the YAML. */
export const FRONTMATTER_BLOCK = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The frontmatter block of a file as written (`''` when it has none), to keep it apart from the body. */
export const frontmatterBlock = (text: string): string => FRONTMATTER_BLOCK.exec(text)?.[0] ?? '';

/**
 * Splits a Markdown/MDX file into its YAML frontmatter and body and parses the YAML.
 * Throws a ContentError (with the line) when the frontmatter is missing or the
 * YAML is broken.
 */
export function parseFrontmatter(file: string, text: string): Frontmatter {
  const match = FRONTMATTER_BLOCK.exec(text);
  if (!match) {
    throw problem(
      file,
      1,
      'no frontmatter: start the file with a line "---", the YAML fields, and another "---"',
    );
  }
  const bodyLine = match[0].split('\n').length;
  const quick = quickYaml(match[1]!);
  if (quick) return { data: quick.value, bodyLine };
  // Broken YAML: the `yaml` library says where.
  const doc = parseDocument(match[1]!, { prettyErrors: false });
  // The first mistake, at its line of the file: the frontmatter starts after the opening `---`.
  const [first] = yamlProblems(file, match[1]!, doc, 2);
  if (first)
    throw problem(
      file,
      first.line,
      first.message.startsWith('not valid YAML') ? `the frontmatter is ${first.message}` : first.message,
    );
  return { data: doc.toJS(), bodyLine };
}

/** Finds the 1-based line of a top-level frontmatter field (`field:`), or 1 if absent. */
export function fieldLine(text: string, field: string): number {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.startsWith(`${field}:`));
  return index === -1 ? 1 : index + 1;
}

function problem(file: string, line: number, message: string): ContentError {
  return new ContentError({ file, line, message });
}
