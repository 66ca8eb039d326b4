// @ts-check
// How fast `handbook export` is, per target, on a given handbook.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { importSource } from './source.mjs';

/** Every target `handbook export` has, from the exporter itself. */
const { TARGETS } = await importSource('src/lib/export/targets.ts');

/** Targets planned but perhaps not there yet: tried, and reported as "not built yet" if refused. */
export const PLANNED = ['booklet'];

/**
 * @typedef {object} ExportTiming
 * @property {string} target
 * @property {number} [pages] pages exported
 * @property {number} [files] files written
 * @property {number} [seconds] the export's own time, as the CLI reports it
 * @property {number} [wallSeconds] the whole command, Node start-up included
 * @property {number} [pagesPerSecond] pages / seconds
 * @property {string} [error] why there is no figure
 */

/**
 * Runs `node bin/handbook.mjs export --target <t> --out <dir> --json` with HANDBOOK_ROOT at
 * `handbookRoot` (a folder whose `content/` is the handbook to export), for each target.
 * @param {object} options
 * @param {string} options.root the project (its CLI)
 * @param {string} options.handbookRoot the handbook to export
 * @param {string} options.outDir a scratch folder for the exports
 * @param {(line: string) => void} [options.log]
 * @returns {ExportTiming[]}
 */
export function timeExports({ root, handbookRoot, outDir, log = () => {} }) {
  return [...TARGETS, ...PLANNED].map((target) => {
    const planned = PLANNED.includes(target);
    if (!planned) log(`export ${target}`);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'bin', 'handbook.mjs'),
        'export',
        '--target',
        target,
        '--out',
        join(outDir, target),
        '--json',
      ],
      {
        cwd: root,
        env: { ...process.env, HANDBOOK_ROOT: handbookRoot },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const wallSeconds = (performance.now() - started) / 1000;
    if (run.status !== 0) {
      if (planned) return { target, error: 'not built yet' };
      return {
        target,
        error: `exit ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(0, 3).join(' ')}`,
      };
    }
    try {
      const result = JSON.parse(run.stdout);
      return {
        target,
        pages: result.pages,
        files: result.files,
        seconds: result.seconds,
        wallSeconds,
        pagesPerSecond: result.pages / result.seconds,
      };
    } catch {
      return { target, error: `unexpected output: ${run.stdout.slice(0, 200)}` };
    }
  });
}
