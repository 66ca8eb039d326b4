import type { APIRoute, GetStaticPaths } from 'astro';
import radarCss from '../../../../styles/radar.css?raw';
import { loadLadders } from '../../../../data/ladders';
import { levelProfile } from '../../../../lib/ladders/profile';
import { radarSvg } from '../../../../lib/charts/radar';
import type { Ladder, Level } from '../../../../schemas/ladder';

export const getStaticPaths = (async () =>
  (await loadLadders()).flatMap((ladder) =>
    ladder.levels.map((level) => ({
      params: { ladder: ladder.id, level: level.id },
      props: { ladder, level },
    })),
  )) satisfies GetStaticPaths;

/** A level's radar chart as a standalone SVG file, with its own light and dark colours. */
export const GET: APIRoute = ({ props }) => {
  const { ladder, level } = props as { ladder: Ladder; level: Level };
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
