import type { Text, Parents } from 'mdast';
import type { Info, State } from 'mdast-util-to-markdown';

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
  const around = `${info.before}${node.value}${info.after}`;
  const all = state.unsafe;
  state.unsafe = all.filter((pattern) => around.includes(pattern.character));
  try {
    return state.safe(node.value, config);
  } finally {
    state.unsafe = all;
  }
}
