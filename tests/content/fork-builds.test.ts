import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { astroBuilder, childEnv } from './astro-build';
import { main } from '../../src/cli/main';
import { loadSettings } from '../../src/config/settings';
import { ROOT } from '../paths';
import { intranetWithHandbook } from './nginx-include';
import { nginxLocation } from '../../src/lib/security/host-files';

/**
 * A team's fork, built for real: tests/fixtures/forks/acme has its own handbook.config.yaml
 * (another name, base /hb/, renamed terms, a section off, level titles, a repository) and a
 * local/ layer (an added page, a replaced page, an internal page, a checklist, a logo, styles).
 */
const ACME = 'tests/fixtures/forks/acme/handbook.config.yaml';
const build = astroBuilder();
const env = (config: string, more: Record<string, string> = {}) => ({ HANDBOOK_CONFIG: config, HANDBOOK_TODAY: '2026-11-28', ...more });
const acme = () => build('acme', env(ACME));
const acmePublic = () => build('acme-public', env(ACME, { HANDBOOK_VISIBILITY: 'public' }));
const settings = loadSettings({ HANDBOOK_CONFIG: ACME }, ROOT);

/** Every file under `dir`, as [path from dir, absolute path]. */
function files(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => [relative(dir, join(e.parentPath, e.name)), join(e.parentPath, e.name)] as [string, string]);
}
const html = (dist: string) => files(dist).filter(([rel]) => rel.endsWith('.html'));
const page = (dist: string, route: string) => readFileSync(join(dist, route, 'index.html'), 'utf8');
/** A file's text; Pagefind's index files are gzipped, so they are read unzipped. */
const textOf = (abs: string) => {
  const bytes = readFileSync(abs);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
};

/**
 * Runs the build into a folder that already holds a site, as a team does that builds in place
 * while nginx serves the folder; returns the exit code, the output, and what is left there.
 */
const inPlace = mkdtempSync(join(tmpdir(), 'handbook-in-place-'));
afterAll(() => rmSync(inPlace, { recursive: true, force: true }));
function buildInPlace(name: string, config: string) {
  const out = join(inPlace, name, 'dist');
  mkdirSync(join(out, 'start'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'the site being served');
  writeFileSync(join(out, 'start', 'index.html'), 'a page being served');
  writeFileSync(join(out, '_nginx.conf'), '# written by the build that made the site being served');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...childEnv(env(config), join(inPlace, name, 'defaults')),
      HANDBOOK_OUT_DIR: out,
      HANDBOOK_CACHE_DIR: join(inPlace, name, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  return {
    code: result.status,
    output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''),
    left: files(out).map(([rel]) => rel).sort(),
  };
}

/** Runs the CLI in-process with the fork's config, returning its exit code and output. */
async function cli(args: string[], config = ACME) {
  const lines: string[] = [];
  const saved = process.env.HANDBOOK_CONFIG;
  process.env.HANDBOOK_CONFIG = config;
  try {
    const code = await main(args, { out: (l) => lines.push(l), err: (l) => lines.push(l), root: ROOT, cwd: ROOT });
    return { code, output: lines.join('\n') };
  } finally {
    if (saved === undefined) delete process.env.HANDBOOK_CONFIG;
    else process.env.HANDBOOK_CONFIG = saved;
  }
}

describe('a fork built with its own config and local/ layer', () => {
  test('builds', () => {
    const { code, output } = acme();
    expect(code, output).toBe(0);
  });

  test('every page carries the fork’s name, and every address sits under its base', () => {
    const { dist } = acme();
    const pages = html(dist);
    expect(pages.length).toBeGreaterThan(100);
    for (const [rel, abs] of pages) {
      const text = readFileSync(abs, 'utf8');
      expect(text, rel).toMatch(/<title>[^<]*Acme Engineering Handbook<\/title>/);
      const outside = [...text.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)]
        .map((m) => m[1]!)
        .filter((url) => !url.startsWith('/hb/') && !url.startsWith('//'));
      expect(outside, rel).toEqual([]);
    }
  });

  test('every page and data file shows the team’s words, and no placeholder is left', () => {
    const { dist } = acme();
    for (const [rel, abs] of html(dist)) {
      const text = readFileSync(abs, 'utf8');
      expect(text, rel).not.toMatch(/\{\{\s*[A-Za-z]+\s*\}\}/);
      // The fork page documents the terms' defaults, so it names them.
      if (!rel.startsWith('start/fork-and-self-host/')) expect(text, rel).not.toContain('#incidents');
    }
    const replaced = page(dist, 'decisions/internal-mobility');
    expect(replaced).toContain('declare it in #war-room and pick a priority from\nP1 to P4. Opsgenie wakes');
    // Upstream's pages use the terms too: the incident pages speak Acme's language.
    const severity = page(dist, 'incidents/severity-levels');
    expect(severity).toContain('A priority level is a promise about how the organization will respond. Say “P1”');
    expect(severity).toContain('<title>Priority levels | Acme Engineering Handbook</title>');
    expect(page(dist, 'management/one-on-ones')).toContain('1:1 page');
    // A checklist from local/checklists, with its terms.
    expect(page(dist, 'start/acme-welcome')).toContain('Announce the release window in #war-room');
  });

  test('the fork’s page replaces upstream’s at the same address; its added pages are built', () => {
    const { dist } = acme();
    expect(page(dist, 'decisions/internal-mobility')).toContain('This is Acme’s version of the page on moving teams');
    expect(page(dist, 'decisions/internal-mobility')).not.toContain('When switching teams beats leaving');
    expect(existsSync(join(dist, 'start/acme-welcome/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'start/acme-on-call-rota/index.html'))).toBe(true);
  });

  test('a section turned off, and a page left out, are gone: no pages, no sidebar entry, no links to them', () => {
    const { dist } = acme();
    expect(existsSync(join(dist, 'tech-leadership'))).toBe(false);
    const left = Object.keys(settings.config.pages ?? {});
    expect(left.length).toBeGreaterThan(0);
    for (const route of left) expect(existsSync(join(dist, route, 'index.html')), route).toBe(false);
    for (const [rel, abs] of html(dist)) {
      const text = readFileSync(abs, 'utf8');
      expect(text, rel).not.toContain('href="/hb/tech-leadership/');
      for (const route of left) expect(text, rel).not.toContain(`href="/hb${route}`);
      // Prose may still name the section; the sidebar does not list it.
      const sidebar = /<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(text)?.[0] ?? '';
      expect(sidebar, rel).not.toContain('Technical leadership');
    }
    // The guide to the handbook no longer sends readers there: the question whose answer is in
    // the section, and the section's own entry in the list of sections, are left out.
    const guide = page(dist, 'start/how-to-use');
    expect(guide).not.toContain('How do I get a team I don');
    expect(guide).not.toContain('the skills that matter once your work reaches beyond your own');
    expect(guide).toContain('Production is down and I');
  });

  test('the fork’s logo, styles, level titles, edit and report links, and review dates are used', () => {
    const { dist } = acme();
    const home = page(dist, '');
    const logo = /<img[^>]+src="(\/hb\/_astro\/acme-logo[^"]+)"/.exec(home);
    expect(logo, 'the logo').not.toBeNull();
    const css = files(dist).filter(([rel]) => rel.endsWith('.css')).map(([, abs]) => readFileSync(abs, 'utf8'));
    expect(css.some((c) => c.includes('--acme-fork-marker'))).toBe(true);
    expect(page(dist, 'ladders/ic-engineering')).toContain('Software Engineer III');
    const added = page(dist, 'start/acme-welcome');
    expect(added).toContain(
      'href="https://gitlab.acme.example/eng/handbook/-/edit/main/tests/fixtures/forks/acme/local/docs/start/acme-welcome.mdx"',
    );
    expect(added).toContain('href="https://gitlab.acme.example/eng/handbook/-/issues/new?issue%5Btitle%5D=');
    // Upstream's pages are not the fork's to edit: no edit link, still "Report a problem". The
    // fork's replacement of one of them is its own file, and keeps its edit link.
    const upstream = page(dist, 'incidents/on-call');
    expect(upstream).not.toContain('/-/edit/');
    expect(upstream).toContain('href="https://gitlab.acme.example/eng/handbook/-/issues/new?issue%5Btitle%5D=');
    expect(page(dist, 'decisions/internal-mobility')).toContain(
      'href="https://gitlab.acme.example/eng/handbook/-/edit/main/tests/fixtures/forks/acme/local/docs/decisions/internal-mobility.mdx"',
    );
    // The internal rota is a month overdue: its page says so, and the review list names it under its owner.
    expect(page(dist, 'start/acme-on-call-rota')).toContain('This page was due for review on');
    expect(page(dist, 'start/acme-welcome')).not.toContain('This page was due for review on');
    const due = page(dist, 'due-for-review');
    expect(due).toMatch(/<h2 id="owner-1">@sre-team<\/h2>\s*<ul>\s*<li>\s*<a href="\/hb\/start\/acme-on-call-rota\/">Acme on-call rota<\/a>: due/);
  });

  test('the GFM export shows the fork’s name and words, and leaves the section out', async () => {
    const out = join(acme().dist, '..', 'gfm');
    const { code, output } = await cli(['export', '--target', 'gfm', '--out', out]);
    expect(code, output).toBe(0);
    const exported = files(out).map(([rel, abs]) => [rel, readFileSync(abs, 'utf8')] as const);
    expect(exported.find(([rel]) => rel === 'index.md')![1]).toMatch(/^# Acme Engineering Handbook\n/);
    expect(exported.find(([rel]) => rel === 'decisions/internal-mobility.md')![1]).toContain('declare it in #war-room');
    expect(exported.some(([rel]) => rel.startsWith('tech-leadership'))).toBe(false);
    for (const [rel, text] of exported) {
      expect(text, rel).not.toMatch(/\{\{\s*[A-Za-z]+\s*\}\}/);
      if (rel !== 'start/fork-and-self-host.md') expect(text, rel).not.toContain('#incidents');
    }
    // The licence's credit ends upstream's pages and the fork's version of one; the fork's own page is its own.
    const credit = '_Adapted from the open-source Engineering Handbook, under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)._';
    const textOf = (rel: string) => exported.find(([r]) => r === rel)![1];
    expect(textOf('incidents/on-call.md').trimEnd().endsWith(credit)).toBe(true);
    expect(textOf('decisions/internal-mobility.md').trimEnd().endsWith(credit)).toBe(true);
    expect(textOf('start/acme-welcome.md')).not.toContain('Adapted from the open-source Engineering Handbook');
  });

  test('the fork’s home page credits upstream', () => {
    const { dist } = acme();
    const licence = (route: string) => /<dt[^>]*>Licence<\/dt>\s*<dd[^>]*>(.*?)<\/dd>/.exec(page(dist, route))?.[1];
    expect(licence('')).toBe(
      'Adapted from the open-source Engineering Handbook, under <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>',
    );
    expect(licence('incidents/on-call')).toBeUndefined();
  });

});

describe('under a sub-path, inside a server the company already runs', () => {
  test('_nginx-location.conf, included there, serves the handbook with its headers and leaves the rest alone', async () => {
    const { dist } = acme();
    // The headers the whole-server block sends, which the include must send too.
    const server = readFileSync(join(dist, '_nginx.conf'), 'utf8');
    const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(server)![1]!;
    const asset = files(join(dist, '_astro')).find(([rel]) => rel.endsWith('.css'))![0];
    // The public edition of another handbook at /pub/ in the same server: each keeps its own redirects.
    const other = nginxLocation({ root: dist, base: '/pub/', headers: [['X-Other', 'pub']] });
    const { origin, stop } = await intranetWithHandbook(dist, [other]);
    try {
      const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });
      expect(await (await get('/')).text()).toBe('the intranet\n');

      for (const [path, cache] of [
        ['/hb/', 'no-cache'],
        ['/hb/incidents/on-call/', 'no-cache'],
        [`/hb/_astro/${asset}`, 'public, max-age=31536000, immutable'],
      ] as const) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-security-policy'), path).toBe(csp);
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('cache-control'), path).toBe(cache);
      }
      expect((await get('/hb/')).headers.get('content-type')).toBe('text/html; charset=utf-8');

      // One address per page: without the closing slash, and the base without it, redirect.
      for (const [path, to] of [
        ['/hb', '/hb/'],
        ['/hb/incidents/on-call', '/hb/incidents/on-call/'],
      ] as const) {
        const response = await get(path);
        expect(response.status, path).toBe(301);
        expect(response.headers.get('location'), path).toBe(to);
        // Redirects are the handbook's responses too: its headers, not the host's bare defaults.
        expect(response.headers.get('content-security-policy'), path).toBe(csp);
        expect(response.headers.get('cache-control'), path).toBe('no-cache');
      }
      const elsewhere = await get('/pub/incidents/on-call');
      expect(elsewhere.headers.get('location')).toBe('/pub/incidents/on-call/');
      expect(elsewhere.headers.get('x-other')).toBe('pub');

      // A missing page is the handbook's own 404 page, with the headers; the build's files are not served.
      const missing = await get('/hb/no-such-page/');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-security-policy')).toBe(csp);
      expect(await missing.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
      for (const path of ['/hb/_nginx.conf', '/hb/_nginx-location.conf', '/hb/_headers'])
        expect((await get(path)).status, path).toBe(404);
    } finally {
      stop();
    }
  });
});

describe('the public edition of the same fork', () => {
  const SECRET = ['Zebra-Quokka', 'Acme on-call rota', 'acme-on-call-rota'];

  test('builds, with no trace of the internal page in HTML, sidebar, search index or sitemap', () => {
    const { code, output, dist } = acmePublic();
    expect(code, output).toBe(0);
    expect(existsSync(join(dist, 'start/acme-on-call-rota'))).toBe(false);
    // The public edition has a sitemap for search engines; the internal one has none.
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    expect(existsSync(join(acme().dist, 'sitemap-index.xml'))).toBe(false);
    expect(page(dist, '')).not.toContain('name="robots"');
    expect(page(acme().dist, '')).toContain('<meta name="robots" content="noindex"/>');
    const all = files(dist).filter(([rel]) => !/\.(png|jpe?g|webp|avif|wasm|woff2?)$/.test(rel));
    expect(all.some(([rel]) => rel.startsWith('pagefind/fragment/'))).toBe(true);
    for (const [rel, abs] of all) {
      const text = textOf(abs);
      for (const secret of SECRET) expect(text.includes(secret), `${secret} in ${rel}`).toBe(false);
    }
  });

  test('its exports leave the internal page out too', async () => {
    const out = join(acmePublic().dist, '..', 'gfm');
    const saved = process.env.HANDBOOK_VISIBILITY;
    process.env.HANDBOOK_VISIBILITY = 'public';
    try {
      expect((await cli(['export', '--target', 'gfm', '--out', out])).code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.HANDBOOK_VISIBILITY;
      else process.env.HANDBOOK_VISIBILITY = saved;
    }
    for (const [rel, abs] of files(out))
      for (const secret of SECRET) expect(readFileSync(abs, 'utf8').includes(secret), `${secret} in ${rel}`).toBe(false);
  });
});

describe('a fork’s mistakes stop the build and `handbook check` alike, saying where', () => {
  test('an unknown config key and a value of the wrong type: each key path, its line and the fix', async () => {
    const config = 'tests/fixtures/forks/bad-config/handbook.config.yaml';
    const says = [
      `${config}:6: terms.severty: unknown term`,
      `${config}:7: reviewEvery: write a period like "6 months", "2 weeks" or "1 year"`,
    ];
    const built = build('bad-config', env(config));
    expect(built.code).not.toBe(0);
    for (const line of says) expect(built.output).toContain(line);
    expect(built.output).toContain('(did you mean severity?)');
    const checked = await cli(['check'], config);
    expect(checked.code).toBe(1);
    for (const line of says) expect(checked.output).toContain(line);
  });

  test('a config mistake stops the build before Astro empties its output folder: the site being served stays', () => {
    const built = buildInPlace('bad-config', 'tests/fixtures/forks/bad-config/handbook.config.yaml');
    expect(built.code).toBe(1);
    expect(built.output).toContain('tests/fixtures/forks/bad-config/handbook.config.yaml:6: terms.severty: unknown term');
    expect(built.left).toEqual(['_nginx.conf', 'index.html', join('start', 'index.html')]);
  });

  test('level titles naming a level or ladder that does not exist, and a booklet of a section turned off: config mistakes like any other, stopped before the output folder is touched', async () => {
    const config = 'tests/fixtures/forks/bad-levels/handbook.config.yaml';
    const says = [
      `${config}:12: booklets.1: decisions is turned off in sections (line 6); remove it from booklets or turn the section on`,
      `${config}:9: levels.ic-engineering.senoir: ladder "ic-engineering" has no level "senoir" (did you mean senior?); use one of its level ids: junior, mid, senior, staff, principal`,
      `${config}:10: levels.ic-engineerin: there is no ladder "ic-engineerin" (did you mean ic-engineering?); use one of the ladder ids: engineering-management, ic-engineering, product-management`,
    ];
    const built = buildInPlace('bad-levels', config);
    expect(built.code).toBe(1);
    for (const line of says) expect(built.output).toContain(line);
    expect(built.left).toEqual(['_nginx.conf', 'index.html', join('start', 'index.html')]);
    const checked = await cli(['check'], config);
    expect(checked.code).toBe(1);
    for (const line of says) expect(checked.output).toContain(line);
  });

  test('a placeholder that names no term: its file and line', async () => {
    const config = 'tests/fixtures/forks/unknown-term/handbook.config.yaml';
    const says = 'tests/fixtures/forks/unknown-term/local/docs/start/paging.mdx:11: {{pagerTool}} is not a term';
    // Built over a site being served: a build that fails leaves it as it was (scripts/build.mjs
    // builds in a staging folder), however far Astro got before failing.
    const built = buildInPlace('unknown-term', config);
    expect(built.code).toBe(1);
    expect(built.output).toContain('paging.mdx');
    expect(built.output).toContain('{{pagerTool}} is not a term');
    expect(built.output).toContain('is as it was before it');
    expect(built.left).toEqual(['_nginx.conf', 'index.html', join('start', 'index.html')]);
    expect(readdirSync(join(inPlace, 'unknown-term')).filter((f) => f.startsWith('.'))).toEqual([]);
    const checked = await cli(['check'], config);
    expect(checked.code).toBe(1);
    expect(checked.output).toContain(says);
  });

  test('a page over one of upstream’s with another extension: the build and check both refuse it at the fork’s file', async () => {
    const config = 'tests/fixtures/forks/other-extension/handbook.config.yaml';
    const says =
      "tests/fixtures/forks/other-extension/local/docs/incidents/incident-commander.md:1: collides with content/docs/incidents/incident-commander.mdx, upstream's page at the same address with another extension (.mdx); a page that replaces one of upstream's uses the same extension: rename this file to incident-commander.mdx";
    const built = build('other-extension', env(config));
    expect(built.code).not.toBe(0);
    expect(built.output).toContain(says);
    const checked = await cli(['check'], config);
    expect(checked.code).toBe(1);
    expect(checked.output).toContain(says);
  });

  test('a public page that links an internal one: the public edition refuses, naming the file and the link', () => {
    const config = 'tests/fixtures/forks/leaky/handbook.config.yaml';
    const internal = build('leaky-internal', env(config));
    expect(internal.code, internal.output).toBe(0);
    const leaky = build('leaky-public', env(config, { HANDBOOK_VISIBILITY: 'public' }));
    expect(leaky.code).not.toBe(0);
    expect(leaky.output).toContain(
      'tests/fixtures/forks/leaky/local/docs/start/open.mdx:11: link to /start/secret-rota/: tests/fixtures/forks/leaky/local/docs/start/secret-rota.mdx is internal',
    );
  });
});

test('the fork fixture’s settings are what the tests above assume', () => {
  expect(settings).toMatchObject({ base: '/hb/', layers: ['content', 'tests/fixtures/forks/acme/local'] });
});
