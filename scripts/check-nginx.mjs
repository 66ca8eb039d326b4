// The browser tests serve the site through real nginx (Debian's), with the server block the
// build writes. If it is missing: install it when we can (root on Debian/Ubuntu, as on CI),
// without starting the system service; otherwise stop and print the exact command.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { NGINX_PATH } from './nginx-path.mjs';

if (!existsSync(NGINX_PATH)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.NGINX_PATH) {
    console.log("nginx is missing; installing Debian's nginx package (about 10 s), without starting it...");
    // policy-rc.d tells the package not to start its service: the tests start their own nginx.
    const policy = '/usr/sbin/policy-rc.d';
    const ours = !existsSync(policy);
    if (ours) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light', {
        stdio: 'inherit',
      });
    } finally {
      if (ours) rmSync(policy, { force: true });
    }
  }
  if (!existsSync(NGINX_PATH)) {
    console.error(
      [
        `The browser tests need nginx at ${NGINX_PATH}, and it is not there.`,
        'Install it with:   sudo apt-get install -y nginx-light   (the tests start and stop their own)',
        'or point NGINX_PATH at an nginx binary, then run the tests again.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
