import { parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './problem';
import { quickYaml } from './fast-yaml';

/**
 * Parses one YAML data file (a ladder, assessment, checklist or the level titles) and validates
 * it against its schema. Returns the data when it is valid, and every problem otherwise, each
 * with the file, the line of the offending value and the path inside the file, e.g.
 * `content/ladders/ic.yaml:42: levels.3.dimensions.scope: ...`.
 */
export function parseDataFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
): { data?: T; problems: ContentProblem[] } {
  // A file without mistakes is read the quick way; otherwise the `yaml` library places each one.
  const quick = quickYaml(text);
  const valid = quick && schema.safeParse(quick.value);
  if (valid?.success) return { data: valid.data, problems: [] };
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? 1,
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      line: lineOf(doc, text, issue.path),
      message: `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`,
    })),
  };
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
