import { TERM_NAMES, type HandbookConfig, type TermName } from '../../schemas/config';
import { upperFirst } from '../text/words';

/**
 * What each placeholder becomes: the config's terms, `handbookName` (the config's `name`) and
 * `handbookDescription` (its `description`, which the home page's frontmatter uses).
 */
export type TermValues = Record<TermName | 'handbookName' | 'handbookDescription', string>;

/** The placeholders' values for a config. */
export const termValues = (config: Pick<HandbookConfig, 'terms' | 'name' | 'description'>): TermValues => ({
  ...config.terms,
  handbookName: config.name,
  handbookDescription: config.description,
});

/** Every name a placeholder may use. */
const NAMES: string[] = [...TERM_NAMES, 'handbookName', 'handbookDescription'];

/**
 * The team's own words in content: `{{incidentChannel}}` becomes the team's channel, and
 * `{{IncidentChannel}}` the same word with a capital, for the start of a sentence. One syntax
 * for Markdown, MDX and YAML; the loaders apply it to page text and to parsed data before
 * anything else reads them, so the site, the search index and every export agree.
 */
export const TERM_PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** A placeholder whose name is not a term. */
export interface UnknownTerm {
  name: string;
  /** 1-based line in the text. */
  line: number;
}

/** The term a placeholder names, and whether it asks for a capital. */
function lookUp(name: string): { term: keyof TermValues; capital: boolean } | undefined {
  if (NAMES.includes(name)) return { term: name as keyof TermValues, capital: false };
  const lower = name[0]!.toLowerCase() + name.slice(1);
  if (name !== lower && NAMES.includes(lower)) return { term: lower as keyof TermValues, capital: true };
  return undefined;
}

/**
 * Replaces every `{{term}}` in Markdown or MDX text. A value that would start a heading where it
 * starts a line (`# war room`, with the space) is escaped there; a channel like `#war-room` is no
 * heading in Markdown, so it is left as it is — also in code, where a backslash would show.
 */
export function applyTerms(text: string, terms: TermValues): { text: string; unknown: UnknownTerm[] } {
  const unknown: UnknownTerm[] = [];
  const replaced = text.replace(TERM_PATTERN, (whole, name: string, offset: number) => {
    const found = lookUp(name);
    if (!found) {
      unknown.push({ name, line: text.slice(0, offset).split('\n').length });
      return whole;
    }
    const value = found.capital ? upperFirst(terms[found.term]) : terms[found.term];
    const startsLine = /(^|\n)[ \t]*$/.test(text.slice(Math.max(0, offset - 80), offset));
    return startsLine && /^#{1,6}(\s|$)/.test(value) ? `\\${value}` : value;
  });
  return { text: replaced, unknown };
}

/**
 * Replaces every `{{term}}` in the strings of parsed data (a YAML file, a page's frontmatter).
 * Values are inserted as they are: in parsed data no character has a meaning any more.
 */
export function applyTermsToData<T>(data: T, terms: TermValues, unknown: string[] = []): T {
  if (typeof data === 'string')
    return data.replace(TERM_PATTERN, (whole, name: string) => {
      const found = lookUp(name);
      if (!found) {
        unknown.push(name);
        return whole;
      }
      return found.capital ? upperFirst(terms[found.term]) : terms[found.term];
    }) as T;
  if (Array.isArray(data)) return data.map((item) => applyTermsToData(item, terms, unknown)) as T;
  if (data !== null && typeof data === 'object' && !(data instanceof Date))
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, applyTermsToData(value, terms, unknown)]),
    ) as T;
  return data;
}

/** The message for a placeholder that names no term. */
export function unknownTermMessage(name: string): string {
  return `{{${name}}} is not a term; the terms are ${NAMES.join(', ')} (handbook.config.yaml: terms, and name). Fix the spelling, or add the term to TERM_DEFAULTS in src/schemas/config.ts`;
}
