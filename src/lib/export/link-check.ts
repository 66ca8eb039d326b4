import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse';
import { STYLES, type Target } from './targets';

/**
 * Links in exported Markdown that do not lead to an exported file (should always be empty):
 * each relative link (inline, or a `[label]: url` definition) followed back to a file the
 * target's way, and each `[[wikilink]]` to its page. Code is not read: a template that shows
 * `[feedback](/management/feedback/)` in a code block shows it as written, and that is no link.
 */
export function unresolvedLinks(
  target: Target,
  files: Map<string, string>,
  present: ReadonlySet<string> = new Set(),
): string[] {
  const style = STYLES[target];
  // A file this export writes, or one already in the folder it joins (`--page`).
  const there = (file: string) => files.has(file) || present.has(file);
  const leadsNowhere = (path: string, link: FoundLink) =>
    'wiki' in link
      ? !there(`${link.wiki}.md`)
      : !/^(https?:|mailto:|#)/.test(link.url) && !there(style.linkedFile(path, link.url.split('#')[0]!));
  const missing: string[] = [];
  for (const [path, content] of files) {
    if (!path.endsWith('.md')) continue;
    let broken = linksIn(content).filter((link) => leadsNowhere(path, link));
    // The quick read takes code for text. Only when it finds something, and the page has code,
    // is the page read as Markdown to tell the links from what code shows.
    if (broken.length > 0 && /`|~~~/.test(content))
      broken = linksOutsideCode(content).filter((link) => leadsNowhere(path, link));
    missing.push(...broken.map((link) => `${path}: ${'wiki' in link ? `[[${link.wiki}]]` : link.url}`));
  }
  return missing;
}

/** A link's URL, or the page a `[[wikilink]]` names. */
type FoundLink = { url: string } | { wiki: string };

/** Inline links, definitions and wikilinks in Markdown text, code included. */
function linksIn(markdown: string): FoundLink[] {
  const inline = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({ url: m[1]! }));
  const defined = [...markdown.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)/gm)].map((m) => ({
    url: m[1]!,
  }));
  return [...inline, ...defined, ...wikilinksIn(markdown)];
}

/** The pages `[[page|label]]` and `[[page\|label]]` (in a table) name. */
const wikilinksIn = (text: string): FoundLink[] =>
  [...text.matchAll(/\[\[([^|\]#\\]+)/g)].map((m) => ({ wiki: m[1]! }));

/** The links of a page, with its code blanked out first (found by reading it as Markdown). */
function linksOutsideCode(markdown: string): FoundLink[] {
  const code: [number, number][] = [];
  visit(parseMarkdown(markdown) as Root, (node) => {
    const { start, end } = node.position ?? {};
    if (
      (node.type === 'code' || node.type === 'inlineCode') &&
      start?.offset !== undefined &&
      end?.offset !== undefined
    )
      code.push([start.offset, end.offset]);
  });
  let text = markdown;
  for (const [from, to] of code) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  return linksIn(text);
}
