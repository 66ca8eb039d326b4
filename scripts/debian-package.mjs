// What the browser tests need from Debian (Chromium, nginx): if the binary is missing, install
// its package when we can (root on Debian/Ubuntu, as on CI), otherwise stop and print the exact
// command. A browser test is never silently skipped.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

/**
 * @param {object} need
 * @param {string} need.binary where the tests look for it
 * @param {string} need.pkg the Debian package that provides it
 * @param {string} need.envVar the variable that points the tests at another binary
 * @param {string} need.purpose what the tests use it for, for the messages
 * @param {boolean} [need.noService] keep the package from starting a system service on install
 */
export function ensureDebianPackage({ binary, pkg, envVar, purpose, noService = false }) {
  if (existsSync(binary)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get') && !process.env[envVar]) {
    console.log(
      `${binary} is missing; installing Debian's ${pkg} package${noService ? ' without starting it' : ''}...`,
    );
    // policy-rc.d tells a package not to start its service: the tests start their own.
    const policy = '/usr/sbin/policy-rc.d';
    const ours = noService && !existsSync(policy);
    if (ours) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, {
        stdio: 'inherit',
      });
    } finally {
      if (ours) rmSync(policy, { force: true });
    }
  }
  if (!existsSync(binary)) {
    console.error(
      [
        `The browser tests need ${purpose} at ${binary}, and it is not there.`,
        `Install it with:   sudo apt-get install -y ${pkg}`,
        `or point ${envVar} at another binary, then run the tests again.`,
      ].join('\n'),
    );
    process.exit(1);
  }
}
