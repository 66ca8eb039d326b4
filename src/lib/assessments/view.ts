/**
 * The HTML the assessment island writes into the page as the reader answers: the result, the
 * comparisons and the team view. Pure functions from data to markup, so every string a reader
 * sees is unit-tested without a browser; the island (`assessment-element.ts`) only places it.
 * Every text from data or from a reader is escaped.
 */
import { radarSvg } from '../charts/radar';
import { esc } from '../text/html';
import { listInWords } from '../text/words';
import { compareAnswers, differingQuestions, teamView } from './compare';
import { dateAfter, tiedText, type MarkdownDefinition } from './markdown';
import type { Answers, Result } from './score';
import type { Snapshot } from './state';
import { iso, localToday } from '../plans/dates';

/** What the view needs to know about the assessment (the JSON the page carries). */
export type ViewDefinition = MarkdownDefinition;

/** A score as shown: `72%`, or a dash when nothing was answered. */
export const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n)}%`);

/** Escapes text for HTML (defined once in lib/text; the island imports it from here). */
export { esc };

/** A table with a caption, column headings and ready-made body rows. */
function table(caption: string, columns: string[], rows: string[], className = 'result-table'): string {
  const head = columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  return `<table class="${className}"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The result: band, flags, scores by area (chart and table), the ends, the gap plan and a dated plan. */
export function resultHtml(def: ViewDefinition, r: Result, today: Date): string {
  if (!r.band) return '<p>Answer the questions above to see your result here.</p>';
  const flags = r.flags.map((f) => `<p class="flag flag-${f.tone}">${esc(f.text)}</p>`).join('');
  const statuses = Boolean(def.dimensionStatus);
  const rows = r.dimensions.map(
    (d) =>
      `<tr><th scope="row">${esc(d.label)}</th><td>${pct(d.percent)}</td>${statuses ? statusCell(d.status) : ''}<td>${d.answered} of ${d.total}</td></tr>`,
  );
  const scored = r.dimensions.filter((d) => d.percent !== null);
  const radar =
    def.dimensions.length >= 3
      ? `<div class="result-radar">${radarSvg({
          axes: r.dimensions.map((d) => ({ id: d.id, label: d.label })),
          series: [
            {
              label: 'Your answers',
              values: Object.fromEntries(r.dimensions.map((d) => [d.id, d.percent ?? 0])),
            },
          ],
          max: 100,
          title: `${def.title}: your scores by area`,
        })}</div>`
      : '';
  const better = def.higherIsWorse ? 'lowest risk' : 'strongest area';
  const worse = def.higherIsWorse ? 'highest risk' : 'weakest area';
  // Areas level with the first at each end are named together: picking one of four areas at 0%
  // as "the weakest" would point the reader at an arbitrary one.
  const level = (ranked: Result['strongest']) =>
    ranked.filter((d) => Math.round(d.percent!) === Math.round(ranked[0]!.percent!));
  const named = (ds: Result['strongest']) => `<strong>${esc(listInWords(ds.map((d) => d.label)))}</strong>`;
  const plural = (ds: unknown[]) => (ds.length > 1 && !def.higherIsWorse ? 's' : '');
  const top = level(r.strongest);
  const bottom = level([...r.strongest].reverse());
  // More than three level at one end is a count, not a list that names most of the assessment.
  const end = (ds: Result['strongest'], which: string, score: string) =>
    ds.length > 3
      ? `${ds.length} areas share your ${score}, ${pct(ds[0]!.percent)}.`
      : `Your ${which}${plural(ds)}: ${named(ds)}.`;
  const ends =
    scored.length < 2
      ? ''
      : top.length === scored.length
        ? `<p>All your areas score the same: ${pct(top[0]!.percent)}.</p>`
        : `<p>${end(top, better, def.higherIsWorse ? 'lowest risk' : 'highest score')} ${end(bottom, worse, def.higherIsWorse ? 'highest risk' : 'lowest score')}</p>`;
  const gap = r.gapPlan.length
    ? `<h4>Your gap plan</h4><ul class="gap-plan">${r.gapPlan
        .flatMap((g) =>
          g.actions.map(
            (a) =>
              `<li><strong>${esc(g.label)}:</strong> ${a.link ? `<a href="${esc(a.link)}">${esc(a.text)}</a>` : esc(a.text)}</li>`,
          ),
        )
        .join('')}</ul>${tiedHtml(r)}`
    : '';
  const plan = r.plan.length
    ? `<h4>Your plan from today</h4><ol class="dated-plan">${r.plan
        .map((s) => {
          const date = dateAfter(today, s.afterDays);
          return `<li><time datetime="${date}">${date}</time>: ${esc(s.text)}</li>`;
        })
        .join('')}</ol>`
    : '';
  const capped = r.capped.length
    ? `; ${r.capped.length} top rating${r.capped.length > 1 ? 's' : ''} counted one step lower for want of evidence`
    : '';
  return `${flags}<p class="band"><strong>${esc(r.band.label)}.</strong> ${esc(r.band.text)}</p>
      <p class="answered">Based on ${r.answered} of ${r.total} answers${r.overall === null ? '' : `; overall ${pct(r.overall)}`}${capped}.</p>
      ${radar}${table('Scores by area', ['Area', 'Score', ...(statuses ? ['Status'] : []), 'Answered'], rows)}
      ${ends}${gap}${plan}`;
}

/** The areas level with the last one the gap plan took, as a paragraph (see `tiedText`). */
function tiedHtml(r: Result): string {
  const tied = tiedText(r);
  return tied ? `<p class="gap-tied">${esc(tied)}</p>` : '';
}

/** An area's status as a table cell, marked for colour by its id (the word carries the meaning). */
const statusCell = (status: { id: string; label: string } | undefined) =>
  status ? `<td class="status status-${esc(status.id)}">${esc(status.label)}</td>` : '<td>—</td>';

/** Your answers beside someone else's: scores by area with disagreements marked, then the questions answered differently. */
export function otherHtml(def: ViewDefinition, mine: Answers, theirs: Answers, who: string): string {
  const rows = compareAnswers(def, mine, theirs).map(
    (c) =>
      `<tr${c.disagree ? ' class="disagree"' : ''}><th scope="row">${esc(c.label)}</th><td>${pct(c.a)}</td><td>${pct(c.b)}</td><td>${c.disagree ? 'Talk about this' : ''}</td></tr>`,
  );
  const differing = differingQuestions(def, mine, theirs)
    .map((id) => `<li>${esc(def.questions.find((q) => q.id === id)!.text)}</li>`)
    .join('');
  return (
    `<h4>You and ${esc(who)}</h4>${table(`Your scores beside ${who}`, ['Area', 'You', who, 'Disagreement'], rows)}` +
    (differing
      ? `<p>Questions you answered differently:</p><ul>${differing}</ul>`
      : '<p>You gave the same answers.</p>')
  );
}

/** Several people's answers: every score per area, the median and the spread, wide spreads marked. */
export function teamHtml(def: ViewDefinition, members: { label: string; answers: Answers }[]): string {
  const rows = teamView(
    def,
    members.map((m) => m.answers),
  ).map(
    (d) =>
      `<tr${d.wide ? ' class="disagree"' : ''}><th scope="row">${esc(d.label)}</th>${d.scores.map((s) => `<td>${pct(s)}</td>`).join('')}<td>${pct(d.median)}</td><td>${d.spread === null ? '—' : `${d.spread} points`}${d.wide ? ' (wide)' : ''}</td></tr>`,
  );
  return (
    `<h4>Team view: ${members.length} people</h4>` +
    // One column per person: on a phone the table scrolls in a region the keyboard can reach.
    `<div class="table-scroll" role="region" tabindex="0" aria-label="Team view">${table(
      'Everyone’s scores by area, with the median and the spread',
      ['Area', ...members.map((m) => m.label), 'Median', 'Spread'],
      rows,
      'result-table team-table',
    )}</div>` +
    '<p>Talk first about the areas with a wide spread: people are seeing different teams.</p>'
  );
}

/** What moved between a snapshot and the answers now. */
export function snapshotHtml(def: ViewDefinition, snapshot: Snapshot, now: Answers): string {
  const change = (n: number | null) =>
    n === null ? '—' : n === 0 ? 'no change' : n > 0 ? `up ${n}` : `down ${-n}`;
  const rows = compareAnswers(def, snapshot.answers, now).map(
    (c) =>
      `<tr><th scope="row">${esc(c.label)}</th><td>${pct(c.a)}</td><td>${pct(c.b)}</td><td>${change(c.change)}</td></tr>`,
  );
  // The day the reader's own calendar showed, not the UTC one (at 5 p.m. in California it is tomorrow).
  return `<h4>Since ${iso(localToday(new Date(snapshot.takenAt)))}</h4>${table('What moved since the snapshot', ['Area', 'Then', 'Now', 'Change'], rows)}`;
}

/** The options of the "Compare with" list: none, then each snapshot by when it was taken. */
export function snapshotOptions(snapshots: Snapshot[], formatDate: (iso: string) => string): string {
  return (
    '<option value="">no snapshot</option>' +
    snapshots.map((s, i) => `<option value="${i}">${esc(formatDate(s.takenAt))}</option>`).join('')
  );
}
