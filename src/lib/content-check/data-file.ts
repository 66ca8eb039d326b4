import { parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './problem';
import { quickYaml } from './fast-yaml';
import { yamlProblems } from './yaml-errors';
import { unknownKeyMessage, unknownKeys, unrecognizedKeys, type UnknownKey } from './unknown-keys';
import { emptyValueMessage } from './empty-value';

/**
 * Parses one YAML data file (a ladder, assessment, checklist or the level titles) and validates
 * it against its schema. Returns the data when it is valid, and every problem otherwise, each
 * with the file, the line of the offending value and the path inside the file, e.g.
 * `content/ladders/ic.yaml:42: levels.3.dimensions.scope: ...`. A key the schema does not know
 * is a problem too (the build would drop it without a word), but the data is still returned.
 */
export function parseDataFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
): { data?: T; problems: ContentProblem[] } {
  // A file without mistakes is read the quick way; otherwise the `yaml` library places each one.
  const quick = quickYaml(text);
  const valid = quick && schema.safeParse(quick.value);
  if (quick && valid?.success) {
    const unknown = unknownKeys(schema, quick.value);
    if (unknown.length === 0) return { data: valid.data, problems: [] };
    const doc = parseDocument(text, { prettyErrors: false });
    return { data: valid.data, problems: unknownProblems(file, text, doc, unknown) };
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return { problems: yamlProblems(file, text, doc) };
  const value: unknown = doc.toJS();
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value))
    return { problems: [{ file, line: 1, message: notAMappingMessage(file, value, schema) }] };
  const result = schema.safeParse(value);
  const unknown = unknownKeys(schema, value);
  if (result.success && unknown.length === 0) return { data: result.data, problems: [] };
  const issues = result.success ? [] : result.error.issues;
  for (const issue of issues)
    if (issue.code === 'unrecognized_keys')
      unknown.push(...unrecognizedKeys(schema, value, issue.path, issue.keys));
  /** A misspelt top-level key that meant a missing one: the missing key is reported at its line. */
  const typoFor = (path: PropertyKey[]) =>
    path.length === 1 ? unknown.find((u) => u.path.length === 1 && u.meant === String(path[0])) : undefined;
  return {
    data: result.success ? result.data : undefined,
    problems: [
      ...issues
        .filter((issue) => issue.code !== 'unrecognized_keys')
        .map((issue) => ({
          file,
          line: lineOf(doc, text, typoFor(issue.path)?.path ?? issue.path),
          message: `${issue.path.map(String).join('.') || '(file)'}: ${dataIssueMessage(issue, value, text, lineOf(doc, text, issue.path))}`,
        })),
      ...unknownProblems(file, text, doc, unknown),
    ],
  };
}

/** Each unknown key at its own line, with the key it probably meant. */
function unknownProblems(file: string, text: string, doc: Document, unknown: UnknownKey[]): ContentProblem[] {
  const what = kindOf(file);
  return unknown.map((u) => ({
    file,
    line: lineOf(doc, text, u.path),
    message: unknownKeyMessage(u, what ? `a ${what} file` : 'this file'),
  }));
}

/** The data folders' kinds, for messages: `content/checklists/x.yaml` is a checklist file. */
const KINDS: Record<string, string> = {
  ladders: 'ladder',
  assessments: 'assessment',
  checklists: 'checklist',
  tables: 'table',
};

/** The kind of data file a path holds, from its folder, or undefined (e.g. level-titles.yaml). */
function kindOf(file: string): string | undefined {
  return KINDS[file.split('/').slice(-2, -1)[0] ?? ''];
}

/**
 * Why a file that is empty, a list or a single value is not a data file, and the keys it needs:
 * those its schema cannot do without.
 */
function notAMappingMessage(file: string, value: unknown, schema: z.ZodType): string {
  const what =
    value === null || value === undefined ? 'empty' : Array.isArray(value) ? 'a list' : 'a single value';
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const required = shape ? Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success) : [];
  const kind = kindOf(file);
  const needs = required.length
    ? `needs at least these keys, one per line: ${required.join(', ')}`
    : 'is keys and values, one per line';
  const format = kind ? ` (the format is in content/${file.split('/').slice(-2, -1)[0]}/README.md)` : '';
  return `the file is ${what}; ${kind ? `a ${kind} file` : 'it'} ${needs}${format}`;
}

/** The problems of one YAML data file: `parseDataFile` without the data. */
export function checkDataFile(file: string, text: string, schema: z.ZodType): ContentProblem[] {
  return parseDataFile(file, text, schema).problems;
}

/** The 1-based line of the value at `path` in a YAML text (or of its deepest existing parent). */
export function yamlLine(text: string, path: readonly PropertyKey[]): number {
  return lineOf(parseDocument(text, { prettyErrors: false }), text, path);
}

/** The 1-based line of the deepest node that exists along `path` in the YAML document. */
function lineOf(doc: Document, text: string, path: readonly PropertyKey[]): number {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => String((item.key as { value?: unknown })?.value) === String(key),
      );
      if (!pair) break;
      offset = (pair.key as Node | undefined)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      node = node.items[Number(key)] as Node | undefined;
      if (!node) break;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  return text.slice(0, offset).split('\n').length;
}

/** Zod's message, or for a value YAML read as empty (null), what caused it and the fix. */
function dataIssueMessage(
  issue: { message: string; path: PropertyKey[] },
  data: unknown,
  text: string,
  line: number,
): string {
  const key = issue.path.at(-1);
  const at = issue.path.reduce<unknown>(
    (node, part) =>
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined,
    data,
  );
  if (typeof key !== 'string' || at !== null) return issue.message;
  return emptyValueMessage(key, text.split('\n')[line - 1]);
}
