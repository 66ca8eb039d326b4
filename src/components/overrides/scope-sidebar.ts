import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { scopeSidebar, type SidebarEntry } from '../../lib/handbook/sidebar';
import { SECTIONS } from '../../schemas/sections';

/**
 * Starlight route middleware: each page's sidebar shows its own section in full and the other
 * sections as single links (see `scopeSidebar`). Starlight has already worked out the previous
 * and next page from the full sidebar, so those links are unchanged.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const section = SECTIONS.find((s) => s.id === (route.entry.data as { section?: string }).section);
  route.sidebar = scopeSidebar(route.sidebar as SidebarEntry[], section?.label) as typeof route.sidebar;
});
