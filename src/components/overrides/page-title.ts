import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Starlight route middleware: a page titled like the site (the home page, whose title is
 * `{{handbookName}}`) is called by the site's name alone, not "Engineering Handbook |
 * Engineering Handbook" in the browser tab, bookmarks and search results.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const title = route.head.find((entry) => entry.tag === 'title');
  const siteTitle = route.siteTitle;
  if (title && route.entry.data.title === siteTitle) title.content = siteTitle;
});
