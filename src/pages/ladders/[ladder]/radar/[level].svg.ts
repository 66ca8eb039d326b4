import type { APIRoute } from 'astro';
import radarCss from '../../../../styles/radar.css?raw';
import { staticPaths, type RouteProps } from '../../../../data/handbook';
import { levelProfile } from '../../../../lib/ladders/profile';
import { radarSvg } from '../../../../lib/charts/radar';

export const getStaticPaths = () => staticPaths('radar');

/** A level's radar chart as a standalone SVG file, with its own light and dark colours. */
export const GET: APIRoute = ({ props }) => {
  const { ladder, level } = props as RouteProps<'radar'>;
  const { axes, series } = levelProfile(ladder, level);
  const svg = radarSvg({
    axes,
    series: [series],
    max: 5,
    title: `${level.title} (${level.band}), ${ladder.title}`,
    standaloneCss: radarCss,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
