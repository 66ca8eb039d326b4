/**
 * A result as Markdown, to paste into a brag document, a 1:1 agenda or an issue.
 */
import { answerOptions } from './groups';
import { typedMarkdown } from '../text/typed-markdown';
import { listInWords } from '../text/words';
import type { Answers, Result, ScoringDefinition } from './score';

/** What the Markdown needs beyond scoring: titles and the words of questions and answers. */
export interface MarkdownDefinition extends ScoringDefinition {
  title: string;
  questions: (ScoringDefinition['questions'][number] & { text: string })[];
}

/** The date `days` after `from`, as YYYY-MM-DD. */
export function dateAfter(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The areas level with the last one the gap plan took, which it leaves for later: named (or
 * counted, past three), so the reader knows the plan picked by the check's order, not by score.
 */
export function tiedText(r: Result): string | undefined {
  const last = r.weakest.at(-1);
  if (!r.tied.length || !last) return undefined;
  const others = r.tied.length > 3 ? `${r.tied.length} more areas` : listInWords(r.tied.map((d) => d.label));
  return `Also at ${Math.round(last.percent!)}%: ${others}; the plan takes the areas this check lists first.`;
}

/** How an answer reads in words: as the form labels it ("3 — Sometimes", "Partly", an option), or the text. */
export function answerText(def: MarkdownDefinition, questionId: string, answers: Answers): string {
  const q = def.questions.find((x) => x.id === questionId)!;
  const answer = answers[questionId];
  if (!answer) return 'not answered';
  const value = String(answer.value);
  return answerOptions(def, q).find((o) => o.value === value)?.label ?? value;
}

/** The result and the answers as Markdown, dated `now`. */
export function resultMarkdown(
  def: MarkdownDefinition,
  result: Result,
  answers: Answers,
  now: Date = new Date(),
): string {
  const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n)}%`);
  const lines = [`## ${def.title} — ${now.toISOString().slice(0, 10)}`, ''];
  if (result.band) lines.push(`**Result: ${result.band.label}.** ${result.band.text}`, '');
  lines.push(
    `Answered ${result.answered} of ${result.total} questions. Overall: ${pct(result.overall)}.`,
    '',
  );
  for (const flag of result.flags) lines.push(`> ${flag.text}`, '');
  if (def.dimensionStatus) {
    lines.push('| Area | Score | Status |', '| --- | --- | --- |');
    for (const d of result.dimensions)
      lines.push(`| ${d.label} | ${pct(d.percent)} | ${d.status?.label ?? '—'} |`);
  } else {
    lines.push('| Area | Score |', '| --- | --- |');
    for (const d of result.dimensions) lines.push(`| ${d.label} | ${pct(d.percent)} |`);
  }
  lines.push('');
  if (result.gapPlan.length > 0) {
    lines.push('### Gap plan', '');
    for (const gap of result.gapPlan)
      for (const a of gap.actions) lines.push(`- [ ] ${gap.label}: ${a.text}`);
    lines.push('');
    const tied = tiedText(result);
    if (tied) lines.push(tied, '');
  }
  if (result.plan.length > 0) {
    lines.push('### Plan', '');
    for (const step of result.plan) lines.push(`- [ ] ${dateAfter(now, step.afterDays)}: ${step.text}`);
    lines.push('');
  }
  lines.push('### Answers', '');
  for (const q of def.questions) {
    const answer = answers[q.id];
    lines.push(
      `- ${q.text} **${q.type === 'text' ? typedMarkdown(answerText(def, q.id, answers)) : answerText(def, q.id, answers)}**${answer?.note ? ` (${typedMarkdown(answer.note.replace(/\n+/g, ' '))})` : ''}`,
    );
  }
  return lines.join('\n') + '\n';
}
