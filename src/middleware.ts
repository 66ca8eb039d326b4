import { defineMiddleware } from 'astro:middleware';
import { unlinkRoutes, withBase } from './lib/handbook/base';
import { dropTurnedOff } from './lib/handbook/turned-off';
import { loadHandbook } from './data/handbook';
import { siteBuild } from './config/site-build';
import { turnedOff } from './lib/handbook/model';

/**
 * Every built page passes through here once, at build time:
 * - table rows and list items only about a section the config turns off are left out (see
 *   `dropTurnedOff`), and other links to its pages become plain text (see `unlinkRoutes`);
 * - under a sub-path (`base` in handbook.config.yaml), every link, image and form moves under it
 *   (see `withBase`).
 * With neither, pages pass through untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  const type = response.headers.get('content-type');
  // Endpoints (ladder JSON, CSV, SVG) say what they are; pages may come without a type (the 404 page).
  if (type && !type.includes('text/html')) return response;
  const { base } = siteBuild().settings;
  const off = new Set((await loadHandbook()).excluded.filter(turnedOff).map((e) => e.route!));
  if (base === '/' && off.size === 0) return response;
  const body = await response.text();
  const page = /^\s*<(!doctype html|html)/i.test(body);
  return new Response(page ? withBase(unlinkRoutes(dropTurnedOff(body, off), off), base) : body, {
    status: response.status,
    headers: response.headers,
  });
});
