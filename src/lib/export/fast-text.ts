import type { Text, Parents } from 'mdast';
import type { Info, State, Unsafe } from 'mdast-util-to-markdown';

/**
 * remark-stringify's handler for text, made cheaper. The stock handler escapes a text node by
 * running every "unsafe" pattern (about fifty, with GFM and frontmatter) as a regular expression
 * over it, which was most of the time the export spent writing Markdown. A pattern can only
 * escape its own character, so here it runs only the patterns whose character occurs in the text
 * or right beside it (the escaping rules look one character either side). The output is the
 * same, character for character: the export fixtures and the round-trip tests hold it to that.
 */
export function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] ?? 0;
  const config = { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] };
  const all = state.unsafe;
  state.unsafe = relevant(all, `${info.before}${node.value}${info.after}`);
  try {
    return state.safe(node.value, config);
  } finally {
    state.unsafe = all;
  }
}

/** Per list of patterns: the characters they escape, and the patterns for each set of them. */
const lookups = new WeakMap<Unsafe[], { characters: string[]; bySet: Map<string, Unsafe[]> }>();

/**
 * The patterns, in their order, whose character occurs in `around`. Prose uses few of the
 * characters, in few combinations, so each combination's list is made once.
 */
function relevant(all: Unsafe[], around: string): Unsafe[] {
  let lookup = lookups.get(all);
  if (!lookup) {
    lookup = { characters: [...new Set(all.map((p) => p.character))], bySet: new Map() };
    lookups.set(all, lookup);
  }
  let key = '';
  for (const character of lookup.characters) if (around.includes(character)) key += character;
  let patterns = lookup.bySet.get(key);
  if (!patterns) {
    patterns = all.filter((pattern) => key.includes(pattern.character));
    lookup.bySet.set(key, patterns);
  }
  return patterns;
}
