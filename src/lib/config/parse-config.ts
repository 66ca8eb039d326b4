import { parseDocument } from 'yaml';
import { CONFIG_KEYS, HandbookConfigSchema, TERM_NAMES, type HandbookConfig } from '../../schemas/config';
import { SECTION_IDS } from '../../schemas/sections';
import { yamlLine } from '../content-check/data-file';
import type { ContentProblem } from '../content-check/problem';
import { closestName } from '../text/suggest';

/** The config a fork without `handbook.config.yaml` gets. */
export const DEFAULT_CONFIG: HandbookConfig = HandbookConfigSchema.parse({});

/**
 * Parses `handbook.config.yaml`. Every problem names the key path and its line, e.g.
 * `handbook.config.yaml:7: terms.severty: unknown key (did you mean severity?)`.
 */
export function parseConfig(
  file: string,
  text: string,
): { config?: HandbookConfig; problems: ContentProblem[] } {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0)
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? 1,
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  const result = HandbookConfigSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { config: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code !== 'unrecognized_keys') {
      return [
        { file, line: yamlLine(text, path), message: `${path.join('.') || '(file)'}: ${issue.message}` },
      ];
    }
    // One problem per unknown key, at its own line, with the closest known key as a hint.
    return issue.keys.map((key) => ({
      file,
      line: yamlLine(text, [...path, key]),
      message: `${[...path, key].join('.')}: ${issue.message}${hint(key, path)}`,
    }));
  });
  return { problems };
}

/** " (did you mean severity?)" when a known key is one or two edits away. */
function hint(key: string, path: string[]): string {
  const known =
    path.length === 0
      ? CONFIG_KEYS
      : path[0] === 'terms'
        ? TERM_NAMES
        : path[0] === 'sections'
          ? SECTION_IDS
          : [];
  const close = closestName(key, known as readonly string[]);
  return close ? ` (did you mean ${close}?)` : '';
}
