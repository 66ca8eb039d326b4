/** One labelled axis of a radar chart. */
export interface RadarAxis {
  id: string;
  label: string;
}

/** One shape drawn on the chart: a value per axis id. */
export interface RadarSeries {
  label: string;
  values: Record<string, number>;
}

export interface RadarOptions {
  axes: RadarAxis[];
  series: RadarSeries[];
  /** The highest value on the scale (the outer ring); values start at 0 in the centre. */
  max: number;
  /** The chart's accessible title. */
  title: string;
  /** How many rings to draw, evenly spaced up to `max` (default: one per whole step up to 10, else 4). */
  rings?: number;
}

const SIZE = 560;
const CENTRE = SIZE / 2;
const RADIUS = 150;
/** Labels longer than this wrap onto a second line so they stay inside the chart. */
const LABEL_LINE = 14;
/**
 * The labels' size in the chart's units. The chart is drawn about 340 px wide on a phone, so its
 * units shrink to about half: 22 keeps a label near 12 px there and 14 px on a wide screen.
 */
const LABEL_FONT = 22;
/** A line's width in the chart's units, as a generous average for a sans-serif face. */
const lineWidth = (line: string) => line.length * LABEL_FONT * 0.6;

/** Rounds to 0.1 px so the SVG stays small and diffable. */
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The point at `value` (0…max) along axis `i` of `count`, starting at 12 o'clock. */
function point(i: number, count: number, value: number, max: number): [number, number] {
  const angle = (Math.PI * 2 * i) / count - Math.PI / 2;
  const distance = (RADIUS * value) / max;
  return [r1(CENTRE + distance * Math.cos(angle)), r1(CENTRE + distance * Math.sin(angle))];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Draws a radar chart as an SVG string: rings for each step of the scale, one spoke and label
 * per axis, one polygon per series. Colours come from CSS custom properties
 * (`--radar-ink`, `--radar-grid`, `--radar-series-1`, `--radar-series-2`), so the page's theme,
 * dark mode and forced-colours (high contrast) mode all apply; a standalone file sets them itself.
 * Takes the axes, series and scale; returns the markup.
 */
export function radarSvg({ axes, series, max, title, rings }: RadarOptions): string {
  if (axes.length < 3) throw new Error(`A radar chart needs at least three axes; got ${axes.length}.`);
  const n = axes.length;
  const ringCount = rings ?? (max <= 10 && Number.isInteger(max) ? max : 4);
  const ringShapes = Array.from({ length: ringCount }, (_, k) => (max * (k + 1)) / ringCount)
    .map((value) => {
      const points = axes.map((_, i) => point(i, n, value, max).join(',')).join(' ');
      return `<polygon class="radar-ring" points="${points}"/>`;
    })
    .join('');
  const spokes = axes
    .map((_, i) => {
      const [x, y] = point(i, n, max, max);
      return `<line class="radar-spoke" x1="${CENTRE}" y1="${CENTRE}" x2="${x}" y2="${y}"/>`;
    })
    .join('');
  // The box the chart needs: the rings, and every label as far as it reaches (estimated), so no
  // label is cut off at the edge of the page or of a downloaded file.
  const box = {
    left: CENTRE - RADIUS,
    right: CENTRE + RADIUS,
    top: CENTRE - RADIUS,
    bottom: CENTRE + RADIUS,
  };
  const labels = axes
    .map((axis, i) => {
      const [x, y] = point(i, n, max * 1.12, max);
      const anchor = Math.abs(x - CENTRE) < 2 ? 'middle' : x > CENTRE ? 'start' : 'end';
      const baseline = y < CENTRE - RADIUS * 0.9 ? 'auto' : y > CENTRE + RADIUS * 0.9 ? 'hanging' : 'middle';
      const lines = wrap(axis.label);
      // Multi-line labels above the centre grow upward, below it downward, beside it both ways.
      const shift =
        y < CENTRE - RADIUS * 0.5
          ? -(lines.length - 1)
          : y > CENTRE + RADIUS * 0.5
            ? 0
            : -(lines.length - 1) / 2;
      const width = Math.max(...lines.map(lineWidth));
      const from = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      // Where the first line's text starts above its baseline, and where the last one ends below.
      const first = y + shift * 1.2 * LABEL_FONT;
      const above = baseline === 'auto' ? 0.9 : baseline === 'hanging' ? 0 : 0.55;
      box.left = Math.min(box.left, from);
      box.right = Math.max(box.right, from + width);
      box.top = Math.min(box.top, first - above * LABEL_FONT);
      box.bottom = Math.max(box.bottom, first + ((lines.length - 1) * 1.2 + 1 - above) * LABEL_FONT);
      const tspans = lines
        .map(
          (line, k) => `<tspan x="${x}" dy="${k === 0 ? r1(shift * 1.2) : 1.2}em">${escapeXml(line)}</tspan>`,
        )
        .join('');
      return `<text class="radar-label" x="${x}" y="${y}" font-size="${LABEL_FONT}" text-anchor="${anchor}" dominant-baseline="${baseline}">${tspans}</text>`;
    })
    .join('');
  const shapes = series
    .map((s, k) => {
      const points = axes
        .map((axis, i) => point(i, n, clamp(s.values[axis.id] ?? 0, max), max).join(','))
        .join(' ');
      return `<polygon class="radar-series radar-series-${k + 1}" points="${points}"><title>${escapeXml(s.label)}</title></polygon>`;
    })
    .join('');
  const titleId = `radar-${slug(title)}`;
  const pad = 4;
  const viewBox = [
    box.left - pad,
    box.top - pad,
    box.right - box.left + 2 * pad,
    box.bottom - box.top + 2 * pad,
  ]
    .map(r1)
    .join(' ');
  return `<svg class="radar" viewBox="${viewBox}" role="img" aria-labelledby="${titleId}"><title id="${titleId}">${escapeXml(title)}</title><g>${ringShapes}${spokes}</g>${shapes}${labels}</svg>`;
}

/** Splits a label into lines of about LABEL_LINE characters, at spaces. */
export function wrap(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= LABEL_LINE)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
