import { sectionOffMessage } from '../config/turned-off-pages';
import { didYouMean } from '../lib/text/suggest';
import { SECTION_IDS } from '../schemas/sections';

/**
 * Every message the handbook CLI prints, in one place. A failure says what went wrong, why,
 * and what to run or change to fix it.
 */
export const EXIT = {
  /** Everything went as asked. */
  ok: 0,
  /** The user's input or files are wrong: a bad flag, a bad date, a content problem. */
  user: 1,
  /** Something broke inside the CLI; please report it. */
  internal: 2,
} as const;

export const HELP = `handbook — scaffold, personalise, export and check the engineering handbook

Usage: npx handbook <command> [options]

Commands:
  new <kind> <slug>   Create a playbook, runbook, checklist, assessment or ladder from a template
  plan                Write a personalised, dated 30/60/90-day plan (Markdown, MDX, .ics)
  export              Export the handbook to Markdown for a wiki, or as an offline booklet (HTML, PDF)
  packet              Draft a promotion packet from your exported evidence log
  check               Validate every content file; print problems as file:line: message

Options for every command:
  --help              Show help for the command
  --json              Print machine-readable JSON instead of text
  --dry-run           Show what would be written, write nothing (new, plan, export, packet)
  --force             Overwrite files that exist (new, plan, export, packet)

  npx handbook --version   prints the handbook's version

Exit codes: 0 success · 1 your input or content needs fixing · 2 internal error (please report it)
Run "npx handbook <command> --help" for a command's options and examples.`;

export const COMMAND_HELP: Record<string, string> = {
  new: `handbook new <kind> <slug> [--section <section>] [--title <title>] [--force] [--dry-run] [--json]

Creates content/… (a fork's local/…) from a template, valid under the same schemas the site
uses. A playbook is a draft: "handbook check" fails on it until it has 600 words of prose.
  kinds: playbook  content/docs/<section>/<slug>.mdx (a guide page; --section, default playbooks)
         runbook   content/docs/incidents/<slug>.mdx plus content/checklists/<slug>.yaml
         checklist content/checklists/<slug>.yaml
         assessment content/assessments/<slug>.yaml
         ladder    content/ladders/<slug>.yaml
  --title     the page or file title (default: the slug in words)
  --force     overwrite an existing file

Example: npx handbook new playbook running-retros --section management --title "Running retros"`,
  plan: `handbook plan --role <role> --start <YYYY-MM-DD> --team <name> [--manager <name>] [--days-off <dates>] [--out <file>] [--mdx <slug>] [--ics <file>] [--force] [--dry-run] [--json]

Writes a 30/60/90-day plan from the role's checklist with every milestone dated: week 1,
each phase, and check-ins at days 30, 60 and 90 (moved off weekends and days off to the next
working day).
  --role      em | engineer | pm | staff
  --start     the first day, YYYY-MM-DD (a weekend start moves to Monday)
  --team      the team's name
  --manager   the manager's name (optional)
  --days-off  public holidays and leave, dates or ranges, comma-separated (optional;
              e.g. 2026-12-24..2027-01-01,2027-04-02)
  --out       write Markdown to this file (default: print it; with --json, in the JSON)
  --mdx       write an MDX page to content/docs/playbooks/<slug>.mdx instead of --out
  --ics       also write the check-ins as a calendar file

Example: npx handbook plan --role em --start 2027-01-11 --team Payments --manager "Rosa Diaz" --out plan.md --ics plan.ics`,
  export: `handbook export --target <target> --out <dir> [--section <ids> | --page <addresses>] [--force] [--dry-run] [--json]
handbook export --target booklet --out <file.html> [--section <ids>] [--pdf [--paper a4|letter]] [--force] [--dry-run] [--json]

Exports pages, checklists, assessments and ladders as Markdown for another tool, or as one
offline booklet.
  --target    gfm | github-wiki | gitlab-wiki | obsidian | docusaurus | confluence | notion | booklet
  --out       the folder to write (created; must be empty unless --force); for booklet, the .html file
  --force     write into a folder that is not empty: replaces an earlier export there (removing the
              files it wrote that this one does not, as listed in its .handbook-export.json, and
              first copying any edited since into .handbook-export-edited/) and leaves every
              other file alone; for booklet, overwrite the file
  --section   only these sections, comma-separated (e.g. incidents,playbooks); booklet: all when left out
  --page      only these pages, comma-separated, by their address on the website (e.g.
              /management/one-on-ones/) or their file: added to the folder beside what is there,
              without the home page or the target's sidebar; only a file they would replace needs
              --force. Links to other pages lead to the website (site: in handbook.config.yaml)
              or become plain text
  --pdf       booklet only: also print it to a PDF beside the .html, with the local Chromium
  --paper     the PDF's page size: a4 (default) or letter

The content is checked first, as "npx handbook check" checks it (a draft's writing rules aside):
with a problem, the export stops before writing anything and lists it as file:line: message.

A booklet is one self-contained HTML file: a cover, contents, every page of the sections, a
search box, and no request of any kind, so it works from a laptop with no network.

Example: npx handbook export --target github-wiki --out ../handbook.wiki
Example: npx handbook export --target confluence --page /management/one-on-ones/ --out one-on-ones
Example: npx handbook export --target booklet --section incidents --out incidents.html --pdf`,
  packet: `handbook packet --evidence <file.json> [--ladder <id>] [--level <id>] --out <file.md> [--force] [--dry-run] [--json]

Drafts a promotion packet in the handbook's packet template: every entry of your evidence log
(exported from the brag-document page) under the target level's dimensions, with the level's
expectation above each, a criteria map, and the dimensions with no evidence as known concerns.
  --evidence  the evidence log you exported (JSON)
  --ladder    ic-engineering, engineering-management, product-management, or a fork's own
              (default: the ladder the evidence log names)
  --level     the target level, e.g. staff (default: the level the evidence log names)
  --out       the Markdown file to write (never overwritten without --force)

Example: npx handbook packet --evidence my-evidence.json --ladder ic-engineering --level staff --out packet.md`,
  check: `handbook check [--json] [--stale [--strict]]

Validates every page, checklist, assessment and ladder, every internal link, and that the
exporter can parse every page. Prints each problem as file:line: message; exits 1 if any.
Reads handbook.config.yaml (or the file HANDBOOK_CONFIG names) and the fork's local/ folder.

  --stale    instead, list the pages past their review date, by owner (exits 0)
  --strict   with --stale: exit 1 when any page is past its review date

Example: npx handbook check
         npx handbook check --stale --strict   (in a weekly CI job)`,
};

export const messages = {
  unknownCommand: (name: string, suggestion?: string) =>
    `Unknown command "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Commands: new, plan, export, packet, check. Run "npx handbook --help".`,
  noCommand: 'No command given. Run "npx handbook --help" to see the commands.',
  badOption: (detail: string, command: string) =>
    `${detail.replace(/\.$/, '')}. Run "npx handbook ${command} --help" for the options.`,
  unknownOption: (option: string, command: string, options: string[], suggestion?: string) =>
    `Unknown option '${option}' for ${command}.${suggestion ? ` Did you mean ${suggestion}?` : ''} Its options: ${options.join(', ')}. Run "npx handbook ${command} --help".`,
  optionNeedsValue: (option: string, command: string, next?: string) =>
    next === undefined
      ? `${option} needs a value, e.g. ${option} <value>. Run "npx handbook ${command} --help".`
      : `${option} needs a value, but the option ${next} follows it. Write the value right after ${option} (or, for a value that starts with a dash, ${option}=${next}). Run "npx handbook ${command} --help".`,
  optionTakesNoValue: (option: string, command: string) =>
    `${option} takes no value: write ${option} on its own. Run "npx handbook ${command} --help".`,
  optionTwice: (option: string, first: string, second: string) =>
    `${option} is given twice ("${first}" and "${second}"); give it once.`,
  unexpectedArguments: (command: string, args: string[], usage: string) =>
    `Unexpected argument${args.length > 1 ? 's' : ''} ${args.map((a) => `"${a}"`).join(', ')}: ${command} takes only options.\nUsage: ${usage}`,
  version: (version: string) => `handbook ${version}`,
  packetNeeds: (option: string, example: string) =>
    `packet needs --${option}, e.g. --${option} ${example}: the evidence log does not name one (pick a ladder and level on the brag-document page before exporting, and the packet uses them). Nothing was written.`,
  untaggedEntries: (count: number, ladder: string) =>
    `Note: ${count === 1 ? '1 entry shows' : `${count} entries show`} no ${ladder} dimension; the packet lists ${count === 1 ? 'it' : 'them'} under "Not tied to a dimension yet" for you to tag or cut.`,
  missingOption: (option: string, command: string, example: string) =>
    `${command} needs --${option}, e.g. --${option} ${example}. Run "npx handbook ${command} --help".`,
  unknownKind: (kind: string, kinds: string[]) =>
    `Unknown kind "${kind}".${didYouMean(kind, kinds)} Kinds: ${kinds.join(', ')}.`,
  badSlug: (slug: string) =>
    `"${slug}" is not a usable name: use lowercase letters, digits and dashes, e.g. running-retros (no slashes, no dots).`,
  unknownSection: (section: string, sections: string[]) =>
    `Unknown section "${section}".${didYouMean(section, sections)} Sections: ${sections.join(', ')}.`,
  exists: (file: string) => `${file} already exists. Nothing was written. Add --force to overwrite it.`,
  outside: (file: string, root: string) =>
    `Refusing to write ${file}: it is outside ${root}. Nothing was written.`,
  linkedOutside: (file: string, real: string, root: string) =>
    `Refusing to write ${file}: it is a symbolic link to ${real}, outside ${root}. Remove the link or choose another name. Nothing was written.`,
  insideContent: (what: string, folder: string) =>
    `Refusing to write ${what}: it is inside ${folder}/, the handbook's own content, where a stray file breaks the check and the build. Nothing was written. Choose a place outside ${folder}/.`,
  sameFile: (first: string | undefined, second: string | undefined, file: string) =>
    `${first && second ? `${first} and ${second} both name` : 'Two files would be written to'} ${file}; give each its own file. Nothing was written.`,
  isFolder: (what: string, example?: string) =>
    `${what} is a folder; give a file name${example ? `, e.g. ${example}` : ''}. Nothing was written.`,
  noContent: (folder: string, fromEnvironment: boolean) =>
    `No handbook here: ${folder} does not exist. ` +
    (fromEnvironment
      ? 'HANDBOOK_ROOT points at a folder without content/: point it at a copy of the handbook, or unset it.'
      : 'Run the command inside the handbook project, where content/ is.'),
  notAFolder: (what: string, blocker: string) =>
    `Cannot write ${what}: ${blocker} is a file, not a folder. Choose another path. Nothing was written.`,
  cannot: (doing: string, reason: string) => `Cannot ${doing}: ${reason}.`,
  partlyWritten: (done: string[]) =>
    done.length ? `Already written before it: ${done.join(', ')}.` : 'Nothing was written.',
  sectionOff: sectionOffMessage,
  sectionNotForKind: (kind: string, folder: string) =>
    `--section is for pages (playbook, runbook); a ${kind} has none (it goes in ${folder}/). Leave --section out.`,
  mdxWithOut:
    '--mdx writes the plan as a page into the handbook and --out writes it as a Markdown file: use one of them.',
  outIsInput: (file: string) =>
    `--out ${file} is the evidence log itself; write the packet to another file, e.g. --out packet.md. Nothing was written.`,
  evidenceIsFolder: (file: string) =>
    `${file} is a folder; give the evidence log you exported, e.g. --evidence ${file}/evidence.json.`,
  configIsFolder: (file: string) =>
    `HANDBOOK_CONFIG names ${file}, which is a folder; name the config file itself, e.g. ${file}/handbook.config.yaml.`,
  guideDraft: (file: string, draft: string) =>
    `next: write the page. It is a draft: "npx handbook check" fails on ${file} until it has 600 words of prose (the build only warns, so run check before publishing). To keep it out of the check and the site while you write, rename it to ${draft} (files starting with _ are drafts), and back when it is ready.`,
  embedNext: (file: string, what: 'checklist' | 'assessment', importLine: string, tag: string) =>
    `next: fill in ${file}, then show the ${what} on a page: put ${importLine} under the page's frontmatter and ${tag} where it belongs. "npx handbook check" says if anything is missing.`,
  ladderNext: (file: string, address: string) =>
    `next: describe the levels and dimensions in ${file}. The site makes the ladder's pages from it at ${address} (each level, what changes at the next, comparisons, radar charts): see them with "npm run dev" after "npx handbook check" passes.`,
  runbookNext: (page: string, checklist: string) =>
    `next: fill in ${page} and the steps in ${checklist}, which the page already shows. Run "npx handbook check" before publishing.`,
  emptyTitle:
    '--title is empty: give the title in quotes, e.g. --title "Running retros", or leave --title out to name it after the slug.',
  wrote: (file: string) => `wrote ${file}`,
  wouldWrite: (file: string) => `would write ${file}`,
  badDate: (value: string) => `"${value}" is not a date. Write it as YYYY-MM-DD, e.g. --start 2027-01-11.`,
  unknownRole: (role: string, roles: string[]) =>
    `Unknown role "${role}".${didYouMean(role, roles)} Roles: ${roles.join(', ')}.`,
  missingChecklist: (file: string) =>
    `${file} is missing; the plan is built from it. Restore it or run "npx handbook check".`,
  brokenChecklist: (problems: string[]) =>
    `The plan is built from a checklist that has problems; fix them and run the command again:\n${problems.join('\n')}`,
  unknownTarget: (target: string, targets: string[]) =>
    `Unknown target "${target}".${didYouMean(target, targets)} Targets: ${targets.join(', ')}.`,
  outNotEmpty: (dir: string) =>
    `${dir} is not empty. Nothing was written. Choose an empty folder or add --force.`,
  pageNotExported: (place: string) =>
    `${place}\nThe export stopped at this page and wrote nothing. Fix it there; \`npx handbook check\` lists every problem in the handbook.`,
  exported: (count: number, dir: string, seconds: number) =>
    `exported ${count} page${count === 1 ? '' : 's'} to ${dir} in ${seconds.toFixed(2)} s`,
  bookletNotHtml: (out: string) =>
    `--out names the booklet file and ends in .html, e.g. --out incidents.html (not "${out}").`,
  pdfNeedsBooklet:
    '--pdf and --paper work with --target booklet, e.g. --target booklet --out incidents.html --pdf.',
  paperNeedsPdf: '--paper sets the PDF page size: add --pdf, e.g. --pdf --paper letter.',
  unknownPaper: (paper: string, sizes: string[]) =>
    `Unknown paper size "${paper}".${didYouMean(paper, sizes)} Sizes: ${sizes.join(', ')}.`,
  bookletDone: (pages: number, bytes: number, seconds: number) =>
    `booklet of ${pages} pages, ${Math.round(bytes / 1024)} kB, in ${seconds.toFixed(2)} s`,
  noFile: (file: string) =>
    `${file} does not exist. Export your evidence log from the brag-document page first.`,
  notJson: (file: string, detail: string) =>
    `${file} is not valid JSON (${detail}). Export it again from the brag-document page, or fix the file.`,
  badEvidence: (file: string, problems: string[]) =>
    `${file} is not a usable evidence log:\n${problems.map((p) => `  ${p}`).join('\n')}\nNothing was written.`,
  unknownLadder: (ladder: string, ladders: string[]) =>
    `Unknown ladder "${ladder}".${didYouMean(ladder, ladders)} Ladders: ${ladders.join(', ')}.`,
  unknownLevel: (level: string, ladder: string, levels: string[]) =>
    `Unknown level "${level}" in ${ladder}.${didYouMean(level, levels)} Levels: ${levels.join(', ')}.`,
  unknownDimension: (dimension: string, ladder: string) =>
    `warning: entries tagged "${dimension}" are left out: ${ladder} has no such dimension`,
  progress: (done: number, total: number) => `  ${done}/${total} pages`,
  checkOk: (files: number) => `checked ${files} files: no problems`,
  strictNeedsStale: '--strict works with --stale: "npx handbook check --stale --strict".',
  staleLine: (owner: string | undefined, due: string, every: string) =>
    `due for review since ${due} (every ${every}); owner: ${owner ?? 'none — set owner in the frontmatter or handbook.config.yaml'}`,
  staleNone: (pages: number) => `${pages} pages with a review date: none is past it`,
  staleSome: (overdue: number, pages: number) => `${overdue} of ${pages} pages are past their review date`,
  badSettings: (detail: string) =>
    `${detail}\nFix handbook.config.yaml (or the environment variable named), then run the command again.`,
  checkFailed: (problems: number, files: number) => `${problems} problem(s) in ${files} files`,
  internal: (error: unknown) =>
    `Internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in the handbook CLI; please report it with the command you ran.`,
  // handbook export (src/cli/commands/export.ts, booklet.ts): refusals and notes.
  exportBlocked: (problems: string[]) =>
    `${problems.join('\n')}\n${messages.exportBlockedSummary(problems.length)}`,
  exportBlockedSummary: (count: number) =>
    `The export stopped before writing anything: ${count} problem(s), the same "npx handbook check" reports. Fix them and run the export again.`,
  exportSectionOff: (sections: string[], configFile: string) =>
    `${sections.map((s) => `"${s}"`).join(', ')} ${sections.length > 1 ? 'are' : 'is'} turned off in ${configFile} (${sections.map((s) => `${s}: false`).join(', ')} under sections:), so there is nothing to export. To export ${sections.length > 1 ? 'them' : 'it'}, delete ${sections.length > 1 ? 'those lines' : 'that line'} from ${configFile}, or leave ${sections.length > 1 ? 'them' : 'it'} out of --section.`,
  exportDroppedLinks: (count: number, site?: string) =>
    site
      ? `note: ${count} link(s) to pages outside this export lead to ${site}`
      : `note: ${count} link(s) to pages outside this export were kept as plain text; set site: in handbook.config.yaml (or HANDBOOK_SITE_URL) to link them to the website`,
  pageAndSection:
    '--page and --section each choose what to export: give one, e.g. --page /incidents/on-call/ or --section incidents.',
  badDaysOff: (why: string) =>
    `--days-off: ${why}. Give dates and ranges separated by commas, e.g. --days-off 2026-12-24..2027-01-01,2027-04-02.`,
  pageOtherTarget: (out: string, earlier: string, asked: string) =>
    `${out} holds an export for --target ${earlier}; pages for --target ${asked} would not match it (file names, links, callouts). Add them with --target ${earlier}, or give another --out folder.`,
  pageNotForBooklet:
    '--page works with the Markdown targets (e.g. --target confluence); a booklet holds whole sections: use --section, or print the page from the website.',
  notAnAddress: (asked: string) =>
    `--page ${asked}: that is not the address of a page. Give it as the website shows it, e.g. --page /incidents/on-call/, or the page's file, e.g. content/docs/incidents/on-call.mdx.`,
  unknownPage: (
    asked: string,
    route: string,
    routes: string[],
    configFile: string,
    excluded?: { reason: 'internal' | 'section-off' | 'page-off'; file: string },
  ) =>
    excluded?.reason === 'section-off'
      ? `--page ${asked}: ${route} is in a section ${configFile} turns off, so it is not in this handbook to export. Turn the section back on under sections: to export it.`
      : excluded?.reason === 'page-off'
        ? `--page ${asked}: ${configFile} leaves ${route} out (pages: ${route}: false), so it is not in this handbook to export. Delete that line to export it.`
        : excluded?.reason === 'internal'
          ? `--page ${asked}: ${route} (${excluded.file}) is internal, and this is the public edition, which leaves it out.`
          : /^\/[a-z-]+\/$/.test(route) && (SECTION_IDS as readonly string[]).includes(route.slice(1, -1))
            ? `--page ${asked}: ${route} is the contents of a section, not a page. To export the whole section, use --section ${route.slice(1, -1)}.`
            : `--page ${asked}: no page of the handbook is at ${route}.${didYouMean(route, routes)} Give a page's address as the website shows it, e.g. --page /incidents/on-call/, or its file under content/docs/.`,
  exportSiteOnlyLinks: (links: string[], site?: string) =>
    site
      ? `note: ${links.length} link(s) to pages only the website has (${links.join(', ')}) lead to ${site}`
      : `note: ${links.length} link(s) to pages only the website has (${links.join(', ')}) were kept as plain text; set site: in handbook.config.yaml (or HANDBOOK_SITE_URL) to link them to the website`,
  exportRemoved: (count: number, dir: string, dryRun: boolean) =>
    `${dryRun ? 'would remove' : 'removed'} ${count} file(s) that an earlier export wrote to ${dir} and this one does not`,
  exportEditedKept: (files: string[], copies: string, dryRun: boolean) =>
    `note: ${files.length} file(s) were edited in the folder since the last export (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}); ${dryRun ? 'the export would replace them, keeping the edited copies' : 'they are replaced, and the edited copies are kept'} in ${copies}. Move edits you want to keep into the handbook's content, or the next export replaces them again.`,
  exportLeftAlone: (files: string[], dir: string, listed: boolean) =>
    `note: ${files.length} file(s) in ${dir} are not from this export and were left as they are (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}).${listed ? '' : " The folder has no list of an earlier export's files, so they may be from one (made before exports kept that list): delete those you no longer want."}`,
};
