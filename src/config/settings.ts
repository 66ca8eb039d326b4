import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../lib/config/parse-config';
import { formatProblem, type ContentProblem } from '../lib/content-check/problem';
import { BASE_PATTERN, HandbookConfigSchema, type HandbookConfig } from '../schemas/config';
import { VISIBILITIES, type Visibility } from '../schemas/visibility';
import { contentRoot } from './content-root';
import { readText } from './read-text';
import { listFiles } from './list-files';
import { repositoryOf, type Repository } from '../lib/config/repository';
import { yamlLine } from '../lib/content-check/data-file';
import { quickYaml } from '../lib/content-check/fast-yaml';
import { levelTitleProblems, type LadderIds } from '../lib/ladders/titles';
import { ROUTE_PATTERNS, pageRoute } from '../lib/handbook/routes';
import { didYouMean } from '../lib/text/suggest';
import { SECTION_IDS } from '../schemas/sections';

/** The first folders of the handbook's own addresses: a base may not be one of them. */
const TAKEN_PATHS: string[] = [
  ...SECTION_IDS,
  ...Object.values(ROUTE_PATTERNS).map((pattern) => pattern.split('/')[1]!),
  '_astro',
  'pagefind',
];

/**
 * Everything a build or a command needs to know about this copy of the handbook: the team's
 * config, where its content lives, and what the environment overrides. Read once by the Astro
 * config, the content collections, the site's loader, the CLI and the tests.
 */
export interface Settings {
  config: HandbookConfig;
  /** `handbook.config.yaml`, relative to the project root, when the fork has one. */
  configFile?: string;
  /**
   * The content folders, upstream's first and the fork's `local/` last: a file in a later
   * folder replaces the file at the same path in an earlier one. Relative to the project root.
   */
  layers: string[];
  /**
   * Where the CLI writes new content (`handbook new`, `plan --mdx`): a fork's `local/`, even
   * before it exists, so upstream's folder stays untouched and merges stay clean; upstream's
   * own `content/` when there is no config. Relative to the project root.
   */
  ownLayer: string;
  /**
   * The address the site is served from, when one is configured (`site` in the config;
   * HANDBOOK_SITE_URL wins); none for a local build, whose pages then name no address.
   */
  publicSite?: string;
  /** The sub-path, `/` or `/handbook/` (`base` in the config; HANDBOOK_BASE wins). */
  base: string;
  /** `internal` builds everything; `public` leaves internal pages out (HANDBOOK_VISIBILITY). */
  visibility: Visibility;
  /** The day review dates are measured against (HANDBOOK_TODAY, for reproducible builds). */
  today: Date;
  /** The fork's repository, with its kind, when the config names one (edit and report links). */
  repository?: Repository;
}

/** A mistake in the config file or the environment; the message says where and how to fix it. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/**
 * Reads the settings, or throws a `SettingsError` listing every problem.
 *
 * @param root the project root (paths in messages and in `layers` are relative to it)
 */
export function loadSettings(
  env: Record<string, string | undefined> = process.env,
  root = process.cwd(),
): Settings {
  const problems: ContentProblem[] = [];
  const configPath = resolve(root, env.HANDBOOK_CONFIG?.trim() || 'handbook.config.yaml');
  const configFile = existsSync(configPath) ? posix(relative(root, configPath)) : undefined;
  if (env.HANDBOOK_CONFIG?.trim() && !configFile)
    problems.push({
      file: 'HANDBOOK_CONFIG',
      line: 1,
      message: `${configPath} does not exist; fix the path or unset HANDBOOK_CONFIG`,
    });
  // The fork layer sits next to the config file: ./local for a fork, <fixture>/local in tests.
  const local = join(dirname(configPath), 'local');
  const layers = [contentRoot(env), ...(existsSync(local) ? [posix(relative(root, local))] : [])].map((l) =>
    l.replace(/^\.\//, ''),
  );
  let config = DEFAULT_CONFIG;
  let repository: Repository | undefined;
  let text = '';
  /** The line of a key in the config file, for a problem about its value. */
  const lineOf = (key: string) => (text ? yamlLine(text, [key]) : 1);
  if (configFile) {
    text = readText(configPath);
    const parsed = parseConfig(configFile, text);
    problems.push(...parsed.problems);
    config = parsed.config ?? DEFAULT_CONFIG;
    try {
      repository = repositoryOf(config);
    } catch (error) {
      problems.push({
        file: configFile,
        line: lineOf('repository'),
        message: (error as Error).message,
      });
    }
    // The level titles name ladders and levels: checked here, with the rest of the config, so
    // a typo stops a build before Astro empties its output folder, as every config mistake does.
    if (parsed.config?.levels)
      for (const p of levelTitleProblems(laddersIn(layers, root), parsed.config.levels, ['levels']))
        problems.push({ file: configFile, line: yamlLine(text, p.path), message: p.message });
    // Pages left out name pages of the content layers, as level titles name their ladders.
    if (parsed.config?.pages) {
      const routes = pagesIn(layers, root);
      for (const route of Object.keys(parsed.config.pages)) {
        const section = /^\/([^/]+)\/$/.exec(route)?.[1];
        const message =
          route === '/'
            ? 'the home page cannot be left out; replace it with local/docs/index.mdx instead'
            : route === '/404/'
              ? 'the "not found" page cannot be left out; replace it with local/docs/404.mdx instead'
              : section && routes.includes(route)
                ? `a section's own page cannot be left out alone; to leave the section out, write ${section}: false under sections:`
                : routes.includes(route)
                  ? undefined
                  : `"${route}" is not a page of the handbook.${didYouMean(route, routes)} Write the page's address as the site shows it, e.g. /start/fork-and-self-host/`;
        if (message)
          problems.push({
            file: configFile,
            line: yamlLine(text, ['pages', route]),
            message: `pages.${route}: ${message}`,
          });
      }
    }
  }

  const base = env.HANDBOOK_BASE?.trim() || config.base;
  const baseFrom = env.HANDBOOK_BASE?.trim() ? 'HANDBOOK_BASE' : (configFile ?? 'handbook.config.yaml');
  if (!BASE_PATTERN.test(base))
    problems.push({
      file: 'HANDBOOK_BASE',
      line: 1,
      message: `"${base}": write a path that starts and ends with a slash, e.g. /handbook/`,
    });
  else if (TAKEN_PATHS.includes(base.split('/')[1]!))
    problems.push({
      file: baseFrom,
      line: baseFrom === configFile ? lineOf('base') : 1,
      message: `base "${base}" is also where the handbook's own pages live (/${base.split('/')[1]}/…), so links could not tell them apart; choose another, e.g. /handbook/`,
    });
  // The same rule as `site:` in the config: an address the environment sets is no less public.
  const siteUrl = env.HANDBOOK_SITE_URL?.trim();
  const siteProblem = siteUrl && HandbookConfigSchema.shape.site.safeParse(siteUrl).error?.issues[0];
  if (siteProblem)
    problems.push({ file: 'HANDBOOK_SITE_URL', line: 1, message: `"${siteUrl}": ${siteProblem.message}` });
  const visibility = (env.HANDBOOK_VISIBILITY?.trim() || 'internal') as Visibility;
  if (!VISIBILITIES.includes(visibility))
    problems.push({
      file: 'HANDBOOK_VISIBILITY',
      line: 1,
      message: `"${visibility}": use public or internal`,
    });
  const todayText = env.HANDBOOK_TODAY?.trim();
  const today = todayText ? new Date(`${todayText}T00:00:00Z`) : new Date();
  if (Number.isNaN(today.getTime()) || (todayText && today.toISOString().slice(0, 10) !== todayText))
    problems.push({
      file: 'HANDBOOK_TODAY',
      line: 1,
      message: `"${todayText}": write the date as YYYY-MM-DD`,
    });
  if (config.logo && configFile && !existsSync(join(dirname(configPath), config.logo)))
    problems.push({
      file: configFile,
      line: lineOf('logo'),
      message: `logo: ${config.logo} does not exist next to ${configFile}`,
    });
  if (problems.length > 0) throw new SettingsError(problems);

  return {
    config,
    configFile,
    layers,
    ownLayer: configFile ? posix(relative(root, local)) : layers.at(-1)!,
    publicSite: env.HANDBOOK_SITE_URL?.trim() || config.site || undefined,
    base,
    visibility,
    today,
    repository,
  };
}

/**
 * Why a build with these settings is not upstream's own default build, or undefined when it is.
 * Upstream ships no config, so any config file is a fork's; a base, the public edition and
 * content from elsewhere change the build too. What upstream ships from its default build
 * (deploy/nginx/handbook.conf) is compared with and refreshed from that build only: a fork
 * deploys its own build's dist/_nginx.conf, and never rewrites upstream's file.
 */
export function notUpstreamDefault(
  settings: Pick<Settings, 'configFile' | 'base' | 'visibility' | 'layers'>,
): string | undefined {
  if (settings.configFile) return `a fork's config (${settings.configFile}) is in effect`;
  if (settings.base !== '/') return `the base is ${settings.base} (HANDBOOK_BASE)`;
  if (settings.visibility !== 'internal')
    return `the edition is ${settings.visibility} (HANDBOOK_VISIBILITY)`;
  if (settings.layers[0] !== 'content') return `the content is ${settings.layers[0]} (HANDBOOK_CONTENT_DIR)`;
  return undefined;
}

/**
 * The public site with its base (`https://handbook.acme.example/hb/`), where the handbook's site
 * paths lead from outside the site (an export, a booklet, a plan); none when no site is set.
 */
export function siteAddress(settings: Pick<Settings, 'publicSite' | 'base'>): string | undefined {
  return settings.publicSite && `${settings.publicSite.replace(/\/$/, '')}${settings.base}`;
}

/** The logo as a path from the project root (`./local/logo.svg`), when the config names one. */
export function logoPath(settings: Settings): string | undefined {
  const { config, configFile } = settings;
  if (!config.logo || !configFile) return undefined;
  return `./${posix(join(dirname(configFile), config.logo))}`;
}

/**
 * The ladders of the content layers, with their level ids: what the config's level titles may
 * name. The files `readContentFiles` reads as ladders (a later layer's file replaces an
 * earlier one's), each by its file name, which is its id. Read leniently: a ladder whose file
 * is broken has its own problems, reported by `handbook check` and the build.
 */
export function laddersIn(layers: string[], root = process.cwd()): LadderIds[] {
  const byId = new Map<string, LadderIds>();
  for (const layer of layers) {
    const dir = join(resolve(root, layer), 'ladders');
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/.test(entry.name) || /^[_.]/.test(entry.name)) continue;
      const data = quickYaml(readText(join(dir, entry.name)))?.value as {
        levels?: unknown;
      } | null;
      const levels = Array.isArray(data?.levels)
        ? (data.levels as unknown[]).flatMap((l) => {
            const id = (l as { id?: unknown } | null)?.id;
            return typeof id === 'string' ? [{ id }] : [];
          })
        : undefined;
      const id = entry.name.replace(/\.ya?ml$/, '');
      byId.set(id, { id, levels });
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The address of every page in the content layers' `docs/` folders: what `pages:` may name. */
export function pagesIn(layers: string[], root = process.cwd()): string[] {
  const routes = new Set<string>();
  for (const layer of layers) {
    const dir = join(resolve(root, layer), 'docs');
    for (const file of listFiles(dir, /\.mdx?$/, true)) routes.add(pageRoute(posix(relative(dir, file))));
  }
  return [...routes].sort();
}

const posix = (path: string) => path.split('\\').join('/');
