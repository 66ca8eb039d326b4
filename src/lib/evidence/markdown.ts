/**
 * The evidence log as Markdown: a brag document in the shape of the brag-document page's own
 * template, and a promotion packet draft in the shape of the packet template, with the evidence
 * under the target level's dimensions and the gaps as known concerns. Shared by the browser and
 * `npx handbook packet`.
 */
import { typedMarkdown } from '../text/typed-markdown';
import { coverage, filterEntries, type EvidenceEntry, type EvidenceLog } from './evidence';
import type { Rating } from '../checkins/checkin';

/** What the Markdown needs of a ladder: its dimensions and, per level, each expectation. */
export interface LadderOutline {
  id: string;
  title: string;
  dimensions: { id: string; label: string }[];
  levels: { id: string; title: string; expectations: Record<string, string> }[];
}

const line = (e: EvidenceEntry) =>
  `- ${e.date}: ${typedMarkdown(e.what)}${e.impact ? ` — ${typedMarkdown(e.impact)}` : ''}${e.link ? ` ([link](${e.link}))` : ''}`;

/**
 * Entries that show none of the ladder's dimensions (tagged with none, or only with another
 * ladder's): the packet lists them apart, since under the dimensions they would be left out of
 * the case without a word.
 */
export function untaggedEntries(entries: EvidenceEntry[], ladder: Pick<LadderOutline, 'dimensions'>) {
  const known = new Set(ladder.dimensions.map((d) => d.id));
  return entries.filter((e) => !e.dimensions.some((id) => known.has(id)));
}

/** The log as a brag document: goals left to fill, entries by dimension, then the weekly log. */
export function bragMarkdown(log: EvidenceLog, ladder: LadderOutline | undefined, today: string): string {
  const level = ladder?.levels.find((l) => l.id === log.level);
  const out = [
    '# Brag document — [Your name]',
    '',
    `Current level: [level] · Aiming for: ${level ? level.title : '[level or role]'} · Last roll-up: ${today}`,
    '',
    '## Goals for this quarter',
    '- [Goal 1 — and how I’ll know it’s done]',
    '',
  ];
  if (ladder) {
    out.push('## Evidence by skill', '');
    for (const d of ladder.dimensions) {
      const here = log.entries.filter((e) => e.dimensions.includes(d.id));
      out.push(`### ${d.label}`, ...(here.length ? here.map(line) : ['- (nothing logged yet)']), '');
    }
  }
  out.push('---', '', '## Weekly log (newest first)', '', ...log.entries.map(line), '');
  return out.join('\n');
}

/**
 * A packet draft for `level` of `ladder`: the template's sections, each dimension of the target
 * level with its expectation and the entries that show it, and the dimensions with no evidence
 * (or rated below the level in the check-in) listed as known concerns.
 */
export function packetMarkdown(
  log: EvidenceLog,
  ladder: LadderOutline,
  levelId: string,
  { ratings = {}, since }: { ratings?: Record<string, Rating>; since?: string } = {},
): string {
  const level = ladder.levels.find((l) => l.id === levelId);
  if (!level) throw new Error(`no level "${levelId}" in ${ladder.id}`);
  // The packet counts what the page's coverage table counts: the entries of the same period.
  const entries = filterEntries(log.entries, { since });
  const cover = coverage(entries, ladder.dimensions);
  const period = since
    ? `the ${entries.length} entries dated ${since} or later`
    : `all ${entries.length} entries`;
  const out = [
    `# Promotion case: [Name], [current level] → ${level.title}`,
    '',
    'Team: [team] · Manager: [name] · Time at current level: [time] · Cycle: [cycle]',
    '',
    '## 1. Summary (3–4 sentences)',
    `[Name] has been working at ${level.title} scope for [period]. The clearest evidence is [the two strongest entries below].`,
    '',
    `## 2. Evidence against the ${level.title} expectations`,
    '',
    `From ${period} in the evidence log.`,
    '',
  ];
  for (const d of ladder.dimensions) {
    const here = entries.filter((e) => e.dimensions.includes(d.id));
    out.push(
      `### ${d.label}`,
      '',
      `> ${level.expectations[d.id] ?? ''}`,
      '',
      ...(here.length ? here.map(line) : ['- No evidence logged yet.']),
      '',
    );
  }
  const untagged = untaggedEntries(entries, ladder);
  if (untagged.length)
    out.push(
      '### Not tied to a dimension yet',
      '',
      `> Tag each with the ${ladder.title} dimension it shows, or cut it: a committee reads evidence against the expectations above.`,
      '',
      ...untagged.map(line),
      '',
    );
  out.push(
    '## 3. Criteria map',
    '',
    `| ${ladder.title}: ${level.title} | Entries | Strength |`,
    '|---|---|---|',
  );
  for (const c of cover) out.push(`| ${c.label} | ${c.count} | ${c.strength} |`);
  const concerns = cover.filter((c) => c.strength === 'none' || ratings[c.id] === 'below');
  out.push('', '## 4. Known concerns, addressed', '');
  if (concerns.length === 0)
    out.push('- None from the evidence log. State the strongest argument against, fairly, and answer it.');
  for (const c of concerns) {
    const why = [
      ...(c.strength === 'none' ? ['no evidence logged'] : []),
      ...(ratings[c.id] === 'below' ? ['rated below the level in the latest check-in'] : []),
    ].join('; ');
    out.push(
      `- Concern: ${c.label} — ${why}.`,
      '  Response: [what answers it, or the plan and date to close it]',
    );
  }
  out.push('', '## 5. Peer feedback', '- "[Quote]" — [name], [role], [how they worked together]', '');
  out.push('## 6. Manager’s assessment', '[Manager writes the recommendation.]', '');
  return out.join('\n');
}
