import { isMap, isPair, isScalar, isSeq, visit, type Document, type YAMLError } from 'yaml';
import type { ContentProblem } from './problem';

/*
 * Broken YAML, said at its line with what usually fixes it: for handbook.config.yaml, the data
 * files and pages' frontmatter alike. The `yaml` library's own line (`linePos`) is only set with
 * `prettyErrors`, whose messages quote the file; the line here comes from each error's offset.
 */

/**
 * Each YAML syntax error at its line, with what usually fixes it. One bad indent makes the
 * parser trip on the lines after it too, several times a line: a line has one problem (the
 * first error found there), and the same error on several lines is one problem, at its first
 * line, naming the others.
 */
export function yamlProblems(file: string, text: string, doc: Document, firstLine = 1): ContentProblem[] {
  // `text` may be a part of the file (a page's frontmatter) that starts at `firstLine`.
  const lineAt = (offset: number) => firstLine - 1 + text.slice(0, offset).split('\n').length;
  const byMessage = new Map<string, { lines: number[]; fix: string }>();
  const lines = new Set<number>();
  for (const error of doc.errors) {
    const line = lineAt(
      unclosedQuote(doc, error) ?? unclosedBracket(doc, error, text)?.offset ?? error.pos[0],
    );
    if (lines.has(line)) continue;
    lines.add(line);
    const source = text.split('\n')[line - firstLine] ?? '';
    const { message, fix } = yamlMessage(error, doc, text, lineAt, source);
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

/** What a YAML error says, and the fix: the parser's words are about YAML, not about the file. */
function yamlMessage(
  error: YAMLError,
  doc: Document,
  text: string,
  lineAt: (offset: number) => number,
  source: string,
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
    case 'MISSING_CHAR':
      if (unclosedQuote(doc, error) === undefined) break;
      return {
        message: 'not valid YAML: the quote that opens this value is never closed',
        fix: 'close the quote at the end of the value on this line, or remove it',
      };
    case 'BAD_INDENT': {
      const bracket = unclosedBracket(doc, error, text);
      if (!bracket)
        return {
          message: said,
          fix: 'indent this key and the key above it by the same number of spaces (keys under one key line up)',
        };
      const [open, close, what] = bracket.close === ']' ? ['[', ']', 'list'] : ['{', '}', 'set of fields'];
      return {
        message: `not valid YAML: the ${open} that opens this ${what} is never closed`,
        fix: `end the ${what} with ${close} on this line, e.g. ${source.trim().replace(/,?\s*$/, '')}${close}`,
      };
    }
    case 'TAB_AS_INDENT':
      return { message: said, fix: 'indent with spaces, not tabs' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // The two commonest causes are not indentation: a value with ": " in it, and no colon at all.
      const pair = /^(\s*(?:- )?[\w-]+): +([^'"\s].*: .*)$/.exec(source);
      if (pair)
        return {
          message: `not valid YAML: the value of ${pair[1]!.replace(/^\s*(- )?/, '')} has ": " in it, which YAML reads as another key`,
          fix: `put the value in quotes: ${pair[1]!.trim()}: "${pair[2]!.replace(/"/g, '\\"')}"`,
        };
      if (source.trim() && !source.includes(':') && !source.trim().startsWith('-'))
        return {
          message: 'not valid YAML: this line has no colon',
          fix: 'write the key, a colon and a space, then the value (title: My page)',
        };
      return {
        message: said,
        fix: 'a key on this line or above it is indented one space too many or too few; line it up with the keys next to it',
      };
    }
  }
  return { message: said, fix: 'check the indentation, colons and quotes of this line' };
}

/**
 * Where a quoted value that is never closed opens. A quoted value may run over several lines,
 * so the parser finds it unclosed only at the end of the file and reports it there, dozens of
 * lines below the quote that caused it.
 */
function unclosedQuote(doc: Document, error: YAMLError): number | undefined {
  if (error.code !== 'MISSING_CHAR' || !/quote/.test(error.message)) return undefined;
  let opening: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (!quoted || node.range?.[1] !== error.pos[0]) return undefined;
      opening = node.range[0];
      return visit.BREAK;
    },
  });
  return opening;
}

/**
 * Where a `[` list or a `{` map written on one line opens, when it is never closed. The parser
 * reads on into the next line and reports a bad indent there, about "flow" collections, a word
 * the reader of a page's frontmatter has no reason to know.
 */
function unclosedBracket(
  doc: Document,
  error: YAMLError,
  text: string,
): { offset: number; close: ']' | '}' } | undefined {
  const closer = / end with an? ([\]}])/.exec(error.message)?.[1] as ']' | '}' | undefined;
  if (error.code !== 'BAD_INDENT' || !closer) return undefined;
  let found: number | undefined;
  visit(doc, {
    Collection(_, node) {
      const close = isSeq(node) ? ']' : '}';
      const end = node.range?.[1];
      // The last one before the error that does not end with its bracket: the innermost.
      if (
        node.flow &&
        end !== undefined &&
        end <= error.pos[0] &&
        close === closer &&
        text[end - 1] !== close
      )
        found = node.range![0];
      return undefined;
    },
  });
  return found === undefined ? undefined : { offset: found, close: closer };
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
      // The keys above it, and in a list the item's place: `levels.2.id`, as other messages say it.
      const above = ancestors.flatMap((node, i) => {
        if (isPair(node)) return [String(isScalar(node.key) ? node.key.value : node.key)];
        if (isSeq(node)) return [String(node.items.indexOf(ancestors[i + 1] as never))];
        return [];
      });
      found = {
        path: [...above, name],
        first: (isScalar(first?.key) ? first.key.range?.[0] : undefined) ?? offset,
      };
      return visit.BREAK;
    },
  });
  return found;
}
