import type { Ladder } from '../../schemas/ladder';
import type { Assessment } from '../../schemas/assessment';
import { readinessFor } from '../assessments/derive';

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
    route: `/ladders/${ladder.id}/`,
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
    lines.push(`- [${l.title}](/ladders/${l.id}/): ${l.levels.map((x) => x.title).join(', ')}`);
  return {
    route: '/ladders/',
    title: 'Career ladders',
    section: 'levels',
    description: 'Every career ladder in the handbook.',
    markdown: lines.join('\n'),
    sources: [],
  };
}

/** The promotion-readiness worksheets, one per target level, as the site generates them. */
export function readinessPages(
  templates: Assessment[],
  ladders: Ladder[],
): { page: GeneratedPage; assessment: Assessment }[] {
  return templates.flatMap((template) => {
    const ladder = ladders.find((l) => l.id === template.fromLadder?.ladder);
    if (!ladder) return [];
    return ladder.levels.slice(1).map((level) => {
      const assessment = readinessFor(template, ladder, level);
      return {
        assessment,
        page: {
          route: `/assessments/${template.id}/${level.id}/`,
          title: assessment.title,
          section: 'assessments',
          description: `Readiness for ${level.title}, as a worksheet.`,
          markdown: `Rate each statement from the [${level.title} level](/ladders/${ladder.id}/${level.id}/) of the ladder.\n\n<Assessment id="${assessment.id}" />\n`,
          sources: template.sources,
        },
      };
    });
  });
}
