import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { UserError, type Context } from '../context';
import { writeAll, type PlannedFile } from '../write-files';
import { messages } from '../messages';
import { cliSettings } from '../settings';
import { HandbookPageSchema } from '../../schemas/page';
import { SECTION_IDS, type SectionId } from '../../schemas/sections';
import { ChecklistSchema } from '../../schemas/checklist';
import { AssessmentSchema } from '../../schemas/assessment';
import { LadderSchema } from '../../schemas/ladder';
import { isId } from '../../schemas/primitives';
import * as templates from '../templates';
import { upperFirst } from '../../lib/text/words';
import { iso, localToday } from '../../lib/plans/dates';
import { ladderPaths } from '../../lib/handbook/routes';
import { pathWithBase } from '../../lib/handbook/base';

const KINDS = ['playbook', 'runbook', 'checklist', 'assessment', 'ladder'] as const;
type Kind = (typeof KINDS)[number];

/**
 * `handbook new <kind> <slug>`: scaffolds content that passes the site's schemas. A playbook
 * still needs its 600 words before `handbook check` passes; the command says so.
 */
export function newCommand(
  ctx: Context,
  flags: Record<string, string | boolean | undefined>,
  positionals: string[],
) {
  const [kind, slug, ...extra] = positionals;
  if (!kind || !slug)
    throw new UserError(
      messages.badOption('new needs a kind and a slug, e.g. "new playbook running-retros"', 'new'),
    );
  if (extra.length > 0)
    throw new UserError(
      messages.badOption(`Unexpected argument "${extra[0]}" (quote a title with spaces: --title "…")`, 'new'),
    );
  if (!(KINDS as readonly string[]).includes(kind))
    throw new UserError(messages.unknownKind(kind, [...KINDS]));
  if (!isId(slug)) throw new UserError(messages.badSlug(slug));
  const isPage = kind === 'playbook' || kind === 'runbook';
  if (flags.section !== undefined && !isPage)
    throw new UserError(messages.sectionNotForKind(kind, DATA_FOLDER[kind as Kind]));
  const section =
    typeof flags.section === 'string' ? flags.section : kind === 'runbook' ? 'incidents' : 'playbooks';
  if (!(SECTION_IDS as readonly string[]).includes(section))
    throw new UserError(messages.unknownSection(section, [...SECTION_IDS]));
  const settings = cliSettings(ctx);
  // A page in a section the fork turned off would never be built: say so rather than write it.
  if (isPage && settings.config.sections[section as SectionId] === false)
    throw new UserError(messages.sectionOff(section, settings.configFile ?? 'handbook.config.yaml'));
  // `--title ""` (an unset shell variable, say) is a mistake to point out, not a cue to guess.
  if (flags.title !== undefined && (typeof flags.title !== 'string' || !flags.title.trim()))
    throw new UserError(messages.emptyTitle);
  const title =
    typeof flags.title === 'string' ? flags.title.replace(/\s+/g, ' ').trim() : titleFromSlug(slug);
  // Into the fork's own folder (local/, made if need be), so upstream's files stay untouched.
  const content = resolve(ctx.root, settings.ownLayer);
  const today = iso(localToday());

  const files: PlannedFile[] = plan(kind as Kind, { slug, title, section, today, content }).map((f) => ({
    ...f,
    intoContent: true, // the command's purpose: new content in the handbook's own folder
  }));
  const written = writeAll(ctx, content, files);
  // A playbook is a guide: valid under the schemas, but the content check asks 600 words of it
  // before it passes. We keep the file where the author can preview it (npm run dev) and say
  // plainly what check will ask (DECISIONS.md: the kind rules fail check, the build only warns).
  const next = ctx.dryRun ? undefined : nextStep(kind as Kind, slug, written, settings.base);
  if (ctx.json)
    ctx.out(JSON.stringify({ ok: true, dryRun: ctx.dryRun, files: written, ...(next ? { next } : {}) }));
  else {
    for (const file of written) ctx.out(ctx.dryRun ? messages.wouldWrite(file) : messages.wrote(file));
    if (next) ctx.err(next);
  }
}

/** What to do with what `new` wrote, so the reader is not left wondering how it reaches the site. */
function nextStep(kind: Kind, slug: string, written: string[], base: string): string {
  const [first, second] = written as [string, string];
  switch (kind) {
    case 'playbook':
      return messages.guideDraft(first, `_${slug}.mdx`);
    case 'runbook':
      return messages.runbookNext(first, second);
    case 'checklist':
    case 'assessment':
      return messages.embedNext(
        first,
        kind,
        templates.EMBED[kind].importLine,
        templates.EMBED[kind].tag(slug),
      );
    case 'ladder':
      return messages.ladderNext(first, pathWithBase(ladderPaths.ladder(slug), base));
  }
}

/** Where each data kind is written, inside the content folder. */
const DATA_FOLDER: Record<Kind, string> = {
  playbook: 'docs',
  runbook: 'docs',
  checklist: 'checklists',
  assessment: 'assessments',
  ladder: 'ladders',
};

interface Names {
  slug: string;
  title: string;
  section: string;
  today: string;
  content: string;
}

/** The files a kind consists of, each checked against its schema before anything is written. */
function plan(kind: Kind, n: Names): PlannedFile[] {
  const yamlFile = (folder: string, data: object, schema: z.ZodType) => {
    schema.parse(data); // a template that does not validate is a bug in the CLI, not the user's input
    return {
      path: join(n.content, folder, `${n.slug}.yaml`),
      content: `${templates.yamlHeader(kind, folder)}${stringify(data, { lineWidth: 100 })}`,
    };
  };
  switch (kind) {
    case 'playbook':
      return [page(join(n.content, 'docs', n.section, `${n.slug}.mdx`), templates.playbookPage(n))];
    case 'runbook':
      return [
        page(join(n.content, 'docs', n.section, `${n.slug}.mdx`), templates.runbookPage(n)),
        yamlFile(DATA_FOLDER.checklist, templates.checklist(n), ChecklistSchema),
      ];
    case 'checklist':
      return [yamlFile(DATA_FOLDER.checklist, templates.checklist(n), ChecklistSchema)];
    case 'assessment':
      return [yamlFile(DATA_FOLDER.assessment, templates.assessment(n), AssessmentSchema)];
    case 'ladder':
      return [yamlFile(DATA_FOLDER.ladder, templates.ladder(n), LadderSchema)];
  }
}

/** An MDX page whose frontmatter is validated with the site's own schema first. */
function page(
  path: string,
  { frontmatter, body }: { frontmatter: Record<string, unknown>; body: string },
): PlannedFile {
  HandbookPageSchema.parse(frontmatter);
  return { path, content: `---\n${stringify(frontmatter, { lineWidth: 100 })}---\n\n${body}` };
}

/** `running-retros` → `Running retros`. */
export function titleFromSlug(slug: string): string {
  return upperFirst(slug.replace(/-/g, ' '));
}
