import { describe, expect, test } from 'vitest';
import { radarSvg, wrap } from '../../../../src/lib/charts/radar';
import { radarFile, radarFileCss } from '../../../../src/lib/charts/radar-file';

const axes = [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta' },
  { id: 'c', label: 'Gamma' },
  { id: 'd', label: 'Delta' },
];

/** The points of the n-th series polygon as [x, y] pairs. */
function seriesPoints(svg: string, n = 1): [number, number][] {
  const match = new RegExp(`<polygon class="radar-series radar-series-${n}" points="([^"]+)"`).exec(svg);
  return match![1]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
}

describe('radarSvg', () => {
  const svg = radarSvg({
    axes,
    series: [{ label: 'Lead', values: { a: 5, b: 0, c: 2.5, d: 5 } }],
    max: 5,
    title: 'Lead profile',
  });

  test('puts each value at its distance from the centre along its axis, starting at 12 o’clock', () => {
    const [top, right, bottom, left] = seriesPoints(svg);
    const centre = 280;
    const radius = 150;
    expect(top).toEqual([centre, centre - radius]); // a = 5 (max) straight up
    expect(right).toEqual([centre, centre]); // b = 0 in the centre
    expect(bottom).toEqual([centre, centre + radius / 2]); // c = 2.5 half way down
    expect(left).toEqual([centre - radius, centre]); // d = 5 to the left
  });

  test('draws one ring per scale step and one spoke and label per axis', () => {
    expect(svg.match(/class="radar-ring"/g)).toHaveLength(5);
    expect(svg.match(/class="radar-spoke"/g)).toHaveLength(4);
    expect(svg.match(/class="radar-label"/g)).toHaveLength(4);
  });

  test('is an accessible image named by its title', () => {
    expect(svg).toMatch(
      /^<svg class="radar" viewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+" role="img" aria-labelledby="radar-lead-profile">/,
    );
    expect(svg).toContain('<title id="radar-lead-profile">Lead profile</title>');
  });

  test('draws a second series with its own class, and keeps values on the scale', () => {
    const two = radarSvg({
      axes,
      series: [
        { label: 'A', values: { a: 1, b: 1, c: 1, d: 1 } },
        { label: 'B', values: { a: 9, b: -3, c: 1, d: 1 } },
      ],
      max: 5,
      title: 'Two',
    });
    const [top, right] = seriesPoints(two, 2);
    expect(top).toEqual([280, 130]); // 9 is clamped to 5
    expect(right).toEqual([280, 280]); // -3 is clamped to 0
  });

  test('a standalone file declares its namespace and carries its own colours and rules', () => {
    const file = radarFile(
      radarSvg({ axes, series: [], max: 5, title: 'File' }),
      radarFileCss('.radar-ring{stroke:red}'),
    );
    expect(file).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(file).toContain('@media (prefers-color-scheme:dark)');
    expect(file).toContain('.radar-ring{stroke:red}');
    expect(file).toMatch(/<title id="radar-file">File<\/title><style>\n/);
    expect(svg).not.toContain('<style>');
  });

  test('escapes text and refuses fewer than three axes', () => {
    const escaped = radarSvg({
      axes: [...axes.slice(0, 2), { id: 'x', label: 'R&D <ops>' }],
      series: [],
      max: 5,
      title: 'A & B',
    });
    expect(escaped).toContain('R&amp;D &lt;ops&gt;');
    expect(escaped).toContain('A &amp; B');
    expect(() => radarSvg({ axes: axes.slice(0, 2), series: [], max: 5, title: 'x' })).toThrow(
      /at least three axes/,
    );
  });
});

describe('wrap', () => {
  test('keeps short labels on one line and splits long ones at spaces', () => {
    expect(wrap('Scope')).toEqual(['Scope']);
    expect(wrap('Stakeholders & communication')).toEqual(['Stakeholders &', 'communication']);
    expect(wrap('Impact of failure')).toEqual(['Impact of', 'failure']);
  });
});

describe('radar rings', () => {
  test('a percentage chart draws four rings, not a hundred', () => {
    const svg = radarSvg({ axes, series: [], max: 100, title: 'Percent' });
    expect(svg.match(/class="radar-ring"/g)).toHaveLength(4);
    expect(
      radarSvg({ axes, series: [], max: 100, title: 'Ten', rings: 10 }).match(/class="radar-ring"/g),
    ).toHaveLength(10);
  });
});
