import type { Root } from 'mdast';
import { remove } from './tree';

/** Drops MDX `import`/`export` lines and `{expressions}` (comments), which no wiki understands. */
export default function removeEsm() {
  return (tree: Root) => {
    remove(tree, (node) => ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type));
  };
}
