import type { Ladder } from '../../schemas/ladder';
import type { DerivedAssessment } from '../handbook/model';
import { ladderPaths } from '../handbook/routes';

/** A page the site generates from data, written as Markdown for the exporter. */
export interface GeneratedPage {
  route: string;
  title: string;
  section: string;
  description: string;
  markdown: string;
  sources: Ladder['sources'];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One page per ladder: the ratings table, each dimension by level, and each level in full. */
export function ladderPage(ladder: Ladder): GeneratedPage {
  const lines = [
    ladder.description,
    '',
    '## Ratings at a glance',
    '',
    `| Dimension | ${ladder.levels.map((l) => cell(`${l.title} (${l.band})`)).join(' | ')} |`,
    `| --- |${ladder.levels.map(() => ' --- |').join('')}`,
  ];
  for (const d of ladder.dimensions)
    lines.push(`| ${cell(d.label)} | ${ladder.levels.map((l) => l.dimensions[d.id]!.rating).join(' | ')} |`);
  lines.push('', '## Every level, every dimension', '');
  for (const d of ladder.dimensions) {
    lines.push(
      `### ${d.label}`,
      '',
      d.description,
      '',
      '| Level | Rating | Expectation |',
      '| --- | --- | --- |',
    );
    for (const l of ladder.levels)
      lines.push(
        `| ${cell(l.title)} | ${l.dimensions[d.id]!.rating}/5 | ${cell(l.dimensions[d.id]!.expectation)} |`,
      );
    lines.push('');
  }
  lines.push('## The levels', '');
  for (const l of ladder.levels) {
    lines.push(
      `### ${l.title} (${l.band})`,
      '',
      `${l.summary}`,
      '',
      `**Typical scope:** ${l.typicalScope}`,
      '',
      `**Key shift:** ${l.keyShift}`,
      '',
    );
    for (const d of ladder.dimensions) {
      const e = l.dimensions[d.id]!;
      lines.push(
        `**${d.label}.** ${e.expectation}`,
        '',
        ...e.signals.map((s) => `- Signal: ${s}`),
        ...e.antiPatterns.map((s) => `- Watch out for: ${s}`),
        '',
      );
    }
    if (l.toNextLevel)
      lines.push('**To get to the next level:**', '', ...l.toNextLevel.map((s, i) => `${i + 1}. ${s}`), '');
  }
  return {
    route: ladderPaths.ladder(ladder.id),
    title: ladder.title,
    section: 'levels',
    description: `${ladder.title}: every level and dimension.`,
    markdown: lines.join('\n'),
    sources: ladder.sources,
  };
}

/** The list of ladders. */
export function laddersHub(ladders: Ladder[]): GeneratedPage {
  const lines = ['The career ladders of this handbook, level by level.', ''];
  for (const l of ladders)
    lines.push(`- [${l.title}](${ladderPaths.ladder(l.id)}): ${l.levels.map((x) => x.title).join(', ')}`);
  return {
    route: ladderPaths.hub(),
    title: 'Career ladders',
    section: 'levels',
    description: 'Every career ladder in the handbook.',
    markdown: lines.join('\n'),
    sources: [],
  };
}

/** A derived assessment (promotion readiness for one level) as the worksheet page the site shows. */
export function derivedPage(derived: DerivedAssessment): GeneratedPage {
  const { assessment, ladder, level } = derived;
  return {
    route: derived.route,
    title: assessment.title,
    section: 'assessments',
    description: `Readiness for ${level.title}, as a worksheet.`,
    markdown: `Rate each statement from the [${level.title} level](${ladderPaths.level(ladder.id, level.id)}) of the ladder.\n\n<Assessment id="${assessment.id}" />\n`,
    sources: derived.template.sources,
  };
}
