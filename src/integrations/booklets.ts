import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteBuild } from '../config/site-build';
import { buildBooklet } from '../lib/booklet/booklet';
import { bookletRoute, siteBookletSections } from '../lib/booklet/site-booklets';

/**
 * After the build: one offline booklet per section the config lists (incidents by default),
 * written to /booklets/<section>.html and linked as "Download this section" from the section's
 * pages. Runs before the security headers, so each booklet's inline style and search script are
 * hashed into the Content-Security-Policy like the site's own.
 */
export function bookletsIntegration(): AstroIntegration {
  return {
    name: 'handbook:booklets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { settings, handbook } = siteBuild();
        const out = fileURLToPath(dir);
        for (const section of siteBookletSections(settings.config, handbook)) {
          const booklet = buildBooklet({
            handbook,
            sections: [section],
            name: settings.config.name,
            siteUrl: settings.publicSite && `${settings.publicSite.replace(/\/$/, '')}${settings.base}`,
            date: settings.today.toISOString().slice(0, 10),
          });
          const file = join(out, bookletRoute(section));
          mkdirSync(join(out, 'booklets'), { recursive: true });
          writeFileSync(file, booklet.html);
          logger.info(
            `${bookletRoute(section)}: ${booklet.pages.length} pages, ${Math.round(booklet.html.length / 1024)} kB`,
          );
        }
      },
    },
  };
}
