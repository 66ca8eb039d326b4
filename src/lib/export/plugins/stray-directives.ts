import type { Heading, Root, RootContent } from 'mdast';
import type { Transformer } from 'unified';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, walk } from '../walk';
import { paragraph, text } from '../mdast-builders';

/** Which `:::` containers are not stray. */
export interface StrayDirectiveOptions {
  /** Container directive names the later plugins handle (the aside kinds); they stay. */
  keep: readonly string[];
}

/** A text or leaf directive as it was written: `:name[label]` or `::name[label]`. */
export const asWritten = (colons: string, d: TextDirective | LeafDirective) =>
  `${colons}${d.name}${d.children.length ? `[${toString(d)}]` : ''}`;

/**
 * A heading's text as the reader sees it: "1:1" and "SEV1:major" parse as directives, which the
 * site renders as written, so they are put back rather than dropped (as `toString` would).
 */
export const headingText = (heading: Heading) =>
  heading.children.map((c) => (c.type === 'textDirective' ? asWritten(':', c) : toString(c))).join('');

/**
 * Prose like "at 10:30" or "ratio 3:1" is fine, but a colon before a word ("SEV1:major") parses
 * as a directive. Outside the asides, directives are just text: put them back as written, and
 * unwrap `:::` containers that are not asides.
 */
export default function strayDirectives(options: StrayDirectiveOptions): Transformer<Root> {
  return (tree: Root) => {
    walk(tree, null, (node, index, parent) => {
      let replacement: RootContent[];
      if (node.type === 'textDirective') replacement = [text(asWritten(':', node))];
      else if (node.type === 'leafDirective') replacement = [paragraph(text(asWritten('::', node)))];
      else if (node.type === 'containerDirective' && !options.keep.includes(node.name))
        replacement = node.children;
      else return undefined;
      (parent.children as RootContent[]).splice(index, 1, ...replacement);
      // Visit what took its place (an unwrapped container may hold more directives).
      return [SKIP, index];
    });
  };
}
