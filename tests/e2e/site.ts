import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseMdx } from '../../src/lib/export/parse';
import { embeddedData } from '../../src/lib/content-check/references';
import { loadValidHandbook } from '../../src/config/read-content';
import { loadSettings } from '../../src/config/settings';
import type { Handbook } from '../../src/lib/handbook/model';
import type { Assessment } from '../../src/schemas/assessment';
import { DIST, ROOT } from '../paths';

/**
 * The settings the site under test was built with: upstream's by default; a fork's when
 * HANDBOOK_CONFIG names one (npm test also runs this suite on the fork fixture under /hb/).
 */
export const settings = loadSettings(process.env, ROOT);

/** The handbook as the site was built from it: the one model, read from disk with the same settings. */
export const handbook: Handbook = loadValidHandbook(settings, ROOT);

/** The built site the suite runs against. */
export const SITE_DIST = process.env.HANDBOOK_E2E_DIST ?? DIST;

/**
 * Every page the build produced, as a URL path (`/`, `/start/how-to-use/`, `/404.html`).
 * Read from `dist/` so the browser tests cover each page the build makes, not a sample.
 */
export function builtPages(dir: string = SITE_DIST): string[] {
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

/** Where each checklist and assessment is embedded, by reading every page for the components. */
const embedded: { component: string; id: string; route: string }[] = handbook.pages.flatMap((page) =>
  embeddedData(parseMdx(page.text ?? page.body)).map((e) => ({
    component: e.component,
    id: e.id!,
    route: page.route,
  })),
);

/** Pages with an interactive part: a checklist or an assessment. */
const interactivePages = new Set([...embedded.map((e) => e.route), ...handbook.derived.map((d) => d.route)]);

/** Every assessment with the page a reader takes it on: embedded ones, and each derived check's own page. */
export function instruments(): { assessment: Assessment; page: string; derived: boolean }[] {
  const on = embedded.filter((e) => e.component === 'Assessment');
  return handbook.assessments.map((assessment) => {
    const derived = handbook.derived.find((d) => d.assessment === assessment);
    const page = derived?.route ?? on.find((e) => e.id === assessment.id)?.route;
    if (!page) throw new Error(`Assessment ${assessment.id} is on no page of content/docs.`);
    return { assessment, page, derived: Boolean(derived) };
  });
}

/**
 * The kind of a built page, from the model: a generated kind (`level`, `compare`, …), `doc`
 * for a hand-written page, `interactive` for any page with a checklist or an assessment,
 * `booklet` for an offline booklet (one file of its own, themed by the reader's system), or
 * `other` (404). Pages of one kind share their layout and components.
 */
export function pageKind(path: string): string {
  if (interactivePages.has(path)) return `interactive ${path}`;
  const generated = handbook.generated.find((g) => g.route === path);
  if (generated) return generated.kind;
  if (handbook.pages.some((p) => p.route === path)) return path === '/' ? 'home' : 'doc';
  if (path.startsWith('/booklets/')) return 'booklet';
  return 'other';
}
