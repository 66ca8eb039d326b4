import { defineMiddleware } from 'astro:middleware';
import { unlinkRoutes, withBase } from './lib/handbook/base';
import { loadHandbook } from './data/handbook';

/**
 * Every built page passes through here once, at build time:
 * - links to pages of a section the config turns off become plain text (see `unlinkRoutes`);
 * - under a sub-path (`base` in handbook.config.yaml), every link, image and form moves under it
 *   (see `withBase`).
 * With neither, pages pass through untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const base = import.meta.env.BASE_URL;
  const off = new Set(
    (await loadHandbook()).excluded.filter((e) => e.reason === 'section-off').map((e) => e.route!),
  );
  if (base === '/' && off.size === 0) return response;
  return new Response(withBase(unlinkRoutes(await response.text(), off), base), {
    status: response.status,
    headers: response.headers,
  });
});
