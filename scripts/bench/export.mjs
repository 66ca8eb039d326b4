// @ts-check
// How fast `handbook export` is, per target, on a given handbook.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { importSource } from './source.mjs';
import { median } from './search.mjs';

/** Every target `handbook export` has, from the exporter itself. */
const { TARGETS } = await importSource('src/lib/export/targets.ts');

/** The booklet: one self-contained HTML file of the whole handbook rather than a folder. */
export const BOOKLET = 'booklet';

/** Whether `taskset` (util-linux) is here, to hold an export to one core. */
const TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** Runs of each target; the report gives the median, so one busy moment on a shared machine does not decide it. */
export const EXPORT_RUNS = 3;

/**
 * @typedef {object} ExportTiming
 * @property {string} target
 * @property {number} [pages] pages exported
 * @property {number} [files] files written
 * @property {number} [bytes] the booklet's size
 * @property {number} [seconds] the export's own time, as the CLI reports it: the median of the runs
 * @property {number[]} [runSeconds] each run's own time, in the order they ran
 * @property {number} [wallSeconds] the whole command, Node start-up included: the median of the runs
 * @property {number} [pagesPerSecond] pages / seconds
 * @property {number} [cpuSeconds] the CPU time of the export's thread over the same part (user
 *   and system), the median of the runs: what the work costs on one core, whatever the disk and
 *   the neighbours are doing
 * @property {number} [processCpuSeconds] the same for the whole process, which adds V8's own
 *   threads (garbage collection, compiling) running beside the export on other cores
 * @property {number} [oneCoreSeconds] the export's own time with the whole process held to one
 *   core (`taskset -c 0`), the median of the runs: what the "on one core" asks, V8's
 *   garbage collection and compiling taking turns with the export (Markdown targets, where
 *   `taskset` exists)
 * @property {number} [oneCorePagesPerSecond] pages / oneCoreSeconds
 * @property {string} [error] why there is no figure
 */

/**
 * Runs `node bin/handbook.mjs export --target <t> --out <dir> --json` with HANDBOOK_ROOT at
 * `handbookRoot` (a folder whose `content/` is the handbook to export), `EXPORT_RUNS` times for
 * each target, and then the whole handbook as one booklet (`--out <dir>/booklet.html`).
 * @param {object} options
 * @param {string} options.root the project (its CLI)
 * @param {string} options.handbookRoot the handbook to export
 * @param {string} options.outDir a scratch folder for the exports
 * @param {(line: string) => void} [options.log]
 * @returns {ExportTiming[]}
 */
export function timeExports({ root, handbookRoot, outDir, log = () => {} }) {
  return [...TARGETS, BOOKLET].map((target) => {
    log(`export ${target}`);
    /** @type {{ result: any, wallSeconds: number }[]} */
    const runs = [];
    for (let run = 0; run < EXPORT_RUNS; run++) {
      const timed = exportOnce(root, handbookRoot, target, join(outDir, `${run}`));
      if ('error' in timed) return { target, error: timed.error };
      runs.push(timed);
    }
    // The same again on one core, for the Markdown targets (the export target).
    const oneCore = [];
    if (target !== BOOKLET && TASKSET)
      for (let run = 0; run < EXPORT_RUNS; run++) {
        const timed = exportOnce(root, handbookRoot, target, join(outDir, `one-${run}`), true);
        if ('error' in timed) return { target, error: timed.error };
        oneCore.push(timed.result.seconds);
      }
    const { result } = runs[0] ?? {};
    const runSeconds = runs.map((r) => r.result.seconds);
    const seconds = median(runSeconds);
    return {
      target,
      pages: result.pages,
      // The booklet lists the files it wrote; the folder targets count them.
      files: Array.isArray(result.files) ? result.files.length : result.files,
      bytes: result.bytes,
      seconds,
      runSeconds,
      wallSeconds: median(runs.map((r) => r.wallSeconds)),
      pagesPerSecond: result.pages / seconds,
      cpuSeconds: median(runs.map((r) => r.result.cpuSeconds)),
      processCpuSeconds: median(runs.map((r) => r.result.processCpuSeconds)),
      ...(oneCore.length
        ? { oneCoreSeconds: median(oneCore), oneCorePagesPerSecond: result.pages / median(oneCore) }
        : {}),
    };
  });
}

/**
 * One export of one target into a fresh folder under `outDir`.
 * @param {string} root
 * @param {string} handbookRoot
 * @param {string} target
 * @param {string} outDir
 * @param {boolean} [oneCore] hold the process to the first core (`taskset -c 0`)
 * @returns {{ result: any, wallSeconds: number } | { error: string }}
 */
function exportOnce(root, handbookRoot, target, outDir, oneCore = false) {
  // Each export writes tens of megabytes; flush the last one's, so no run pays for another's.
  spawnSync('sync');
  const out = target === BOOKLET ? join(outDir, 'booklet.html') : join(outDir, target);
  const started = performance.now();
  const args = [join(root, 'bin', 'handbook.mjs'), 'export', '--target', target, '--out', out, '--json'];
  const run = spawnSync(
    oneCore ? 'taskset' : process.execPath,
    oneCore ? ['-c', '0', process.execPath, ...args] : args,
    {
      cwd: root,
      env: { ...process.env, HANDBOOK_ROOT: handbookRoot },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    return {
      error: `exit ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(0, 3).join(' ')}`,
    };
  }
  try {
    return { result: JSON.parse(run.stdout), wallSeconds };
  } catch {
    return { error: `unexpected output: ${run.stdout.slice(0, 200)}` };
  }
}
