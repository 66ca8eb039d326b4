// Browser tests need Debian's Chromium (Playwright's own browser download is not used).
import { ensureDebianPackage } from './debian-package.mjs';
import { CHROMIUM_PATH } from './chromium-path.mjs';

ensureDebianPackage({ binary: CHROMIUM_PATH, pkg: 'chromium', envVar: 'CHROMIUM_PATH', purpose: 'Chromium' });
