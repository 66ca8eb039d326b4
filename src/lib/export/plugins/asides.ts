import type { Root, BlockContent, Blockquote, Paragraph } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { TargetStyle } from '../targets';
import { replaceNodes } from './tree';

const KINDS = new Set(['note', 'tip', 'caution', 'danger']);
/** GitHub alert types for Starlight's aside types. */
const ALERT: Record<string, string> = { note: 'NOTE', tip: 'TIP', caution: 'WARNING', danger: 'CAUTION' };

/**
 * Turns Starlight asides (`:::tip[Title]`) into the target's callouts: GitHub/GitLab alerts
 * (`> [!TIP]`), Obsidian callouts (`> [!tip] Title`), or kept as `:::` admonitions for Docusaurus.
 * The marker is a raw node because Markdown output would otherwise escape its `[`.
 */
export default function asides(options: { style: TargetStyle }) {
  return (tree: Root) => {
    replaceNodes(tree, (node) => {
      if (node.type !== 'containerDirective' || !KINDS.has((node as ContainerDirective).name))
        return undefined;
      const aside = node as ContainerDirective;
      const [first, ...rest] = aside.children;
      const label = first && (first as Paragraph).data?.directiveLabel ? toString(first) : undefined;
      const body = (label ? rest : aside.children) as BlockContent[];
      if (options.style.callout === 'directive') return undefined; // Docusaurus reads `:::tip[Title]` as it is
      if (options.style.callout === 'quote') {
        const word = aside.name.charAt(0).toUpperCase() + aside.name.slice(1);
        const lead: Paragraph['children'] = [
          { type: 'strong', children: [{ type: 'text', value: label ? `${word}: ${label}.` : `${word}:` }] },
          { type: 'text', value: ' ' },
        ];
        return [quote(lead, body)];
      }
      const marker =
        options.style.callout === 'obsidian'
          ? `[!${aside.name}]${label ? ` ${label}` : ''}`
          : `[!${ALERT[aside.name]}]`;
      // The marker opens the first line of the quote; GitHub alerts have no titles, so a title
      // follows as bold text on the next line.
      const lead: Paragraph['children'] = [{ type: 'html', value: `${marker}\n` }];
      if (options.style.callout === 'alert' && label)
        lead.push(
          { type: 'strong', children: [{ type: 'text', value: label }] },
          { type: 'html', value: '\n' },
        );
      return [quote(lead, body)];
    });
  };
}

/** A blockquote whose first paragraph starts with `lead` (a marker or a bold label). */
function quote(lead: Paragraph['children'], body: BlockContent[]): Blockquote {
  const [head, ...tail] = body;
  const opening: BlockContent[] =
    head?.type === 'paragraph'
      ? [{ ...head, children: [...lead, ...head.children] }, ...tail]
      : [{ type: 'paragraph', children: lead }, ...body];
  return { type: 'blockquote', children: opening };
}
