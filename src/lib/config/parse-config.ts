import { isMap, isPair, isScalar, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { HandbookConfigSchema, type HandbookConfig } from '../../schemas/config';
import { yamlLine } from '../content-check/data-file';
import type { ContentProblem } from '../content-check/problem';
import { closestName } from '../text/suggest';

/** The config a fork without `handbook.config.yaml` gets. */
export const DEFAULT_CONFIG: HandbookConfig = HandbookConfigSchema.parse({});

/**
 * Parses `handbook.config.yaml`. Every problem names the key path and its line, e.g.
 * `handbook.config.yaml:7: terms.severty: unknown key (did you mean severity?)`.
 *
 * `config` is there when the file passes its schema, even if a rule between keys fails (a
 * booklet of a section turned off), so the caller can check the rest of it too.
 */
export function parseConfig(
  file: string,
  text: string,
): { config?: HandbookConfig; problems: ContentProblem[] } {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return { problems: yamlProblems(file, text, doc) };
  const value: unknown = doc.toJS() ?? {};
  const result = HandbookConfigSchema.safeParse(value);
  if (result.success)
    return { config: result.data, problems: bookletProblems(file, text, value, result.data) };
  const problems = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code !== 'unrecognized_keys') {
      return [
        { file, line: yamlLine(text, path), message: `${path.join('.') || '(file)'}: ${issue.message}` },
      ];
    }
    // One problem per unknown key, at its own line, naming the keys allowed there (from the
    // schema) and the closest one.
    const objects = objectsAt(HandbookConfigSchema, path);
    const known = [...new Set(objects.flatMap((o) => Object.keys(o.shape ?? {})))];
    const message = objects.some((o) => o.error)
      ? issue.message // the object's own message: `unknown term; the terms are: …`
      : `unknown key; the keys of ${path.join('.')} are: ${known.join(', ')}`;
    const written = valueAt(value, path);
    const missing = known.filter((k) => !(isRecord(written) && k in written));
    return issue.keys.map((key) => ({
      file,
      line: yamlLine(text, [...path, key]),
      message: `${[...path, key].join('.')}: ${message}${hint(key, missing)}`,
    }));
  });
  return { problems };
}

/** " (did you mean severity?)" when a key the object does not have yet is one or two edits away. */
function hint(key: string, known: string[]): string {
  const close = closestName(key, known);
  return close ? ` (did you mean ${close}?)` : '';
}

/**
 * Each YAML syntax error at its line, with what usually fixes it. One bad indent makes the
 * parser trip on the lines after it too, several times a line: a line has one problem (the
 * first error found there), and the same error on several lines is one problem, at its first
 * line, naming the others.
 */
function yamlProblems(file: string, text: string, doc: Document): ContentProblem[] {
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const byMessage = new Map<string, { lines: number[]; fix: string }>();
  const lines = new Set<number>();
  for (const error of doc.errors) {
    const line = lineAt(error.pos[0]);
    if (lines.has(line)) continue;
    lines.add(line);
    const { message, fix } = yamlMessage(error, doc, lineAt);
    const seen = byMessage.get(message) ?? { lines: [], fix };
    seen.lines.push(line);
    byMessage.set(message, seen);
  }
  return [...byMessage].map(([message, { lines, fix }]) => {
    const [line, ...others] = lines;
    const also = others.length ? ` (also on line${others.length > 1 ? 's' : ''} ${others.join(', ')})` : '';
    return { file, line: line!, message: `${message}${also}; ${fix}` };
  });
}

/** What a YAML error says, and the fix: the parser's words are about YAML, not the config. */
function yamlMessage(
  error: YAMLError,
  doc: Document,
  lineAt: (offset: number) => number,
): { message: string; fix: string } {
  const said = `not valid YAML: ${error.message.split('\n')[0]}`;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const twice = duplicateKey(doc, error.pos[0]);
      if (!twice) return { message: said, fix: 'write each key once' };
      return {
        message: `${twice.path.join('.')}: written twice, first on line ${lineAt(twice.first)}`,
        fix: 'keep one of them',
      };
    }
    case 'TAB_AS_INDENT':
      return { message: said, fix: 'indent with spaces, not tabs' };
    case 'BAD_INDENT':
      return {
        message: said,
        fix: 'indent this key and the key above it by the same number of spaces (keys under one key line up)',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: said,
        fix: 'a key on this line or above it is indented one space too many or too few; line it up with the keys next to it',
      };
    default:
      return { message: said, fix: 'check the indentation, colons and quotes of this line' };
  }
}

/** The key path of the key that starts at `offset`, and the offset of its first occurrence. */
function duplicateKey(doc: Document, offset: number): { path: string[]; first: number } | undefined {
  let found: { path: string[]; first: number } | undefined;
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      const name = String(pair.key.value);
      const parent = ancestors[ancestors.length - 1];
      const first = isMap(parent)
        ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === name)
        : undefined;
      const above = ancestors.filter(isPair).map((p) => String(isScalar(p.key) ? p.key.value : p.key));
      found = {
        path: [...above, name],
        first: (isScalar(first?.key) ? first.key.range?.[0] : undefined) ?? offset,
      };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * A booklet of a section the config turns off: the build would leave it out without a word.
 * Only a `booklets:` the file writes; the default (incidents) quietly follows the sections.
 */
function bookletProblems(
  file: string,
  text: string,
  value: unknown,
  config: HandbookConfig,
): ContentProblem[] {
  if (!isRecord(value) || !('booklets' in value)) return [];
  return config.booklets.flatMap((id, i) =>
    config.sections[id] === false
      ? [
          {
            file,
            line: yamlLine(text, ['booklets', i]),
            message: `booklets.${i}: ${id} is turned off in sections (line ${yamlLine(text, ['sections', id])}); remove it from booklets or turn the section on`,
          },
        ]
      : [],
  );
}

/** The part of a Zod schema's definition read here (Zod 4 keeps it on `_zod.def`). */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  element?: z.ZodType;
  /** The schema's own message, when it has one. */
  error?: unknown;
}
const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/**
 * The object schemas a key path leads to: through optional, default and pipe, into records
 * and arrays, and into every option of a union (a section is `true`, `false` or an object).
 */
function objectsAt(schema: z.ZodType, path: readonly string[]): SchemaDef[] {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return objectsAt(inner, path);
  if (def.type === 'union') return (def.options ?? []).flatMap((option) => objectsAt(option, path));
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [key, ...rest] = path as [string, ...string[]];
  const next =
    def.type === 'object'
      ? def.shape?.[key]
      : def.type === 'record'
        ? def.valueType
        : def.type === 'array'
          ? def.element
          : undefined;
  return next ? objectsAt(next, rest) : [];
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
