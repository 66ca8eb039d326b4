// @ts-check
// Runs a command and measures it: wall time, CPU time and peak memory of its whole process tree.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { track } from './cleanup.mjs';

/** A number from `getconf`, or the fallback when it is not available. */
function getconf(/** @type {string} */ name, /** @type {number} */ fallback) {
  const run = spawnSync('getconf', [name], { encoding: 'utf8' });
  const value = Number(run.stdout?.trim());
  return run.status === 0 && value > 0 ? value : fallback;
}

/** Clock ticks per second, the unit of the CPU times in /proc (normally 100). */
export const CLK_TCK = getconf('CLK_TCK', 100);
/** Bytes per memory page, the unit of RSS in /proc/<pid>/stat. */
const PAGE_SIZE = getconf('PAGESIZE', 4096);

/**
 * The fields of /proc/<pid>/stat after the command name (which may hold spaces and brackets),
 * so that field n of proc(5) is `fields[n - 3]`.
 * @param {string | number} pid
 * @returns {string[] | undefined} undefined when the process is gone
 */
function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU time of this process's children that have ended and been waited for (cutime + cstime,
 * proc(5) fields 16 and 17), in clock ticks. A child's own figure includes its waited-for
 * descendants, so the difference before and after a child ends is the CPU of its whole tree.
 */
function childrenCpuTicks() {
  const fields = statFields('self');
  if (!fields) throw new Error('cannot read /proc/self/stat: the benchmark needs Linux');
  return { user: Number(fields[13]), sys: Number(fields[14]) };
}

/**
 * Resident memory of a process and all its descendants, in bytes: one pass over /proc to find
 * every process's parent (field 4), then the sum of RSS (field 24, in pages) over the tree.
 * Shared pages (libraries) are counted once per process, as `ps` would.
 * @param {number} root
 */
function treeRssBytes(root) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {Map<number, number>} */
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (!fields) continue;
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_SIZE);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = /** @type {number} */ (queue.pop());
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * @typedef {object} Measured
 * @property {number | null} code the exit code (null when killed by a signal)
 * @property {string} output stdout and stderr, interleaved as they came
 * @property {number} wallSeconds
 * @property {number} cpuSeconds user + system time of the whole process tree
 * @property {number} userSeconds
 * @property {number} sysSeconds
 * @property {number} peakRssBytes the highest sum of RSS over the process tree, sampled
 * @property {number} samples how many times memory was sampled
 */

/**
 * Runs `command` with an asynchronous spawn (so that memory can be sampled while it runs) and
 * measures it. Nothing else may be started or ended by this process meanwhile: the CPU time is
 * the change in this process's `cutime`/`cstime`, which counts every child that ends.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, intervalMs?: number }} options
 * @returns {Promise<Measured>}
 */
export function measure(command, args, { cwd, env, intervalMs = 100 }) {
  return new Promise((resolve, reject) => {
    const before = childrenCpuTicks();
    const started = performance.now();
    const child = track(spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }));
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      // Keep the last 4 MB: enough for any error message, bounded for a 20,000-page build log.
      if (output.length > 8_000_000) output = output.slice(-4_000_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let peak = 0;
    let samples = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, treeRssBytes(child.pid));
      samples++;
    };
    const timer = setInterval(sample, intervalMs);
    sample();
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      const after = childrenCpuTicks();
      const userSeconds = (after.user - before.user) / CLK_TCK;
      const sysSeconds = (after.sys - before.sys) / CLK_TCK;
      resolve({
        code,
        output,
        wallSeconds,
        cpuSeconds: userSeconds + sysSeconds,
        userSeconds,
        sysSeconds,
        peakRssBytes: peak,
        samples,
      });
    });
  });
}
