import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DIST, ROOT } from '../paths';
import { NGINX_PATH } from '../../scripts/nginx-path.mjs';
import { loadSettings, notUpstreamDefault } from '../../src/config/settings';

/**
 * Why the build under test is not upstream's default one (a fork's config, a base, …), or
 * undefined: deploy/nginx/handbook.conf is upstream's recipe, made from upstream's build only.
 */
const fork = notUpstreamDefault(loadSettings(process.env, ROOT));

/** A server block with the two lines a deployer edits taken out. */
const withoutEdits = (conf: string) =>
  conf
    .split('\n')
    .filter((line) => !/^\s*(root|listen) /.test(line))
    .join('\n');

describe('the header files for every host', () => {
  const built = readFileSync(join(DIST, '_nginx.conf'), 'utf8');
  const recipe = readFileSync(join(ROOT, 'deploy/nginx/handbook.conf'), 'utf8');

  test('deploy/nginx/handbook.conf is what this build generates, but for root and listen', ({ skip }) => {
    // A fork's build makes a different block, its own recipe (dist/_nginx.conf); upstream's file
    // stays as upstream ships it.
    skip(
      Boolean(fork),
      `upstream's recipe, compared with upstream's default build only: ${fork}; deploy this build's dist/_nginx.conf`,
    );
    expect(
      withoutEdits(recipe),
      'deploy/nginx/handbook.conf is out of date: run `npm run build && npm run deploy:nginx` and commit it',
    ).toBe(withoutEdits(built));
    expect(recipe).toMatch(/^\s+listen 80; .*# edit/m);
    expect(recipe).toMatch(/^\s+root \/srv\/handbook\/dist; .*# edit/m);
  });

  test('nginx accepts the recipe as it is shipped', () => {
    expect(existsSync(NGINX_PATH), `nginx at ${NGINX_PATH} (npm test installs it)`).toBe(true);
    const scratch = mkdtempSync(join(tmpdir(), 'handbook-nginx-t-'));
    try {
      writeFileSync(
        join(scratch, 'nginx.conf'),
        `pid ${scratch}/nginx.pid;\nerror_log ${scratch}/error.log;\nevents {}\nhttp {\n  access_log off;\n  include ${join(ROOT, 'deploy/nginx/handbook.conf')};\n}\n`,
      );
      const result = spawnSync(NGINX_PATH, ['-t', '-p', scratch, '-c', join(scratch, 'nginx.conf')], {
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('_headers carries the same headers as the nginx block, and a year’s cache for hashed assets', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const fromNginx = [...built.matchAll(/add_header (\S+) "(.*)" always;/g)].map(([, name, value]) => [
      name,
      value!.replace(/\\"/g, '"'),
    ]);
    expect(fromNginx.length).toBeGreaterThanOrEqual(5);
    for (const [name, value] of fromNginx) expect(headers).toContain(`  ${name}: ${value}`);
    expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  test('every page carries the policy as a meta tag too, first in its head, without frame-ancestors', () => {
    const page = readFileSync(join(DIST, 'start/how-to-use/index.html'), 'utf8');
    const meta = /<head[^>]*><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page);
    expect(meta, 'the meta tag, first in <head>').not.toBeNull();
    const header = /add_header Content-Security-Policy "(.*)" always;/.exec(built)![1]!;
    expect(meta![1]!.replace(/&#39;|&apos;/g, "'")).toBe(header.replace(/; frame-ancestors [^;]*$/, ''));
  });
});
