import { afterAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadHandbookFromDisk } from '../../src/config/read-content';
import { loadSettings } from '../../src/config/settings';

/**
 * The upgrade a fork makes, with real git: upstream changes a page the fork has replaced in
 * local/, and `git pull` merges with no conflict while the fork's page still wins.
 */
const scratch = mkdtempSync(join(tmpdir(), 'handbook-upgrade-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const write = (root: string, path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const page = (title: string, body: string) =>
  `---\ntitle: ${title}\naudience: [engineer]\nkind: about\nsection: start\nlastReviewed: 2026-11-01\nsources: []\n---\n\n${body}\n`;

test('a fork pulls an upstream change to a page it replaced: no conflict, and its own page still wins', () => {
  const upstream = join(scratch, 'upstream');
  const fork = join(scratch, 'fork');
  mkdirSync(upstream);
  git(upstream, 'init', '-q');
  write(upstream, 'content/docs/start/on-call.mdx', page('On-call', 'Upstream’s first version.'));
  write(upstream, 'content/docs/start/other.mdx', page('Other', 'Upstream’s other page.'));
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-qm', 'upstream: first version');

  git(scratch, 'clone', '-q', upstream, fork);
  write(fork, 'handbook.config.yaml', 'name: Acme Engineering Handbook\n');
  write(fork, 'local/docs/start/on-call.mdx', page('On-call at Acme', 'Acme’s own rota and rules.'));
  git(fork, 'add', '-A');
  git(fork, 'commit', '-qm', 'fork: our name and our on-call page');

  write(upstream, 'content/docs/start/on-call.mdx', page('On-call', 'Upstream’s second version, rewritten.'));
  write(upstream, 'content/docs/start/other.mdx', page('Other', 'Upstream’s other page, improved.'));
  git(upstream, 'commit', '-qam', 'upstream: rewrite on-call, improve other');

  // The upgrade step the "Fork it and self-host it" page gives: fetch and merge.
  git(fork, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');
  expect(git(fork, 'status', '--porcelain')).toBe('');
  expect(git(fork, 'log', '--format=%s', '-1')).toMatch(/^Merge branch 'main'/);
  expect(readFileSync(join(fork, 'content/docs/start/on-call.mdx'), 'utf8')).toContain('second version');

  const settings = loadSettings({}, fork);
  expect(settings.layers).toEqual(['content', 'local']);
  const { handbook, problems } = loadHandbookFromDisk(settings, fork);
  expect(problems).toEqual([]);
  const onCall = handbook.pages.find((p) => p.route === '/start/on-call/')!;
  expect(onCall.file).toBe('local/docs/start/on-call.mdx');
  expect(onCall.title).toBe('On-call at Acme');
  expect(handbook.pages.find((p) => p.route === '/start/other/')!.body).toContain('improved');
});
