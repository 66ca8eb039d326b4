/**
 * One exported page as booklet HTML: the page's Markdown (from the exporter, so components,
 * asides and Sources are already resolved) parsed as GFM, its headings moved under the page
 * and given ids unique in the booklet, its links turned into in-file anchors or full addresses,
 * and its task lists made tickable. Pure: text in, HTML and search sections out.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Link, Nodes } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { parseMarkdown } from '../export/parse';

/** Where a link inside an exported page leads, as the booklet resolves it. */
export type LinkTarget =
  { kind: 'anchor'; id: string } | { kind: 'external'; url: string } | { kind: 'text' };

/** A piece of a page for the search index: the text under one heading. */
export interface SearchSection {
  /** The id to jump to. */
  id: string;
  /** "Page title › Heading". */
  title: string;
  text: string;
  /** The page's `searchTerms`, on its first section: found, never shown. */
  terms?: string;
}

export interface PageHtml {
  html: string;
  /** The page's headings of level 2 (its own sections), for the table of contents. */
  headings: { id: string; text: string }[];
  sections: SearchSection[];
}

/**
 * @param markdown the page as the exporter wrote it (an H1 title first, Sources last)
 * @param pageId the page's anchor in the booklet (`page-incidents-on-call`)
 * @param resolve what a link's URL leads to (relative `.md` links, `#heading` links, https)
 */
export function pageHtml(markdown: string, pageId: string, resolve: (url: string) => LinkTarget): PageHtml {
  const tree = parseMarkdown(markdown);
  const slugger = new GithubSlugger();
  const headings: PageHtml['headings'] = [];
  const sections: SearchSection[] = [];
  let pageTitle = '';
  let current: SearchSection | undefined;

  // Headings: the page title becomes the article's h2, every heading moves one level down, and
  // each gets the id its own page would give it, prefixed by the page, so `#x` links still land.
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node);
    const id = node.depth === 1 ? pageId : `${pageId}--${slugger.slug(text)}`;
    if (node.depth === 1) pageTitle = text;
    else if (node.depth === 2) headings.push({ id, text });
    node.data = { ...node.data, hProperties: { id } };
    node.depth = Math.min(node.depth + 1, 6) as Heading['depth'];
  });

  // Links: in-file anchors, full addresses, or plain text when there is nowhere to go.
  visit(tree, 'link', (node: Link, index, parent) => {
    const target = resolve(node.url);
    if (target.kind === 'anchor') node.url = `#${target.id}`;
    else if (target.kind === 'external') node.url = target.url;
    else if (parent && index !== undefined) {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    return undefined;
  });

  // The search sections: the text of the page under each heading.
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const id = (node.data?.hProperties as { id: string }).id;
      current = { id, title: node.depth === 2 ? pageTitle : `${pageTitle} › ${toString(node)}`, text: '' };
      sections.push(current);
    } else if (current) current.text += ` ${searchText(node)}`;
  }
  for (const s of sections) s.text = s.text.replace(/\s+/g, ' ').trim();

  const hast = toHast(tree) as HastRoot;
  tickable(hast);
  return { html: toHtml(hast), headings, sections };
}

/** Nodes whose children are blocks: their texts are separate words, not one run of text. */
const BLOCK_PARENTS = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow']);

/**
 * A node's text for the search index. `toString` joins everything as one run, which glued a
 * list's items ("…broken.Page on…") and a checklist item to its detail after the line break
 * ("service ownerBlocking"); here blocks and line breaks keep a space between them.
 */
function searchText(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if (!('children' in node)) return toString(node);
  return node.children.map(searchText).join(BLOCK_PARENTS.has(node.type) ? ' ' : '');
}

/**
 * Task-list boxes become real checkboxes a reader can tick, each named by its item's text: the
 * first line only, as the site's label, not the detail after the line break.
 */
function tickable(tree: HastRoot) {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'li') return;
    const box =
      node.children.find(
        (c: ElementContent): c is Element => c.type === 'element' && c.tagName === 'input',
      ) ?? findInput(node);
    if (!box) return;
    delete box.properties.disabled;
    box.properties.ariaLabel = textOf(node).split('\n')[0]!.trim();
    labelled(node.children.includes(box) ? node : findParagraph(node)!, box);
  });
}

/**
 * The box and its item's first line become one label, so a tap on the words ticks it, as on the
 * site: on a phone the box alone is a 17-pixel target. The detail after the line break stays out.
 */
function labelled(parent: Element, box: Element) {
  const start = parent.children.indexOf(box);
  const end = parent.children.findIndex((c, i) => i > start && c.type === 'element' && c.tagName === 'br');
  const line = parent.children.slice(start, end === -1 ? undefined : end);
  const label: Element = { type: 'element', tagName: 'label', properties: {}, children: line };
  parent.children.splice(start, line.length, label);
}

/** A list item's first paragraph. */
function findParagraph(li: Element): Element | undefined {
  return li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
}

/** The first checkbox inside a list item's first paragraph. */
function findInput(li: Element): Element | undefined {
  return findParagraph(li)?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'input');
}

/** The text of an element, a `<br>` as a line break. */
function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
