/**
 * The handbook's pages, components and content write site paths from the root (`/ladders/`),
 * as they appear in the model. A site served under a sub-path (`base: /handbook/`) needs every
 * one of them prefixed; Starlight prefixes its own links, but not those in Markdown content
 * or in our components. `withBase` does it for a whole HTML page, once, as the page is built.
 */
const ROOT_RELATIVE = /(\s(?:href|src|action|poster)=)(["'])(\/(?!\/)[^"']*)\2/g;

/** The HTML with every root-relative address in an href, src, action or poster under `base`. */
export function withBase(html: string, base: string): string {
  return html.replace(
    ROOT_RELATIVE,
    (_whole, attr: string, quote: string, path: string) =>
      `${attr}${quote}${pathWithBase(path, base)}${quote}`,
  );
}

/**
 * One root-relative path (`/ladders/`) under `base`; a path already under it, or one that is not
 * root-relative (`https://…`, `//host/…`, `#top`), is left as it is. For addresses that are
 * data rather than HTML, such as the links in an assessment's definition that the page's script
 * writes into its result.
 */
export function pathWithBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/' || !/^\/(?!\/)/.test(path)) return path;
  return path === prefix.slice(0, -1) || path.startsWith(prefix) ? path : `${prefix}${path.slice(1)}`;
}

const ANCHOR = /<a\b[^>]*?\shref=(["'])([^"']*)\1[^>]*>([\s\S]*?)<\/a>/g;

/**
 * The HTML with every link to one of `routes` replaced by its text: links into a section the
 * config turns off, wherever they come from (a page, a ladder, a checklist), read as words.
 */
export function unlinkRoutes(html: string, routes: Set<string>): string {
  if (routes.size === 0) return html;
  const isOff = leadsInto(routes);
  return html.replace(ANCHOR, (whole, _quote: string, href: string, inner: string) =>
    isOff(href) ? inner : whole,
  );
}

/** Whether an `href` leads to one of `routes`, with or without its closing slash or `#fragment`. */
export const leadsInto =
  (routes: Set<string>) =>
  (href: string): boolean => {
    const path = href.split('#')[0]!;
    return routes.has(path) || routes.has(`${path}/`);
  };
