// @ts-check
// What a run leaves behind, and ending it: scratch folders and the processes it started are
// removed and ended when the run ends, fails or is interrupted.
import { readFileSync, rmSync } from 'node:fs';

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
/** @type {Set<string>} */
const folders = new Set();

/**
 * Remembers a child process so that an interrupted run ends it; forgets it when it exits.
 * @param {import('node:child_process').ChildProcess} child
 */
export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/**
 * Remembers a scratch folder to remove at the end.
 * @param {string} dir
 */
export function scratchFolder(dir) {
  folders.add(dir);
  return dir;
}

/** Whether a process has ended (gone, or a zombie waiting for its parent to read its status). */
function ended(/** @type {number} */ pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

/** Waits synchronously (this may run in a signal handler, where nothing async gets to run). */
function sleep(/** @type {number} */ ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Ends every tracked process by its own id (SIGTERM, then SIGKILL after 3 s), waits until they
 * have ended so that none writes into a scratch folder any more, then removes every scratch
 * folder. Synchronous.
 */
export function cleanUp() {
  const pids = [...children].map((child) => child.pid).filter((pid) => pid !== undefined);
  for (const child of children) {
    try {
      child.kill('SIGTERM');
    } catch {
      // already gone
    }
  }
  children.clear();
  for (let waited = 0; waited < 3000 && !pids.every(ended); waited += 50) sleep(50);
  for (const pid of pids.filter((p) => !ended(p))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

/**
 * On Ctrl-C, a termination request or an error nothing caught (a library's unhandled `error`
 * event), cleans up before the process ends.
 */
export function cleanUpOnExit() {
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: cleaning up\n`);
      cleanUp();
      process.exit(130);
    });
  }
  for (const event of /** @type {const} */ (['uncaughtException', 'unhandledRejection'])) {
    process.once(event, (error) => {
      process.stderr.write(
        `\nbench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      cleanUp();
      process.exit(2);
    });
  }
}
