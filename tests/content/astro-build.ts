import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** Vite's own variables (BASE_URL, MODE, …), which Vitest puts into the environment. */
const VITE_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

/**
 * The environment of a child build: this process's, without Vite's variables and without any
 * HANDBOOK_ setting (a fork's HANDBOOK_BASE or HANDBOOK_VISIBILITY, say), then `env`. A build
 * that names no config gets `defaults`, an empty config file (upstream's defaults, no `local/`
 * beside it), and the base `/`: a fixture handbook is built as upstream builds it, so the
 * handbook.config.yaml of a fork that runs these tests cannot reach it.
 */
export function childEnv(env: Record<string, string>, defaults: string): Record<string, string | undefined> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITE_VARIABLES.includes(key) && !key.startsWith('HANDBOOK_')),
  );
  if (env.HANDBOOK_CONFIG) return { ...inherited, ...env };
  mkdirSync(defaults, { recursive: true });
  const config = join(defaults, 'handbook.config.yaml');
  writeFileSync(config, "# Upstream's defaults: a fixture build reads no fork's config.\n");
  return { ...inherited, HANDBOOK_CONFIG: config, HANDBOOK_BASE: '/', ...env };
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
    const result = spawnSync(process.execPath, [BUILD_SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...childEnv(env, join(scratch, name, 'defaults')),
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
