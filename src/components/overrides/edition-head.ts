import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { siteBuild } from '../../config/site-build';

/**
 * Starlight route middleware: the internal edition (the default build, for the team) asks
 * search engines not to index it and links no sitemap; the public edition keeps both.
 */
export const onRequest = defineRouteMiddleware((context) => {
  if (siteBuild().settings.visibility !== 'internal') return;
  const route = context.locals.starlightRoute;
  route.head = route.head.filter((entry) => !(entry.tag === 'link' && entry.attrs?.rel === 'sitemap'));
  route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, content: '' });
});
