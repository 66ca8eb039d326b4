/**
 * The links a page writes and the anchors it offers, read from its MDX tree, and what is wrong
 * with a link: no such page, no such heading, or written relative to the page. The build, `npx
 * handbook check` and the content tests all check links with these functions.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { jsxAttribute } from '../export/parse';
import { walk } from '../export/walk';
import { linkRoute } from '../handbook/routes';
import { closestName } from '../text/suggest';
import { headingText } from '../export/plugins/stray-directives';

/** A link as written: its target and its line. */
export interface WrittenLink {
  url: string;
  line: number;
}

/** What a page links to, and the `#fragments` a link to it may name. */
export interface PageLinks {
  links: WrittenLink[];
  anchors: Set<string>;
}

/** Starlight gives every page's title this id; "Overview" in the table of contents links to it. */
const TITLE_ANCHOR = '_top';

/**
 * The links and anchors of one page:
 * - links: Markdown links and link definitions, and the `href` of any component or `<a>`
 *   (`<LinkCard href="…">`, `<LinkButton href="…">`);
 * - anchors: each heading's id, made as the site makes it (GitHub's slugs of the heading's
 *   text, numbered when two headings read alike), any `id="…"` written on an element, and the
 *   title's `_top`.
 */
export function pageLinks(tree: Root): PageLinks {
  const links: WrittenLink[] = [];
  const anchors = new Set([TITLE_ANCHOR]);
  const slugger = new GithubSlugger();
  walk(tree, null, (node) => {
    const line = node.position?.start.line ?? 1;
    // As the site makes the ids: "1:1" in a heading parses as a directive but reads as written.
    if (node.type === 'heading') anchors.add(slugger.slug(headingText(node)));
    else if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line });
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const el = node as MdxJsxFlowElement | MdxJsxTextElement;
      const href = jsxAttribute(el, 'href');
      const id = jsxAttribute(el, 'id');
      if (href !== undefined) links.push({ url: href, line });
      if (id !== undefined) anchors.add(id);
    }
    return undefined;
  });
  return { links, anchors };
}

/** `https:`, `mailto:`, `//host`: links that leave the handbook, which it does not check. */
const LEAVES_THE_SITE = /^([a-z][a-z\d+.-]*:|\/\/)/i;

/** The fragment of a link, decoded (`#caf%C3%A9` → `café`), or undefined when it has none. */
export function linkFragment(url: string): string | undefined {
  const at = url.indexOf('#');
  if (at === -1 || at === url.length - 1) return undefined;
  const fragment = url.slice(at + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * What is wrong with the form of a link, whatever it points at: a relative link (`../x/`,
 * `x/`) leads somewhere else once the page moves, is exported or is served under a sub-path.
 */
export function relativeLinkMessage(
  url: string,
  from?: string,
  routes?: ReadonlySet<string>,
): string | undefined {
  if (url === '' || url.startsWith('/') || url.startsWith('#') || LEAVES_THE_SITE.test(url)) return undefined;
  const meant = from && routes ? meantRoute(url, from, routes) : undefined;
  const advice = meant
    ? `Write it from the site root: ${meant}`
    : 'Write it from the site root, e.g. /incidents/on-call/';
  return `link to ${url}: a relative link breaks when the page moves or is exported. ${advice}.`;
}

/**
 * The page a relative link on the page at `from` most likely means, from the site root: where
 * the browser would take it, if a page is there; else the same path from the root (`../incidents/
 * on-call/` written as if every page sat at the top); else the nearest address by `closestRoute`.
 */
function meantRoute(url: string, from: string, routes: ReadonlySet<string>): string | undefined {
  const [path, fragment] = url.split('#') as [string, string | undefined];
  const hash = fragment ? `#${fragment}` : '';
  const browser = linkRoute(new URL(path, `https://handbook.invalid${from}`).pathname);
  if (browser && routes.has(browser)) return browser + hash;
  const fromRoot = linkRoute(`/${path.replace(/^(\.\.?\/)+/, '')}`);
  if (!fromRoot) return undefined;
  if (routes.has(fromRoot)) return fromRoot + hash;
  const near = closestRoute(fromRoot, routes);
  return near && near + hash;
}

/**
 * The address a link to no page most likely meant: one a typo or two away
 * (`/management/one-on-onez/`), or else the one page with the same last part in another section
 * (`/playbooks/one-on-ones/` for a page that moved to `/management/`).
 */
export function closestRoute(route: string, routes: Iterable<string>): string | undefined {
  const list = [...routes];
  const typo = closestName(route, list);
  if (typo) return typo;
  const last = (r: string) => r.split('/').filter(Boolean).pop();
  const same = list.filter((r) => last(r) === last(route));
  return same.length === 1 ? same[0] : undefined;
}

/** The message for a link whose page exists but has no such heading, listing those it has. */
export function missingAnchorMessage(
  url: string,
  fragment: string,
  file: string,
  anchors: Set<string>,
): string {
  const known = [...anchors].filter((a) => a !== TITLE_ANCHOR);
  const shown = known.slice(0, 12).join(', ') + (known.length > 12 ? ', …' : '');
  return `link to ${url}: ${file} has no heading with the id "${fragment}". Its headings' ids: ${shown || 'none'}.`;
}
