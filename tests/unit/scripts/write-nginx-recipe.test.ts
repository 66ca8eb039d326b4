import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from '../../paths';
import { notUpstreamDefault } from '../../../src/config/settings';

/**
 * `npm run deploy:nginx` refreshes upstream's recipe from upstream's build, and refuses in a
 * fork, whose own dist/_nginx.conf is its recipe: deploy/nginx/handbook.conf is upstream's file.
 */
const scratch = mkdtempSync(join(tmpdir(), 'handbook-recipe-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BUILT = 'server {\n    listen 8080;  # edit: port\n    root /tmp/x/dist;  # edit: folder\n}\n';
const SHIPPED = '# upstream recipe\n';

/** A project folder with a build and the shipped recipe, and `config` as its handbook.config.yaml. */
function project(name: string, config?: string) {
  const root = join(scratch, name);
  mkdirSync(join(root, 'dist'), { recursive: true });
  mkdirSync(join(root, 'deploy', 'nginx'), { recursive: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'dist', '_nginx.conf'), BUILT);
  writeFileSync(join(root, 'deploy', 'nginx', 'handbook.conf'), SHIPPED);
  if (config !== undefined) writeFileSync(join(root, 'handbook.config.yaml'), config);
  return root;
}

/** Runs the script in `root` with only `env` of the HANDBOOK_ settings. */
function run(root: string, env: Record<string, string> = {}) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('HANDBOOK_')),
  );
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'write-nginx-recipe.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, ...env, NO_COLOR: '1' },
  });
  return {
    code: result.status,
    output: `${result.stdout}${result.stderr}`,
    recipe: readFileSync(join(root, 'deploy', 'nginx', 'handbook.conf'), 'utf8'),
  };
}

describe('npm run deploy:nginx', () => {
  test('in upstream (no config), writes the recipe from the build with the placeholders', () => {
    const { code, output, recipe } = run(project('upstream'));
    expect(code, output).toBe(0);
    expect(recipe).toBe(
      'server {\n    listen 80;  # edit: port\n    root /srv/handbook/dist;  # edit: folder\n}\n',
    );
  });

  test.each<{ name: string; config?: string; env: Record<string, string>; says: string }>([
    {
      name: 'fork-config',
      config: 'base: /handbook/\n',
      env: {},
      says: "a fork's config (handbook.config.yaml)",
    },
    {
      name: 'fork-base',
      config: undefined,
      env: { HANDBOOK_BASE: '/handbook/' },
      says: 'the base is /handbook/',
    },
    {
      name: 'fork-public',
      config: undefined,
      env: { HANDBOOK_VISIBILITY: 'public' },
      says: 'the edition is public',
    },
  ])(
    'in a fork ($name), refuses with exit 1 and leaves upstream’s recipe as it is',
    ({ name, config, env, says }) => {
      const { code, output, recipe } = run(project(name, config), env);
      expect(code).toBe(1);
      expect(output).toContain(says);
      expect(output).toContain("The built dist/_nginx.conf is your fork's recipe to deploy");
      expect(recipe).toBe(SHIPPED);
    },
  );
});

describe('notUpstreamDefault', () => {
  const upstream = { configFile: undefined, base: '/', visibility: 'internal' as const, layers: ['content'] };
  test('is undefined for upstream’s default build, and says what makes any other build a fork’s', () => {
    expect(notUpstreamDefault(upstream)).toBeUndefined();
    expect(
      notUpstreamDefault({ ...upstream, layers: ['content', 'local'], configFile: 'handbook.config.yaml' }),
    ).toBe("a fork's config (handbook.config.yaml) is in effect");
    expect(notUpstreamDefault({ ...upstream, base: '/hb/' })).toMatch(/base is \/hb\//);
    expect(notUpstreamDefault({ ...upstream, visibility: 'public' })).toMatch(/edition is public/);
    expect(notUpstreamDefault({ ...upstream, layers: ['tests/fixtures/x/content'] })).toMatch(
      /HANDBOOK_CONTENT_DIR/,
    );
  });
});
