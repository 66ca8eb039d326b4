import type { BlockContent, Blockquote, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Transformer } from 'unified';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { u } from 'unist-builder';
import { SKIP, walk } from '../walk';
import { paragraph, strong, text } from '../mdast-builders';
import type { CalloutStyle } from '../targets';

/** The kinds of Starlight aside (`:::tip`); other `:::` containers are not asides. */
export const ASIDE_KINDS: readonly string[] = ['note', 'tip', 'caution', 'danger'];

/** GitHub alert types for Starlight's aside types. */
const ALERT: Record<string, string> = { note: 'NOTE', tip: 'TIP', caution: 'WARNING', danger: 'CAUTION' };

/** How the target writes callouts. */
export interface AsideOptions {
  /** The target's callout style (`directive` keeps the asides as they are). */
  callout: CalloutStyle;
}

/**
 * The opening of the callout (an alert or callout marker, or a bold "Tip:" for plain quotes),
 * and what separates it from text that follows in the same paragraph.
 */
function lead(
  aside: ContainerDirective,
  label: string | undefined,
  callout: CalloutStyle,
): { opening: PhrasingContent[]; separator: PhrasingContent; ownParagraph?: boolean } {
  if (callout === 'quote') {
    const word = aside.name.charAt(0).toUpperCase() + aside.name.slice(1);
    return { opening: [strong(label ? `${word}: ${label}.` : `${word}:`)], separator: text(' ') };
  }
  // The marker is a raw node because Markdown output would otherwise escape its `[`.
  const marker =
    callout === 'obsidian' ? `[!${aside.name}]${label ? ` ${label}` : ''}` : `[!${ALERT[aside.name]}]`;
  // The marker opens the first line of the quote; GitHub alerts have no titles, so a title
  // follows as bold text on the next line, a paragraph of its own: on the line before the text,
  // GitHub would run the two together ("A worked example A six-person team…").
  return callout === 'alert' && label
    ? { opening: [u('html', `${marker}\n`), strong(label)], separator: u('html', '\n'), ownParagraph: true }
    : { opening: [u('html', marker)], separator: u('html', '\n') };
}

/**
 * A blockquote that opens with `lead`: on the first line of its first paragraph, or as a
 * paragraph of its own when the aside starts with a list or a code block, or has a title to
 * stand on its own line. The separator goes
 * only between the opening and text: at the end of a paragraph it would be written as a stray
 * `&#x20;` (plain quotes) or an extra empty `>` line (alerts and callouts).
 */
function quote(
  { opening, separator, ownParagraph }: ReturnType<typeof lead>,
  body: BlockContent[],
): Blockquote {
  const [head, ...tail] = body;
  return u(
    'blockquote',
    head?.type === 'paragraph' && !ownParagraph
      ? [{ ...head, children: [...opening, separator, ...head.children] }, ...tail]
      : [paragraph(...opening), ...body],
  );
}

/**
 * Turns Starlight asides (`:::tip[Title]`) into the target's callouts: GitHub/GitLab alerts
 * (`> [!TIP]`), Obsidian callouts (`> [!tip] Title`), plain quotes, or kept as `:::`
 * admonitions for Docusaurus.
 */
export default function asides(options: AsideOptions): Transformer<Root> {
  return (tree: Root) => {
    if (options.callout === 'directive') return; // Docusaurus reads `:::tip[Title]` as it is
    walk<ContainerDirective>(tree, 'containerDirective', (aside, index, parent) => {
      if (!ASIDE_KINDS.includes(aside.name)) return undefined;
      const [first, ...rest] = aside.children;
      const label = first && (first as Paragraph).data?.directiveLabel ? toString(first) : undefined;
      const body = (label ? rest : aside.children) as BlockContent[];
      (parent.children as RootContent[]).splice(index, 1, quote(lead(aside, label, options.callout), body));
      // Visit the quote: an aside inside an aside becomes a callout too.
      return [SKIP, index];
    });
  };
}
