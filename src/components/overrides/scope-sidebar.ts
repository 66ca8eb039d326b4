import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { siteBuild } from '../../config/site-build';
import {
  buildSidebar,
  parentLinkIndex,
  prevNextLink,
  scopeSidebar,
  sidebarLinks,
  sidebarTree,
  type PageLinkData,
  type PrevNextConfig,
  type SidebarEntry,
  type SidebarTreeLink,
} from '../../lib/handbook/sidebar';
import { SECTIONS } from '../../schemas/sections';

/** The whole sidebar, made once per build, and its links by address (without a trailing slash). */
let whole:
  Promise<{ tree: SidebarEntry[]; links: SidebarTreeLink[]; byPath: Map<string, number> }> | undefined;

function wholeSidebar() {
  whole ??= (async () => {
    const data = new Map(
      (await getCollection('docs')).map((entry) => [entry.id, entry.data as PageLinkData]),
    );
    const tree = sidebarTree(
      buildSidebar(siteBuild().handbook),
      (slug) => data.get(slug),
      import.meta.env.BASE_URL,
    );
    const links = sidebarLinks(tree);
    const byPath = new Map<string, number>();
    links.forEach((link, i) => byPath.has(trimSlash(link.href)) || byPath.set(trimSlash(link.href), i));
    return { tree, links, byPath };
  })();
  return whole;
}

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/**
 * Starlight route middleware: each page's sidebar shows its own section in full and the other
 * sections as single links (see `scopeSidebar`), and its previous and next pages follow the
 * whole sidebar's order. Starlight itself holds only one link per section (`sectionLinks`), so
 * the work per page does not grow with the handbook.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { tree, links, byPath } = await wholeSidebar();
  const at = byPath.get(trimSlash(context.url.pathname));
  const current = at === undefined ? undefined : links[at];
  const section = SECTIONS.find((s) => s.id === (route.entry.data as { section?: string }).section);
  const data = route.entry.data as { prev?: PrevNextConfig; next?: PrevNextConfig };
  // A page the sidebar does not list marks the link it sits under (its ladder, say) as the
  // current one of the list (`aria-current="true"`, not "page": it is not this page).
  const parent = current
    ? undefined
    : links[
        parentLinkIndex((path) => byPath.get(path), context.url.pathname, import.meta.env.BASE_URL) ?? -1
      ];
  const parentAttrs = parent?.attrs;
  // The whole sidebar is shared by every page: mark this page in it only while its own copy is made.
  if (current) current.isCurrent = true;
  if (parent) parent.attrs = { ...parent.attrs, 'aria-current': 'true' };
  try {
    route.sidebar = structuredClone(scopeSidebar(tree, section?.label)) as typeof route.sidebar;
    route.pagination = structuredClone({
      prev: prevNextLink(at === undefined ? undefined : links[at - 1], data.prev),
      next: prevNextLink(at === undefined ? undefined : links[at + 1], data.next),
    }) as typeof route.pagination;
  } finally {
    if (current) current.isCurrent = false;
    if (parent) parent.attrs = parentAttrs!;
  }
});
