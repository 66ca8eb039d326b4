// The browser tests serve the site through real nginx (Debian's), with the server block the
// build writes; they start and stop their own, so the package's service is never started.
import { ensureDebianPackage } from './debian-package.mjs';
import { NGINX_PATH } from './nginx-path.mjs';

ensureDebianPackage({
  binary: NGINX_PATH,
  pkg: 'nginx-light',
  envVar: 'NGINX_PATH',
  purpose: 'nginx',
  noService: true,
});
