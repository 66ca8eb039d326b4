import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { remove } from 'unist-util-remove';

/** The MDX nodes no wiki understands: `import`/`export` lines and `{expressions}` (comments). */
const ESM_AND_EXPRESSIONS = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'];

/** Drops MDX `import`/`export` lines and `{expressions}`, which no wiki understands. */
export default function removeEsm(): Transformer<Root> {
  return (tree: Root) => {
    // No cascade: a paragraph left empty stays, so the output does not change with the library.
    remove(tree, { cascade: false }, ESM_AND_EXPRESSIONS);
  };
}
