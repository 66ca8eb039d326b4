import type { Ladder, Level } from '../../schemas/ladder';
import type { RadarAxis, RadarSeries } from '../charts/radar';

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
