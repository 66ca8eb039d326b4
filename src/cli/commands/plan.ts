import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { UserError, display, type Context } from '../context';
import { writeAll, type PlannedFile } from '../write-files';
import { messages } from '../messages';
import { ChecklistSchema, type Checklist } from '../../schemas/checklist';
import { isId } from '../../schemas/primitives';
import { parseDataFile } from '../../lib/content-check/data-file';
import { formatProblem } from '../../lib/content-check/problem';
import { HandbookPageSchema } from '../../schemas/page';
import {
  addDays,
  iso,
  localToday,
  longDate,
  milestones,
  parseDate,
  parseDaysOff,
  phaseDates,
  type DaysOff,
} from '../../lib/plans/dates';
import { toIcs } from '../../lib/plans/ics';
import { applyTermsToData, termValues } from '../../lib/config/terms';
import { cliSettings } from '../settings';
import { siteAddress } from '../../config/settings';
import { readText } from '../../config/read-text';
import { fenceAttribute, fenceFor, inlineText } from '../templates';

/** The roles a plan can be written for, with the checklist each is built from. */
/** Each role's plan: its checklist and page, and what the end of its first week looks like. */
export const ROLES: Record<string, { label: string; checklist: string; page: string; week1: string }> = {
  em: {
    label: 'New engineering manager',
    checklist: 'new-em-90-days',
    page: '/playbooks/new-em-30-60-90/',
    week1:
      'a first 1:1 with every report and with your manager, the team’s meetings sat in on, nothing changed yet',
  },
  engineer: {
    label: 'New engineer',
    checklist: 'new-engineer-90-days',
    page: '/playbooks/new-engineer-30-60-90/',
    week1: 'the code building on your machine, a first small change shipped, a 1:1 booked with your manager',
  },
  pm: {
    label: 'New product manager',
    checklist: 'new-pm-90-days',
    page: '/playbooks/new-pm-30-60-90/',
    week1: 'a 1:1 with your engineering and design leads, the roadmap and its last decisions read',
  },
  staff: {
    label: 'New staff engineer',
    checklist: 'new-staff-engineer-90-days',
    page: '/playbooks/new-staff-engineer-first-90/',
    week1: 'a 1:1 booked with each lead you will work with, the main design documents read, no proposals yet',
  },
};

interface PlanInput {
  role: string;
  start: Date;
  team: string;
  manager?: string;
  /** Public holidays and leave (`--days-off`): no check-in or phase boundary falls on one. */
  daysOff?: DaysOff;
}

/** `handbook plan`: a dated 30/60/90-day plan as Markdown or MDX, and optionally .ics. */
export function planCommand(ctx: Context, flags: Record<string, string | boolean | undefined>) {
  // Text flags on one line; an empty one (--manager "") counts as left out.
  const str = (name: string) =>
    typeof flags[name] === 'string'
      ? (flags[name] as string).replace(/\s+/g, ' ').trim() || undefined
      : undefined;
  for (const [flag, example] of [
    ['out', 'plan.md'],
    ['ics', 'plan.ics'],
    ['mdx', 'payments-plan'],
  ] as const)
    if (typeof flags[flag] === 'string' && !str(flag))
      throw new UserError(messages.missingOption(flag, 'plan', example));
  const role = str('role');
  if (!role) throw new UserError(messages.missingOption('role', 'plan', 'em'));
  if (!ROLES[role]) throw new UserError(messages.unknownRole(role, Object.keys(ROLES)));
  const startText = str('start');
  if (!startText) throw new UserError(messages.missingOption('start', 'plan', '2027-01-11'));
  const start = parseDate(startText);
  if (!start) throw new UserError(messages.badDate(startText));
  const team = str('team');
  if (!team) throw new UserError(messages.missingOption('team', 'plan', 'Payments'));
  const [mdx, out, ics] = [str('mdx'), str('out'), str('ics')];
  if (mdx && out) throw new UserError(messages.mdxWithOut);
  if (mdx && !isId(mdx)) throw new UserError(messages.badSlug(mdx));
  const daysOff = parseDaysOff(str('days-off') ?? '');
  if ('error' in daysOff) throw new UserError(messages.badDaysOff(daysOff.error));
  const input: PlanInput = { role, start, team, manager: str('manager'), daysOff: daysOff.days };

  // The fork's copy of the checklist wins over upstream's, as on the site; its terms apply.
  const settings = cliSettings(ctx);
  if (mdx && settings.config.sections.playbooks === false)
    throw new UserError(messages.sectionOff('playbooks', settings.configFile ?? 'handbook.config.yaml'));
  const layers = settings.layers.map((layer) => resolve(ctx.root, layer));
  const checklistFile =
    [...layers]
      .reverse()
      .map((layer) => join(layer, 'checklists', `${ROLES[role]!.checklist}.yaml`))
      .find(existsSync) ?? join(layers[0]!, 'checklists', `${ROLES[role]!.checklist}.yaml`);
  if (!existsSync(checklistFile)) throw new UserError(messages.missingChecklist(checklistFile));
  const parsed = parseDataFile(display(ctx.root, checklistFile), readText(checklistFile), ChecklistSchema);
  // A broken checklist is the user's content to fix (exit 1), reported like `handbook check` does.
  if (!parsed.data) throw new UserError(messages.brokenChecklist(parsed.problems.map(formatProblem)));
  const checklist = applyTermsToData(parsed.data, termValues(settings.config));
  // A checklist item's link is a site path: right inside the site (--mdx), and to the public
  // site from a file that goes elsewhere, when the config names it; otherwise shown as a path.
  const markdown = planMarkdown(input, checklist, mdx ? '' : siteAddress(settings));

  const files: PlannedFile[] = [];
  if (mdx) {
    // Into the fork's own folder (local/, made if need be), so upstream's files stay untouched:
    // the one output that belongs in the handbook's content.
    const content = resolve(ctx.root, settings.ownLayer);
    files.push({
      path: join(content, 'docs', 'playbooks', `${mdx}.mdx`),
      content: planMdx(input, markdown, settings.config.name),
      within: content,
      intoContent: true,
    });
  } else if (out) {
    const path = resolve(ctx.cwd, out);
    files.push({ path, content: markdown, flag: '--out', example: 'plan.md', within: dirname(path) });
  }
  if (ics) {
    const path = resolve(ctx.cwd, ics);
    files.push({ path, content: planIcs(input), flag: '--ics', example: 'plan.ics', within: dirname(path) });
  }
  // One call: every file is checked before any is written (each names its own folder).
  const written = writeAll(ctx, ctx.root, files);
  const printed = !mdx && !out;

  if (ctx.json) {
    ctx.out(
      JSON.stringify({
        ok: true,
        dryRun: ctx.dryRun,
        files: written,
        milestones: milestones(start, ROLES[role]!.week1, input.daysOff).map((m) => ({
          id: m.id,
          date: iso(m.date),
        })),
        // Without a file to write it to, the plan itself is part of the answer.
        ...(printed ? { markdown } : {}),
      }),
    );
  } else {
    if (printed) ctx.out(markdown);
    for (const file of written) ctx.err(ctx.dryRun ? messages.wouldWrite(file) : messages.wrote(file));
  }
}

/**
 * The plan as Markdown: milestones table, then each phase with its dates and task list. An
 * item's detail and link go in a bullet under it, as the site shows them under the box.
 *
 * @param siteUrl where the handbook's site paths lead: '' for a page of the site itself, the
 *   public site's address with its base, or undefined when there is none (the path is named)
 */
export function planMarkdown(input: PlanInput, checklist: Checklist, siteUrl?: string): string {
  // The team and the manager are typed by the user: escaped, so a "<", "{" or "|" in them
  // shows as typed and cannot break the MDX page or split a table cell.
  const team = inlineText(input.team);
  const manager = input.manager && inlineText(input.manager);
  const who = manager || 'your manager';
  const m = milestones(input.start, ROLES[input.role]!.week1, input.daysOff);
  const off = dayRanges(input.daysOff);
  const lines = [
    `# ${ROLES[input.role]!.label}: 30/60/90-day plan — ${team}`,
    '',
    `Starts ${longDate(m[0]!.date)}${manager ? `; manager: ${manager}` : ''}. Built from the handbook's “${checklist.title}” checklist.`,
    '',
    ...(off.length ? [`Dates skip weekends and these days off: ${off.join(', ')}.`, ''] : []),
    '## Milestones',
    '',
    '| Date | Milestone |',
    '| --- | --- |',
    ...m.map((x) => `| ${iso(x.date)} | ${x.id.startsWith('day-') ? `${x.label} with ${who}` : x.label} |`),
    '',
  ];
  for (const group of checklist.groups) {
    const dates = phaseDates(group.id, m[0]!.date, input.daysOff);
    const when = dates
      ? iso(dates.from) === iso(dates.to)
        ? ` (${iso(dates.from)})`
        : ` (${iso(dates.from)} → ${iso(dates.to)})`
      : '';
    lines.push(`## ${group.title}${when}`, '');
    for (const item of group.items) {
      lines.push(`- [ ] ${item.text}${item.owner ? ` (${item.owner})` : ''}`);
      const more = [item.detail && inlineText(item.detail), item.link && moreLink(item.link, siteUrl)];
      if (more.some(Boolean)) lines.push(`  - ${more.filter(Boolean).join(' ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Days off as the plan names them: runs of consecutive days as one range (`2026-12-24 → 2027-01-01`). */
function dayRanges(days: DaysOff = new Set()): string[] {
  const ranges: [string, string][] = [];
  for (const day of [...days].sort()) {
    const last = ranges.at(-1);
    if (last && iso(addDays(parseDate(last[1])!, 1)) === day) last[1] = day;
    else ranges.push([day, day]);
  }
  return ranges.map(([from, to]) => (from === to ? from : `${from} → ${to}`));
}

/** "[More in the handbook](…)" for an item's link, or the bare path when there is no site to link to. */
function moreLink(link: string, siteUrl: string | undefined): string {
  if (!link.startsWith('/')) return `[More](${link})`;
  if (siteUrl === undefined) return `More in the handbook: ${link}`;
  return `[More in the handbook](${siteUrl.replace(/\/$/, '')}${link})`;
}

function planMdx(input: PlanInput, markdown: string, handbookName: string): string {
  const frontmatter = {
    title: `${ROLES[input.role]!.label}: plan for ${input.team}`,
    description: `A dated 30/60/90-day plan for ${input.team}, starting ${iso(input.start)}.`,
    audience: ['engineer', 'manager'],
    kind: 'template',
    section: 'playbooks',
    lastReviewed: iso(localToday()),
    sources: [
      { title: `${handbookName} 30/60/90 playbooks`, note: `Generated from ${ROLES[input.role]!.page}` },
    ],
  };
  HandbookPageSchema.parse(frontmatter);
  // The page title comes from the frontmatter; the body starts at the milestones, and ends
  // with the whole plan as Markdown to copy into a wiki or an issue.
  const body = markdown.slice(markdown.indexOf('\n') + 1).trimStart();
  const ticks = fenceFor(markdown, 4);
  const fence = `${ticks}markdown title="${fenceAttribute(frontmatter.title)}" purpose="Copy the dated plan into a wiki or an issue"`;
  const next = `## Where to go next\n\n- For the reasoning behind each milestone, read [the playbook this plan comes from](${ROLES[input.role]!.page}).\n`;
  return `---\n${stringify(frontmatter, { lineWidth: 100 })}---\n\n${body}\n## Copy this plan\n\n${fence}\n${markdown}${ticks}\n\n${next}`;
}

/** The check-ins as calendar events. */
export function planIcs({ role, start, team, manager, daysOff }: PlanInput): string {
  const events = milestones(start, ROLES[role]!.week1, daysOff)
    .filter((m) => m.id.startsWith('day-'))
    .map((m) => ({
      uid: `${role}-${team.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${m.id}-${iso(m.date)}@engineering-handbook`,
      date: iso(m.date),
      summary: `${m.label}${manager ? ` with ${manager}` : ''} (${team})`,
      description: `30/60/90-day plan: ${ROLES[role]!.label.toLowerCase()} on ${team}.`,
    }));
  return toIcs(`${ROLES[role]!.label} plan — ${team}`, events, iso(start));
}
