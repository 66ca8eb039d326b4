import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../config/settings';
import {
  inlineCode,
  policyHeader,
  policyMeta,
  withPolicyMeta,
  type PolicyInput,
} from '../lib/security/policy';
import { securityHeaders } from '../lib/security/headers';
import { HOST_FILES, headersFile, nginxLocation, nginxServer } from '../lib/security/host-files';

/**
 * After the build: hashes every inline script and style the pages contain, makes the
 * Content-Security-Policy from them, writes it into each page as a `<meta>` tag (for hosts that
 * cannot send headers), and writes the header files for nginx (`_nginx.conf`) and for Netlify
 * and Cloudflare Pages (`_headers`) next to the pages. A new inline script gets its hash here,
 * so the policy never lags behind the site; nothing is kept by hand.
 */
export function securityHeadersIntegration(settings: Settings): AstroIntegration {
  return {
    name: 'handbook:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name));
        const sha = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const texts = pages.map((file) => {
          const html = readFileSync(file, 'utf8');
          const code = inlineCode(html);
          code.scripts.forEach((s) => scripts.add(sha(s)));
          code.styles.forEach((s) => styles.add(sha(s)));
          return html;
        });
        const input: PolicyInput = {
          scriptHashes: [...scripts],
          styleHashes: [...styles],
          frameAncestors: settings.config.frameAncestors,
        };
        const meta = policyMeta(input);
        pages.forEach((file, i) => writeFileSync(file, withPolicyMeta(texts[i]!, meta)));
        const headers = securityHeaders({ policy: policyHeader(input), visibility: settings.visibility });
        writeFileSync(join(out, HOST_FILES.headers), headersFile({ base: settings.base, headers }));
        // `npm run build` builds in a staging folder and then puts it in place: the block's root is
        // where the site will be served from (scripts/build.mjs).
        const served = process.env.HANDBOOK_SERVED_DIR ?? out;
        const root = served.replace(/\/$/, '');
        writeFileSync(
          join(out, HOST_FILES.nginx),
          nginxServer({ root, listen: '8080', base: settings.base, headers }),
        );
        // Under a sub-path, the same as locations to include in a server the company already runs.
        if (settings.base !== '/')
          writeFileSync(
            join(out, HOST_FILES.nginxLocation),
            nginxLocation({ root, base: settings.base, headers }),
          );
        logger.info(
          `Content-Security-Policy: ${scripts.size} inline script(s) and ${styles.size} inline style(s) allowed by hash; ${HOST_FILES.nginx} and ${HOST_FILES.headers} written`,
        );
      },
    },
  };
}
