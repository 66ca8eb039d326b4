import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_PATH } from './scripts/chromium-path.mjs';
import { loadSettings } from './src/config/settings';

/** The port the built site is served on during tests (not 4321, so a running `npm start` is fine). */
const PORT = Number(process.env.HANDBOOK_TEST_PORT ?? 4399);
/**
 * The built site under test and its base: `dist/` at the root by default; `npm test` also runs
 * the suite on a fork's build under a sub-path (HANDBOOK_E2E_DIST, and the fork's HANDBOOK_CONFIG).
 */
const DIST = process.env.HANDBOOK_E2E_DIST ?? 'dist';
const BASE = loadSettings(process.env).base;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Generous limits, so a busy machine makes the suite slower, never red: a passing assertion
  // returns as soon as it holds, so these cost nothing when the machine is idle.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Debian's Chromium, with everything that would phone home switched off.
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-sandbox',
      ],
    },
  },
  webServer: {
    // Tests run against the built site (npm test builds it first), served on loopback only by
    // real nginx with the server block the build wrote, so every test sees the real headers.
    command: `node scripts/serve-nginx.mjs --port ${PORT} --dir ${DIST}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Playwright's default is SIGKILL, which left the server's scratch folder (the nginx
    // config and logs under /tmp) behind after every run; SIGTERM lets it stop nginx and clean up.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
