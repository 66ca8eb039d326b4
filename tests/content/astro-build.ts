import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll } from 'vitest';
import { ROOT } from '../paths';

/** The site's build, as `npm run build` runs it. */
const BUILD_SCRIPT = join(ROOT, 'scripts', 'build.mjs');

/** What a real `astro build` did: its exit code, everything it printed, and where it built. */
export interface Build {
  code: number | null;
  output: string;
  dist: string;
}

/**
 * Runs the real build (`npm run build`'s script) with `env` (a fixture's content or config) into a scratch folder,
 * once per `name` in a test file, and returns what happened. Scratch folders go at the end.
 */
export function astroBuilder(): (name: string, env: Record<string, string>) => Build {
  const scratch = mkdtempSync(join(tmpdir(), 'handbook-builds-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const builds = new Map<string, Build>();
  return (name, env) => {
    const done = builds.get(name);
    if (done) return done;
    const dist = join(scratch, name, 'dist');
    // Vitest puts Vite's own variables (BASE_URL, MODE, …) into the environment; a child build
    // must not inherit them.
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key)),
    );
    const result = spawnSync(process.execPath, [BUILD_SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...inherited,
        ...env,
        HANDBOOK_OUT_DIR: dist,
        HANDBOOK_CACHE_DIR: join(scratch, name, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    // Strip ANSI colour codes so assertions read plain text.
    const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    builds.set(name, { code: result.status, output, dist });
    return builds.get(name)!;
  };
}
