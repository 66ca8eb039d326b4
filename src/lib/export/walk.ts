import type { Parent, Root, RootContent } from 'mdast';

/**
 * What a visitor returns: nothing to go on into the node's children, or `[SKIP, i]` to leave
 * them and go on at child `i` of the parent — the place of a replacement the visitor spliced in,
 * which is then visited in its turn, or the place after it.
 */
export const SKIP = 'skip';
export type WalkResult = undefined | [typeof SKIP, number];

/**
 * The export's tree walk: every node of a page in document order, with its index and parent,
 * or only the nodes of the given types. It keeps the part of unist-util-visit's contract the
 * export's transforms use (the visitor may replace the node in its parent and say where to go
 * on), without what they do not: the list of ancestors, which unist-util-visit copies for every
 * node, and a closure per node. Six transforms walk every page, and with unist-util-visit the
 * walks were a quarter of the export's time (DECISIONS.md, "Export speed").
 */
export function walk<T extends RootContent = RootContent>(
  tree: Root,
  types: string | readonly string[] | null,
  visitor: (node: T, index: number, parent: Parent) => WalkResult,
): void {
  const wanted = types === null ? null : typeof types === 'string' ? [types] : types;
  const children = (parent: Parent) => {
    const list = parent.children as RootContent[];
    let index = 0;
    while (index < list.length) {
      const node = list[index]!;
      const result =
        wanted === null || wanted.includes(node.type) ? visitor(node as T, index, parent) : undefined;
      if (result) {
        index = result[1];
        continue;
      }
      if ('children' in node) children(node);
      index += 1;
    }
  };
  children(tree);
}
