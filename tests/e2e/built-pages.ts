import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder `npm run build` writes the site to. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * Every page the build produced, as a URL path (`/`, `/start/how-to-use/`, `/404.html`).
 * Read from `dist/` so the browser tests cover each page the build makes, not a sample.
 */
export function builtPages(dir: string = DIST): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        pages.push(
          rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`,
        );
      }
    }
  };
  walk(dir);
  if (pages.length === 0) throw new Error(`No built pages in ${dir}. Run \`npm run build\` first.`);
  return pages.sort();
}
