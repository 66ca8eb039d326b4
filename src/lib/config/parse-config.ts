import { parseDocument } from 'yaml';
import { HandbookConfigSchema, type HandbookConfig } from '../../schemas/config';
import { yamlLine } from '../content-check/data-file';
import { yamlProblems } from '../content-check/yaml-errors';
import { objectsAt } from '../content-check/unknown-keys';
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
      const line = yamlLine(text, path);
      return [
        {
          file,
          line,
          message: `${path.join('.') || '(file)'}: ${issue.message}${commentHint(text, line, valueAt(value, path), path)}`,
        },
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
      message: `${[...path, key].join('.')}: ${message}${(path.length === 0 && Object.hasOwn(NOT_CONFIG, key) && NOT_CONFIG[key]) || hint(key, missing)}`,
    }));
  });
  return { problems };
}

/** Settings that are not the config's to make, and where they are made instead. */
const NOT_CONFIG: Record<string, string> = {
  visibility:
    ' (the edition is chosen when building, not in the config: HANDBOOK_VISIBILITY=public npm run build)',
};

/**
 * An empty value whose line has `# …` after the key: YAML read the `#` as a comment, so
 * `incidentChannel: #war-room` is an empty value, not a channel name. Says to quote it.
 */
function commentHint(text: string, line: number, written: unknown, path: string[]): string {
  const source = text.split('\n')[line - 1] ?? '';
  const key = path.at(-1);
  if (
    written !== null ||
    !key ||
    !new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s+#`).test(source)
  )
    return '';
  const comment = source.slice(source.indexOf('#')).trim();
  return ` (YAML reads # as the start of a comment, so the value was empty: quote it, e.g. ${key}: "${comment}")`;
}

/** " (did you mean severity?)" when a key the object does not have yet is one or two edits away. */
function hint(key: string, known: string[]): string {
  const close = closestName(key, known);
  return close ? ` (did you mean ${close}?)` : '';
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

function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
