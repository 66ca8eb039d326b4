import type { Node, Parent } from 'unist';

/** Removes every node for which `test` is true, anywhere in the tree. */
export function remove(tree: Parent, test: (node: Node) => boolean): void {
  tree.children = tree.children.filter((child) => !test(child));
  for (const child of tree.children) if ('children' in child) remove(child as Parent, test);
}

/**
 * Replaces nodes anywhere in the tree: `replace` returns the nodes to put in place of a node,
 * or undefined to keep it and look inside it.
 */
export function replaceNodes(tree: Parent, replace: (node: Node) => Node[] | undefined): void {
  const next: Node[] = [];
  for (const child of tree.children) {
    const replacement = replace(child);
    if (replacement) {
      // The replacement may hold more nodes to replace (a Card inside a CardGrid).
      const holder = { type: 'root', children: replacement } as Parent;
      replaceNodes(holder, replace);
      next.push(...holder.children);
    } else {
      if ('children' in child) replaceNodes(child as Parent, replace);
      next.push(child);
    }
  }
  tree.children = next as Parent['children'];
}
