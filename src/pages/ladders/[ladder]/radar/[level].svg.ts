import type { APIRoute } from 'astro';
import radarCss from '../../../../styles/radar.css?raw';
import { staticPaths, type RouteProps } from '../../../../data/handbook';
import { levelRadar } from '../../../../lib/ladders/profile';

export const getStaticPaths = () => staticPaths('radar');

/** A level's radar chart as a standalone SVG file, with its own light and dark colours. */
export const GET: APIRoute = ({ props }) => {
  const { ladder, level } = props as RouteProps<'radar'>;
  return new Response(levelRadar(ladder, level, radarCss), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
