import { join } from 'node:path';

/** Folders every test layer refers to, in one place so moving a test never breaks a path. */
export const ROOT = join(import.meta.dirname, '..');
/** The handbook's own content. */
export const CONTENT = join(ROOT, 'content');
/** Small handbooks and data files made for tests. */
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The folder `npm run build` writes the site to. */
export const DIST = join(ROOT, 'dist');
