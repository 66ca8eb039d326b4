import { parseMdx } from '../export/parse';
import { buildHandbook, notALadder, notALevel, type Handbook } from '../handbook/model';
import { parseContent } from '../handbook/parse-content';
import type { ContentFiles, RawDataFile } from '../handbook/raw-content';
import { defaultOptions, type HandbookOptions } from '../handbook/options';
import { termValues } from '../config/terms';
import type { ContentProblem } from './problem';
import { dataLinkProblems, linkProblems, referenceProblems, unreadableData } from './references';
import { readScope, scopeProblems, type PageScope } from './mdx-scope';
import { pageLinks, type PageLinks } from './links';
import { templateProblems } from '../templates/templates';
import { layerProblems } from './layers';

/**
 * Every content rule, over every file: each file against its schema, the model's rules across
 * files, the kind rules of each page, every internal link (of pages and of data files) and
 * embedded component, that each MDX page imports the components and defines the names it uses,
 * and that the exporter can parse each page. `npx handbook check` and the content tests run
 * exactly this; the build runs the same schemas and the same model.
 *
 * A data file that fails its own checks is reported once: pages that embed it or link the
 * pages made from it are not reported as well.
 *
 * `writingRules: false` leaves out the rules that say a page is unfinished rather than wrong
 * (the kind rules the build only warns about, and a copyable block without a title): the
 * export's gate, which must let a fork export while a draft is open, and need not pay for them.
 */
export function checkContent(
  files: ContentFiles,
  options: HandbookOptions = defaultOptions(),
  { writingRules = true }: { writingRules?: boolean } = {},
): { problems: ContentProblem[]; handbook: Handbook } {
  const parsed = parseContent(files, termValues(options.config));
  const built = buildHandbook(parsed.raw, options);
  const unreadable = unreadableData(files, parsed.raw, built.handbook);
  // A template whose ladder file is there but broken is not told the ladder does not exist.
  const ladderBroken = (problem: ContentProblem) =>
    parsed.raw.assessments.some(
      ({ data }) =>
        data.fromLadder &&
        unreadable.ladder(data.fromLadder.ladder) &&
        problem.message.startsWith(notALadder(data.fromLadder.ladder)),
    );
  // While a ladder file does not read, its levels are unknown: pages naming them are not told.
  const ladderMissing = parsed.raw.ladders.length < files.ladders.length;
  const levelOfBrokenLadder = ({ message }: ContentProblem) =>
    ladderMissing && message.startsWith(notALevel(message.split('"')[1] ?? ''));
  const problems = [
    ...layerProblems(files),
    ...parsed.problems,
    ...built.problems.filter((problem) => !ladderBroken(problem)),
    ...(writingRules ? built.warnings.filter((warning) => !levelOfBrokenLadder(warning)) : []),
  ];
  // The pages this edition publishes, with the team's terms in their text.
  const links = new Map<string, PageLinks>();
  const scopes: { file: string; scope: PageScope }[] = [];
  for (const page of built.handbook.pages) {
    if (page.text === undefined) continue;
    try {
      const tree = parseMdx(page.text);
      links.set(page.route, pageLinks(tree));
      problems.push(...referenceProblems(page.file, tree, built.handbook, unreadable));
      if (writingRules) problems.push(...templateProblems(page.file, tree, built.handbook));
      // Only MDX runs code: in a .md page, braces and tags are text and HTML.
      if (page.file.endsWith('.mdx')) scopes.push({ file: page.file, scope: readScope(tree) });
    } catch (error) {
      const e = error as { line?: number; reason?: string; message: string };
      problems.push({
        file: page.file,
        line: e.line ?? 1,
        message: `the exporter cannot parse this page: ${e.reason ?? e.message}`,
      });
    }
  }
  // The import line other pages use for each component, for the message of a page that lacks it.
  const imports = new Map<string, string>();
  for (const { scope } of scopes)
    for (const [name, statement] of scope.imports) if (!imports.has(name)) imports.set(name, statement);
  for (const { file, scope } of scopes) problems.push(...scopeProblems(file, scope, imports));
  problems.push(...linkProblems(built.handbook, links, unreadable));
  const data = [
    ...parsed.raw.checklists,
    ...parsed.raw.assessments,
    ...parsed.raw.tables,
  ] as RawDataFile<object>[];
  problems.push(...dataLinkProblems(data, built.handbook, links, unreadable));
  return { problems: sortProblems(problems), handbook: built.handbook };
}

/** Problems by file, then line, each reported once. */
function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.file}:${p.line}:${p.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
