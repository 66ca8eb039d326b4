import { pagesIn, type Settings } from './settings';

/**
 * Which pages carry the content licence's credit: upstream's own and a fork's version of one of
 * them (a page at an address upstream has), and the pages generated from the ladders and
 * assessments; not the pages a fork wrote itself, which are the fork's to license.
 */
export function creditedPages(
  settings: Pick<Settings, 'layers'>,
  root = process.cwd(),
): (page: { path: string; route: string }) => boolean {
  if (settings.layers.length < 2) return () => true;
  const upstream = new Set(pagesIn(settings.layers.slice(0, 1), root));
  // A generated page's path is its address; a written page's is its file.
  return ({ path, route }) => path.startsWith('/') || upstream.has(route);
}
