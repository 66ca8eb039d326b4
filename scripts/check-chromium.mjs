// Browser tests need Debian's Chromium (Playwright's own browser download is not used).
// If it is missing: install it when we can (root on Debian/Ubuntu, as on CI), otherwise stop
// and print the exact command. A browser test is never silently skipped.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { CHROMIUM_PATH } from './chromium-path.mjs';

if (!existsSync(CHROMIUM_PATH)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log("Chromium is missing; installing Debian's chromium package (about 20 s)...");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      [
        `The browser tests need Chromium at ${CHROMIUM_PATH}, and it is not there.`,
        'Install it with:   sudo apt-get install -y chromium',
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run the tests again.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
