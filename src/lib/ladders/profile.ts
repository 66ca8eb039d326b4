import type { Ladder, Level } from '../../schemas/ladder';
import { radarSvg, type RadarAxis, type RadarSeries } from '../charts/radar';
import { radarFile, radarFileCss } from '../charts/radar-file';

/** A level's ratings as radar-chart input: one axis per dimension, one series for the level. */
export function levelProfile(ladder: Ladder, level: Level): { axes: RadarAxis[]; series: RadarSeries } {
  return {
    axes: ladder.dimensions.map((d) => ({ id: d.id, label: d.label })),
    series: {
      label: level.title,
      values: Object.fromEntries(ladder.dimensions.map((d) => [d.id, level.dimensions[d.id]!.rating])),
    },
  };
}

/** One level's radar chart, titled as the site titles it; `standaloneCss` makes it a file of its own. */
export function levelRadar(ladder: Ladder, level: Level, standaloneCss?: string): string {
  const { axes, series } = levelProfile(ladder, level);
  const svg = radarSvg({
    axes,
    series: [series],
    max: 5,
    title: `${level.title} (${level.band}), ${ladder.title}`,
  });
  return standaloneCss === undefined ? svg : radarFile(svg, radarFileCss(standaloneCss));
}
