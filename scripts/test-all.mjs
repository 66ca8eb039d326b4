// `npm test`: every test layer, in order, with one summary at the end.
//
//   lint → typecheck → unit → build (schemas + links) → content → browser (e2e, axe, privacy)
//   → the same browser suite on a fork: the Acme fixture (its own config and local/ layer),
//     built under the sub-path /hb/
//
// Each step runs even if an earlier one failed, except the browser tests, which need the
// build. The last line is the total count of tests, e.g. "tests: 160 passed, 0 failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const reports = mkdtempSync(join(tmpdir(), 'handbook-tests-'));
const vitestJson = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

/** The fork the browser suite also runs on: tests/fixtures/forks/acme, under /hb/. */
const FORK = {
  HANDBOOK_CONFIG: 'tests/fixtures/forks/acme/handbook.config.yaml',
  HANDBOOK_CACHE_DIR: 'node_modules/.astro-fork',
};

const steps = [
  { name: 'lint', cmd: ['eslint', '.'] },
  { name: 'format', cmd: ['prettier', '--check', '.', '--log-level', 'warn'] },
  { name: 'typecheck', cmd: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'unit', cmd: ['vitest', 'run', ...vitestJson('unit')], report: 'unit.json' },
  { name: 'build', cmd: ['node', 'scripts/build.mjs'] },
  // The browser tests run in Debian's Chromium against real nginx; both are installed if missing.
  { name: 'chromium', cmd: ['node', 'scripts/check-chromium.mjs'] },
  { name: 'nginx', cmd: ['node', 'scripts/check-nginx.mjs'] },
  // The booklet tests print a PDF with Chromium and read its text back with pdftotext.
  { name: 'pdftotext', cmd: ['node', 'scripts/check-pdftotext.mjs'] },
  {
    name: 'content',
    cmd: ['vitest', 'run', '--config', 'vitest.content.config.ts', ...vitestJson('content')],
    report: 'content.json',
  },
  {
    name: 'browser',
    cmd: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'browser.json') },
    report: 'browser.json',
    needs: ['build', 'chromium', 'nginx'],
  },
  { name: 'fork build', cmd: ['node', 'scripts/build.mjs'], env: { ...FORK, HANDBOOK_OUT_DIR: 'dist-fork' } },
  {
    name: 'fork browser',
    cmd: ['playwright', 'test', '--reporter=list,json'],
    env: {
      ...FORK,
      HANDBOOK_E2E_DIST: 'dist-fork',
      PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'fork-browser.json'),
    },
    report: 'fork-browser.json',
    needs: ['fork build', 'chromium', 'nginx'],
  },
];

const results = new Map();
for (const step of steps) {
  const blocked = (step.needs ?? []).filter((name) => results.get(name)?.status !== 'passed');
  if (blocked.length > 0) {
    results.set(step.name, { status: 'not run', detail: `needs ${blocked.join(' and ')}` });
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = step.report ? readCounts(join(reports, step.report)) : undefined;
  results.set(step.name, { status: run.status === 0 ? 'passed' : 'FAILED', seconds, counts });
}

/** Reads passed/failed counts from a Vitest or Playwright JSON report. */
function readCounts(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) return { passed: report.numPassedTests, failed: report.numFailedTests };
  const stats = report.stats ?? {};
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) };
}

rmSync(reports, { recursive: true, force: true });

console.log('\nSummary');
let passed = 0;
let failed = 0;
for (const [name, r] of results) {
  const count = r.counts ? ` (${r.counts.passed} passed, ${r.counts.failed} failed)` : '';
  const time = r.seconds ? ` in ${r.seconds}s` : '';
  console.log(`  ${r.status.padEnd(7)} ${name}${count}${time}${r.detail ? ` — ${r.detail}` : ''}`);
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
  }
  if (r.status !== 'passed' && !r.counts?.failed) failed += 1; // a failed step with no test count counts once
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit([...results.values()].every((r) => r.status === 'passed') ? 0 : 1);
