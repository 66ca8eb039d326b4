import type { APIRoute } from 'astro';
import { siteBuild } from '../../config/site-build';
import { siteAddress } from '../../config/settings';
import { staticPaths, type RouteProps } from '../../data/handbook';
import { buildBooklet } from '../../lib/booklet/booklet';

export const getStaticPaths = () => staticPaths('booklet');

/**
 * A section as one offline booklet, for the sections the config's `booklets` lists (incidents
 * by default), linked as "Download this section" from their pages. Made from the handbook as
 * read from disk, the same model `npx handbook export --target booklet` uses.
 */
export const GET: APIRoute = ({ props }) => {
  const { settings, handbook } = siteBuild();
  const booklet = buildBooklet({
    handbook,
    sections: [(props as RouteProps<'booklet'>).section],
    name: settings.config.name,
    siteUrl: siteAddress(settings),
    date: settings.today.toISOString().slice(0, 10),
  });
  return new Response(booklet.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
