import { z } from 'astro/zod';
import { LevelTitlesSchema } from './level-titles';
import { SECTION_IDS, type SectionId } from './sections';

/**
 * `handbook.config.yaml`: everything a team changes to make the handbook its own, in one file
 * at the root of its fork. Every key is optional; a fork with no config file gets the values
 * below. Unknown keys fail (a misspelt key would otherwise be ignored without a word).
 */

/**
 * The words that differ between companies. Content writes `{{incidentChannel}}` (or
 * `{{IncidentChannel}}` at the start of a sentence) and every page, data file and export shows
 * the team's word. Adding a term means adding it here, with its default.
 */
export const TERM_DEFAULTS = {
  /** Where an incident is declared and run, e.g. `#incidents`, `#war-room`. */
  incidentChannel: '#incidents',
  /** What the team calls an incident's level: `severity`, `priority`. */
  severity: 'severity',
  /** The prefix of a level: `SEV` gives SEV1, SEV2; `P` gives P1, P2. */
  severityPrefix: 'SEV',
  /** What pages the on-call person: `the pager`, `PagerDuty`, `Opsgenie`. */
  pagingTool: 'the pager',
  /** The shared running document of a manager and a report. */
  oneOnOneDoc: '1:1 doc',
} as const;

export type TermName = keyof typeof TERM_DEFAULTS;
export type Terms = Record<TermName, string>;
export const TERM_NAMES = Object.keys(TERM_DEFAULTS) as TermName[];

/**
 * A term's value is inserted into Markdown, MDX and YAML text as it is, so it may not contain
 * the characters that would turn it into markup there.
 */
const MARKUP = /[\\`*_{}[\]<>|\n\r]/;

const Term = (name: string) =>
  z
    .string({ error: `write ${name} as text, e.g. ${name}: "${TERM_DEFAULTS[name as TermName]}"` })
    .trim()
    .min(1, { error: `${name} is empty; leave it out to keep "${TERM_DEFAULTS[name as TermName]}"` })
    .refine((value) => !MARKUP.test(value), {
      error: 'a term is plain words: leave out \\ ` * _ { } [ ] < > | and line breaks',
    });

const TermsSchema = z
  .strictObject(
    Object.fromEntries(TERM_NAMES.map((name) => [name, Term(name).default(TERM_DEFAULTS[name])])) as {
      [K in TermName]: z.ZodDefault<ReturnType<typeof Term>>;
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown term; the terms are: ${TERM_NAMES.join(', ')} (to add one, add it to TERM_DEFAULTS in src/schemas/config.ts)`
          : 'list terms as name: word, e.g. incidentChannel: "#incidents"',
    },
  )
  .default(TERM_DEFAULTS);

/** A period like `6 months`, `2 weeks`, `1 year`: the one pattern the schema and the date maths share. */
export const DURATION_PATTERN = /^([1-9]\d*)\s+(day|week|month|year)s?$/;
export const Duration = z
  .string({ error: 'write a period like "6 months", "2 weeks" or "1 year"' })
  .trim()
  .regex(DURATION_PATTERN, { error: 'write a period like "6 months", "2 weeks" or "1 year"' });

/** Who looks after a page: a person or a team, as the team writes it (`@sre`, `Ana Silva`). */
export const Owner = z
  .string({ error: 'write the owner as text, e.g. owner: "@platform-team"' })
  .trim()
  .min(1, { error: 'the owner is empty' });

/** A section left as it is (`true`), turned off (`false`), or given review defaults. */
const SectionSetting = z.union(
  [z.boolean(), z.strictObject({ owner: Owner.optional(), reviewEvery: Duration.optional() })],
  { error: 'write true, false, or { owner: ..., reviewEvery: ... }' },
);
/** Sections that hold the home page and the ladders every other page builds on: never off. */
export const REQUIRED_SECTIONS: SectionId[] = ['start', 'levels'];
const RequiredSectionSetting = SectionSetting.refine((value) => value !== false, {
  error: 'this section cannot be turned off: it holds the home page or the ladders other pages link to',
});

const SectionsSchema = z
  .strictObject(
    Object.fromEntries(
      SECTION_IDS.map((id) => [
        id,
        (REQUIRED_SECTIONS.includes(id) ? RequiredSectionSetting : SectionSetting).optional(),
      ]),
    ) as {
      [K in SectionId]: z.ZodOptional<typeof SectionSetting>;
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown section; the sections are: ${SECTION_IDS.join(', ')}`
          : 'list sections as id: false (off) or id: { owner, reviewEvery }',
    },
  )
  .default({});

/** Where the fork's source lives, for "Edit this page" and "Report a problem" links. */
export const REPOSITORY_KINDS = ['github', 'gitlab'] as const;
const RepositoryObject = z.strictObject({
  url: z.url({
    protocol: /^https?$/,
    error: 'write the repository as its web address, e.g. https://github.com/acme/handbook',
  }),
  /** GitHub or GitLab; found from the host name when it says (github.com, gitlab.example). */
  kind: z.enum(REPOSITORY_KINDS, { error: `kind is one of: ${REPOSITORY_KINDS.join(', ')}` }).optional(),
  /** The branch the site is built from. */
  branch: z.string().trim().min(1).default('main'),
});
const RepositorySchema = z.union(
  [z.url({ protocol: /^https?$/ }).transform((url) => ({ url, branch: 'main' })), RepositoryObject],
  { error: 'write repository: https://github.com/acme/handbook, or { url, kind: gitlab, branch: main }' },
);

/** A sub-path like `/` or `/handbook/`. */
export const BASE_PATTERN = /^\/([a-z0-9._~-]+\/)*$/i;

export const HandbookConfigSchema = z.strictObject(
  {
    /** The site title; also in every page title and export, and the term `handbookName`. */
    name: z
      .string()
      .trim()
      .min(1, { error: 'the name is empty' })
      .refine((value) => !MARKUP.test(value), {
        error: 'the name is plain words: leave out \\ ` * _ { } [ ] < > | and line breaks',
      })
      .default('Engineering Handbook'),
    /**
     * The site's one-line description: the home page's (search engines, link previews), as the
     * term `handbookDescription`, which the home page's frontmatter uses.
     */
    description: z
      .string()
      .trim()
      .min(1)
      // A term (`handbookDescription`) a page may use in its text, where markup would be read.
      .refine((value) => !MARKUP.test(value), {
        error: 'the description is plain words: leave out \\ ` * _ { } [ ] < > | and line breaks',
      })
      .default(
        'What changes at each level, what to do in your first 90 days, and how to run the meetings and incidents that matter: ladders, playbooks and private self-assessments.',
      ),
    /** The logo, as a path from the config file (an SVG or PNG in `local/`). */
    logo: z
      .string({ error: 'write the logo as a path from this file, e.g. ./local/logo.svg' })
      .regex(/\.(svg|png|jpe?g|webp|avif)$/i, {
        error: 'the logo is an .svg, .png, .jpg, .webp or .avif file',
      })
      .optional(),
    /** The address the site is served from (sitemaps, canonical links); HANDBOOK_SITE_URL wins. */
    site: z
      .url({ protocol: /^https?$/, error: 'write the full address, e.g. https://handbook.acme.example' })
      .optional(),
    /** The sub-path the site is served under; HANDBOOK_BASE wins. */
    base: z
      .string()
      .regex(BASE_PATTERN, { error: 'write a path that starts and ends with a slash, e.g. / or /handbook/' })
      .default('/'),
    sections: SectionsSchema,
    /**
     * Single pages of upstream's the fork leaves out, by address: `/start/fork-and-self-host/:
     * false`. Like a section turned off: not built, not in search or exports, links to it text.
     */
    pages: z
      .record(
        z.string().regex(/^\/([a-z0-9-]+\/)*$/, {
          error: 'write the page as its address on the site, e.g. /start/fork-and-self-host/',
        }),
        z.literal(false, {
          error: 'write false to leave the page out, e.g. /start/fork-and-self-host/: false',
        }),
        {
          error: (issue) =>
            issue.code === 'invalid_key'
              ? 'write the page as its address on the site, starting and ending with a slash, e.g. /start/fork-and-self-host/'
              : 'list pages as address: false, e.g. /start/fork-and-self-host/: false',
        },
      )
      .optional(),
    /** The team's level titles, by ladder id and level id: over level-titles.yaml's, level by level. */
    levels: LevelTitlesSchema.optional(),
    terms: TermsSchema,
    repository: RepositorySchema.optional(),
    /** Who owns a page that names no owner (its section's owner comes first). */
    owner: Owner.optional(),
    /** How often a page is reviewed when neither it nor its section says. */
    reviewEvery: Duration.default('12 months'),
    /**
     * Which sites may show the handbook in a frame (the CSP's frame-ancestors): nobody by
     * default; e.g. ["'self'", https://wiki.acme.example] to embed it in the team's wiki.
     */
    frameAncestors: z
      .array(
        z.string().regex(/^('none'|'self'|https:\/\/[a-z0-9.-]+(:\d+)?)$/, {
          error: `write 'none', 'self' or an https:// origin such as https://wiki.acme.example (quote 'self' and 'none' in YAML: "'self'")`,
        }),
        { error: `list the origins, e.g. frameAncestors: ["'self'", https://wiki.acme.example]` },
      )
      .min(1, { error: `list at least one origin, or write ["'none'"]` })
      .refine((list) => !list.includes("'none'") || list.length === 1, { error: `'none' stands alone` })
      .default(["'none'"]),
    /**
     * The sections the build also makes into offline booklets (one HTML file each, linked as
     * "Download this section" on their pages): incidents by default; [] for none. A section
     * turned off in `sections` cannot be listed (see `parseConfig`).
     */
    booklets: z
      .array(z.enum(SECTION_IDS, { error: `unknown section; the sections are: ${SECTION_IDS.join(', ')}` }), {
        error: 'list section ids, e.g. booklets: [incidents, playbooks]',
      })
      .default(['incidents']),
  },
  {
    error: (issue): string =>
      issue.code === 'unrecognized_keys'
        ? `unknown key; the keys are: ${CONFIG_KEYS.join(', ')}`
        : 'the config is a list of key: value lines, e.g. name: Acme Engineering Handbook',
  },
);

/** The config's keys, for messages: the schema's own, so the two never differ. */
export const CONFIG_KEYS: string[] = Object.keys(HandbookConfigSchema.shape);

export type HandbookConfig = z.output<typeof HandbookConfigSchema>;
export type SectionSetting = z.output<typeof SectionSetting>;
