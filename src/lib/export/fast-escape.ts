import type { Parents, Root } from 'mdast';
import { defaultHandlers } from 'mdast-util-to-markdown';
import type { ConstructName, Info, SafeConfig, State, Unsafe } from 'mdast-util-to-markdown';

/**
 * Escaping text for Markdown, made cheaper. remark-stringify escapes every string it writes (a
 * text, a link's address and title, a heading) with `state.safe()`, which runs every "unsafe"
 * pattern (about ninety, with GFM and frontmatter) as a regular expression over it: that was
 * most of the time the export spent writing Markdown. The version installed here runs only the
 * patterns that could match: those whose character occurs in the string or right beside it
 * (the escaping rules look one character either side), that apply where the string is (in a
 * link's label, a table cell, a heading), and that need a line break only when the string has
 * one; of those, only the ones whose expression matches the string are handed on to the stock
 * safe(). A string none of them matches, and with no backslash, is written as it is. The output
 * is the same, character for character: the export fixtures,
 * `tests/unit/lib/export/fast-escape.test.ts` and `tests/content/fast-escape.test.ts` hold it
 * to the stock escaping.
 *
 * It is installed by the handler of the root, which every page's writing starts with: handlers
 * are the only place remark-stringify lets a plugin reach its state.
 */
export function root(node: Root, parent: Parents | undefined, state: State, info: Info): string {
  if (!installed.has(state)) {
    installed.add(state);
    const stock = state.safe;
    state.safe = (value, config) => fastSafe(state, stock, value, config);
  }
  return defaultHandlers.root(node, parent, state, info);
}

/** The states whose safe() is already ours, so that it is wrapped once whatever writes a root. */
const installed = new WeakSet<State>();

function fastSafe(
  state: State,
  stock: State['safe'],
  input: string | null | undefined,
  config: SafeConfig,
): string {
  const value = input || '';
  const before = config.before || '';
  const after = config.after || '';
  const around = `${before}${value}${after}`;
  const all = state.unsafe;
  const { patterns, backslash } = relevant(all, around, state.stack);
  const from = before.length;
  const to = from + value.length;
  // Only patterns that match escape anything, and only where they match inside the string: a
  // match on the character before or after (a table cell's `|`) changes nothing, except next to
  // an underscore, whose escaping looks at its neighbours' matches too.
  const anywhere = value.includes('_');
  const matching = patterns.filter(
    (pattern) =>
      pattern.beforeNode ||
      pattern.afterNode ||
      matches(
        state.compilePattern(pattern),
        around,
        hasBefore(pattern),
        anywhere ? 0 : from,
        anywhere ? Infinity : to,
      ),
  );
  // What safe() writes when no pattern matches: the string as it is, but for backslashes.
  if (matching.length === 0 && !backslash) return value;
  state.unsafe = matching;
  try {
    return stock.call(state, input, config);
  } finally {
    state.unsafe = all;
  }
}

/** Whether a pattern's expression has a group for what comes before its character (as safe() reads it). */
const hasBefore = (pattern: Unsafe) => Boolean(pattern.before || pattern.atBreak);

/**
 * Whether `expression` (a pattern's, global) matches `around` with its character at an index from
 * `from` up to `to`. The expression is left as found (`lastIndex` 0), since safe() runs it again.
 */
function matches(expression: RegExp, around: string, before: boolean, from: number, to: number): boolean {
  expression.lastIndex = 0;
  try {
    for (let match = expression.exec(around); match; match = expression.exec(around)) {
      const position = match.index + (before ? match[1]!.length : 0);
      if (position >= from && position < to) return true;
    }
    return false;
  } finally {
    expression.lastIndex = 0;
  }
}

/**
 * What `relevant` works out for one list of patterns: a bit for each character the patterns
 * escape, and, by the constructs the text is in and the bits of the characters it has, the
 * patterns to run.
 */
interface Lookup {
  all: Unsafe[];
  /** Character code (below 128) → its bit; characters from 128 up share the last bit. */
  bits: Uint32Array;
  /** The bit of each pattern's character. */
  patternBits: number[];
  byScope: Map<string, Map<number, Unsafe[]>>;
}

const BACKSLASH = '\\'.charCodeAt(0);
const LINE_FEED = '\n'.charCodeAt(0);
const CARRIAGE_RETURN = '\r'.charCodeAt(0);
/** Bits kept for a backslash and a line break, whatever the patterns are. */
const BACKSLASH_BIT = 1 << 0;
const BREAK_BIT = 1 << 1;
/** The bit characters from 128 up share, and the most characters with a bit of their own. */
const OTHER_BIT = 1 << 31;
const OWN_BITS = 29;

/** Per list of patterns, its lookup. */
const lookups = new WeakMap<Unsafe[], Lookup>();
/** The lookup made last, for the next page's list. */
let latest: Lookup | undefined;

/**
 * The patterns, in their order, that could match `around` where the text is, and whether it has
 * a backslash. Prose uses few of the characters, in few combinations and few places, so each
 * list is made once.
 */
function relevant(
  all: Unsafe[],
  around: string,
  stack: ConstructName[],
): { patterns: Unsafe[]; backslash: boolean } {
  const lookup = lookupFor(all);
  let mask = 0;
  for (let i = 0; i < around.length; i++) {
    const code = around.charCodeAt(i);
    mask |= code < 128 ? lookup.bits[code]! : OTHER_BIT;
  }
  const scope = stack.join(' ');
  let byMask = lookup.byScope.get(scope);
  if (!byMask) {
    byMask = new Map();
    lookup.byScope.set(scope, byMask);
  }
  let patterns = byMask.get(mask);
  if (!patterns) {
    const hasBreak = (mask & BREAK_BIT) !== 0;
    patterns = all.filter(
      (pattern, i) =>
        (mask & lookup.patternBits[i]!) !== 0 &&
        (hasBreak || !needsLineBreak(pattern)) &&
        inScope(stack, pattern),
    );
    byMask.set(mask, patterns);
  }
  return { patterns, backslash: (mask & BACKSLASH_BIT) !== 0 };
}

/** The lookup of a list of patterns, made once per list of the same patterns. */
function lookupFor(all: Unsafe[]): Lookup {
  let lookup = lookups.get(all);
  if (lookup) return lookup;
  // remark-stringify copies its list of patterns for every page it writes: the same patterns,
  // in a new array. What was worked out for them carries over from the page before.
  const same = latest && latest.all.length === all.length && latest.all.every((p, i) => p === all[i]);
  lookup = same ? { ...latest!, all } : newLookup(all);
  lookups.set(all, lookup);
  latest = lookup;
  return lookup;
}

function newLookup(all: Unsafe[]): Lookup {
  const bits = new Uint32Array(128);
  bits[BACKSLASH] = BACKSLASH_BIT;
  bits[LINE_FEED] = BREAK_BIT;
  bits[CARRIAGE_RETURN] = BREAK_BIT;
  // Printable characters and tabs get bits of their own first; the control characters, which
  // only autolinks escape, share the last bit with whatever does not fit and with non-ASCII text.
  const printable = (code: number) => code === 9 || (code >= 32 && code < 127);
  const codes = [...new Set(all.map((p) => p.character.charCodeAt(0)))].filter((code) => code < 128);
  let next = 2;
  for (const code of [...codes.filter(printable), ...codes.filter((c) => !printable(c))])
    if (bits[code] === 0) bits[code] = next < 2 + OWN_BITS ? 1 << next++ : OTHER_BIT;
  // A pattern with no character matches nothing; one from 128 up has the shared bit.
  const patternBits = all.map(({ character }) => {
    const code = character.charCodeAt(0);
    return Number.isNaN(code) ? 0 : code < 128 ? bits[code]! : OTHER_BIT;
  });
  return { all, bits, patternBits, byScope: new Map() };
}

/**
 * Whether a pattern can match only where the text has a line break: one that applies at the start
 * of a line (`atBreak`: a `-` or `#` that would start a list or a heading), or whose character
 * must be next to a line break (a space or tab ending a line). The regular expression each of
 * these compiles to has `[\r\n]` in a part that must match.
 */
function needsLineBreak(pattern: Unsafe): boolean {
  const beside = (context: string | null | undefined) =>
    context === '[\\r\\n]' || context === '\\r' || context === '\\n';
  return Boolean(pattern.atBreak) || beside(pattern.before) || beside(pattern.after);
}

/**
 * Whether a pattern applies in the constructs the text is in: as mdast-util-to-markdown decides
 * it (`patternInScope`, which the package does not export), before running the pattern.
 */
function inScope(stack: ConstructName[], pattern: Unsafe): boolean {
  const any = (list: Unsafe['inConstruct'], none: boolean) => {
    const names = typeof list === 'string' ? [list] : (list ?? []);
    return names.length === 0 ? none : names.some((name) => stack.includes(name));
  };
  return any(pattern.inConstruct, true) && !any(pattern.notInConstruct, false);
}
