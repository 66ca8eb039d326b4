import { describe, expect, test } from 'vitest';
import { readOptions } from '../../../scripts/bench/args.mjs';
import { medianBuild, type BuildResult } from '../../../scripts/bench/build.mjs';
import { targets } from '../../../scripts/bench/report.mjs';

/** A build result with only the figures a test cares about. */
function build(wallSeconds: number, extra: Partial<BuildResult> = {}): BuildResult {
  return {
    dist: '/tmp/x',
    wallSeconds,
    cpuSeconds: wallSeconds,
    userSeconds: wallSeconds,
    sysSeconds: 0,
    peakRssBytes: 1e9,
    distBytes: 1e6,
    pagefindBytes: 1e5,
    pagesBuilt: 10,
    htmlFiles: 10,
    samplePageBytes: 40e3,
    sampleSidebarLinks: 5,
    ...extra,
  };
}

describe('bench options', () => {
  test('defaults: 500 pages, each build three times', () => {
    const options = readOptions([]);
    expect(options.pages).toBe(500);
    expect(options.buildRuns).toBe(3);
    expect([...options.skip]).toEqual([]);
  });

  test('--build-runs takes 1 to 9 and says so otherwise', () => {
    expect(readOptions(['--build-runs', '1']).buildRuns).toBe(1);
    for (const bad of ['0', '10', 'two', '1.5']) {
      expect(() => readOptions(['--build-runs', bad])).toThrow(
        /--build-runs takes a whole number from 1 to 9/,
      );
    }
  });

  test('an unknown part to skip is named, with the parts there are', () => {
    expect(() => readOptions(['--skip', 'builds,nope'])).toThrow(
      /unknown part "nope"; the parts are builds,/,
    );
  });
});

describe('the median of several builds', () => {
  test('is the middle run by wall time, with every run listed in run order', () => {
    const runs = [
      build(30, { peakRssBytes: 3 }),
      build(20, { peakRssBytes: 1 }),
      build(25, { peakRssBytes: 2 }),
    ];
    const median = medianBuild(runs)!;
    expect(median.wallSeconds).toBe(25);
    // The other figures come from the same run, not from a mix of runs.
    expect(median.peakRssBytes).toBe(2);
    expect(median.wallRuns).toEqual([30, 20, 25]);
  });

  test('of an even number, the faster middle run; of none, nothing', () => {
    expect(medianBuild([build(40), build(10), build(30), build(20)])?.wallSeconds).toBe(20);
    expect(medianBuild([])).toBeUndefined();
  });
});

describe('the build-time target', () => {
  const row = (builds: Record<string, BuildResult | undefined>) =>
    targets({ builds, weights: [], lighthouse: [], export: [] })[0]!;

  test('is met at half of bare Starlight or less, and not above', () => {
    expect(row({ handbook: build(20), bare: build(40) })).toEqual([
      'Build time, handbook / bare Starlight',
      '≤ 0.50×',
      '0.50× (20.0 s / 40.0 s)',
      'yes',
    ]);
    expect(row({ handbook: build(21), bare: build(40) })[3]).toBe('**no**');
  });

  test('shows the floor (bare Starlight with no sidebar) beside it when that build ran', () => {
    expect(row({ handbook: build(30), bare: build(40), floor: build(22) })[2]).toBe(
      '0.75× (30.0 s / 40.0 s); bare Starlight with no sidebar at all: 0.55× (22.0 s)',
    );
  });

  test('is not judged without both builds', () => {
    expect(row({ handbook: build(30), bare: undefined }).slice(2)).toEqual(['–', '–']);
  });
});

describe('the export target', () => {
  const exported = (target: string, pages: number, seconds: number, cpuSeconds: number) => ({
    target,
    pages,
    seconds,
    cpuSeconds,
    pagesPerSecond: pages / seconds,
  });
  const row = (exports: ReturnType<typeof exported>[]) =>
    targets({ builds: {}, weights: [], lighthouse: [], export: exports }).find((r) =>
      String(r[0]).startsWith('Export'),
    )!;

  test('is judged on the slowest Markdown target by the clock, with its CPU figure beside it', () => {
    expect(row([exported('gfm', 600, 1, 0.6), exported('obsidian', 600, 1.5, 0.5)]).slice(2)).toEqual([
      '400 pages/s (not held to one core, 1000 per CPU second)',
      '**no**',
    ]);
    expect(row([exported('gfm', 600, 1, 0.6)])[3]).toBe('yes');
  });

  test('is judged on one core when the run held the exports to one core', () => {
    const held = (e: ReturnType<typeof exported>, oneCoreSeconds: number) => ({
      ...e,
      oneCoreSeconds,
      oneCorePagesPerSecond: e.pages / oneCoreSeconds,
    });
    // Fast enough on all cores (600/s), too slow on one (400/s): not met.
    expect(row([held(exported('gfm', 600, 1, 0.6), 1.5)]).slice(2)).toEqual([
      '400 pages/s on one core (600 on all cores, 1000 per CPU second)',
      '**no**',
    ]);
    expect(row([held(exported('gfm', 600, 1, 0.6), 1.1)])[3]).toBe('yes');
  });

  test('leaves the booklet out, and says nothing without an export', () => {
    expect(row([exported('gfm', 600, 1, 0.6), exported('booklet', 600, 3, 3)])[2]).toBe(
      '600 pages/s (not held to one core, 1000 per CPU second)',
    );
    expect(row([]).slice(2)).toEqual(['–', '–']);
  });
});

describe('the island target', () => {
  const weight = (type: string, gzip: number) => ({ type, jsOurs: { gzip } });
  const row = (weights: ReturnType<typeof weight>[]) =>
    targets({ builds: {}, weights, lighthouse: [], export: [] }).find((r) =>
      String(r[0]).startsWith('Islands'),
    )!;

  test('is the test suite’s budget, in bytes, and judged by it', () => {
    expect(row([weight('assessment', 10_240), weight('checklist', 2_000)]).slice(1)).toEqual([
      '≤ 10 KiB gzip (10,240 bytes)',
      'assessment 10,240 bytes, checklist 2,000 bytes',
      'yes',
    ]);
    expect(row([weight('assessment', 10_241)])[3]).toBe('**no**');
  });
});
