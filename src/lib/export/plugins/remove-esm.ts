import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { SKIP, walk } from '../walk';

/** The MDX nodes no wiki understands: `import`/`export` lines and `{expressions}` (comments). */
const ESM_AND_EXPRESSIONS = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'];

/** Drops MDX `import`/`export` lines and `{expressions}`, which no wiki understands. */
export default function removeEsm(): Transformer<Root> {
  return (tree: Root) => {
    // A paragraph left empty stays (no cascade), as it always has.
    walk(tree, ESM_AND_EXPRESSIONS, (_node, index, parent) => {
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
