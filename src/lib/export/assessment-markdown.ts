import type { BlockContent, ListItem, PhrasingContent } from 'mdast';
import { u } from 'unist-builder';
import type { Assessment, Question } from '../../schemas/assessment';
import { answerOptions, questionGroups } from '../assessments/groups';
import { answerScore } from '../assessments/score';
import { answerLabels, conditionText } from './assessment-conditions';
import { list, listItem, paragraph, strong, text } from './mdast-builders';
import { seeLink, type TitleOf } from './see-link';

/** What the worksheet needs besides the assessment. */
export interface WorksheetContext {
  /** Page titles, to name the pages the actions link to. */
  titleOf: TitleOf;
  /** The page's address on the website, where the check scores itself; none when unknown. */
  onSite?: string;
}

/**
 * An assessment as a worksheet that works on paper. On the site the page scores the answers in
 * the browser; here everything the scoring uses is written out: the points of every answer,
 * how areas and the overall score are worked out, each result band with its cut-offs, the
 * flags, each area's actions for the gap plan, and the follow-ups. The points come from the
 * scorer itself (`answerScore`), so paper and page agree.
 */
export function assessmentMarkdown(a: Assessment, context: WorksheetContext): BlockContent[] {
  return [
    paragraph(strong(`Worksheet: ${a.title}.`), text(` ${a.intro}`)),
    paragraph(
      strong('On paper:'),
      text(' tick one answer per question; the points in brackets add up to the result, as set out below.'),
      ...(context.onSite
        ? [
            text(' The '),
            u('link', { url: context.onSite }, [text('website’s version')]),
            text(' scores it for you.'),
          ]
        : []),
    ),
    ...questionGroups(a).flatMap((group) => [
      paragraph(strong(group.label)),
      list(
        group.questions.map((q) => questionItem(a, q)),
        true,
      ),
    ]),
    ...scoring(a),
    ...results(a),
    ...actions(a, context.titleOf),
    ...(a.plan.length
      ? [
          paragraph(strong('Follow-ups')),
          list(a.plan.map((step) => listItem([text(`After ${step.afterDays} days: ${step.text}`)]))),
        ]
      : []),
  ];
}

/** A question with its notes (evidence, weight, hard stop) and its answers to tick, with points. */
function questionItem(a: Assessment, q: Question): ListItem {
  const notes = [
    q.evidence && 'evidence: a link or an example',
    q.weight !== 1 && `weight ${q.weight}`,
  ].filter(Boolean);
  const stop = q.hardStop && a.bands.find((b) => b.id === q.hardStop!.band);
  const item = listItem([
    text(q.text),
    ...(notes.length ? [text(` (${notes.join('; ')})`)] : []),
    ...(stop
      ? [
          text(
            ` If you answer ${answerLabels(a, q.id, q.hardStop!.answers)}, the result is “${stop.label}”, whatever the scores.`,
          ),
        ]
      : []),
  ]);
  const options = answerOptions(a, q);
  if (options.length)
    item.children.push(
      list(
        options.map((o) => {
          const points = answerScore(a, q, {
            value: q.type === 'scale' ? Number(o.value) : o.value,
            note: 'x',
          });
          return listItem([text(points ? `${o.label} (${pointsText(points.score)})` : o.label)], false);
        }),
      ),
    );
  return item;
}

/** How to add up the points: per area, overall, with the weights and the evidence rule. */
function scoring(a: Assessment): BlockContent[] {
  const weighted = a.questions.some((q) => q.weight !== 1);
  const lines: PhrasingContent[][] = [
    [
      text(
        `An area’s score is the points of the questions you answered in it, divided by how many you answered, as a percentage${weighted ? ' (a question with a weight adds its points times its weight, and counts as that many questions)' : ''}. The overall score is the same over every question you answered.`,
      ),
    ],
  ];
  if (a.rules.topNeedsEvidence)
    lines.push([
      text(
        'A top answer to a question that asks for evidence counts one step lower (a scale one point lower, “Yes” as “Partly”) unless you wrote down an example.',
      ),
    ]);
  if (a.higherIsWorse) lines.push([text('A higher score means more risk.')]);
  if (a.dimensionStatus?.length)
    lines.push([
      text(
        `Each area’s status: ${a.dimensionStatus
          .map((s) =>
            s.atLeast === undefined ? `otherwise ${s.label}` : `${s.label} at ${s.atLeast}% or more`,
          )
          .join(', ')}.`,
      ),
    ]);
  return [paragraph(strong('Scoring it by hand')), list(lines.map((line) => listItem(line)))];
}

/** The result bands with their cut-offs (the first that holds is the result), then the flags. */
function results(a: Assessment): BlockContent[] {
  return [
    paragraph(strong('Reading the result'), text(' — the result is the first of these your scores meet:')),
    list(
      a.bands.map((b) =>
        listItem([
          strong(b.label),
          text(` (${b.when ? conditionText(b.when, a) : 'otherwise'}) — ${b.text}`),
        ]),
      ),
    ),
    ...(a.flags.length
      ? [
          paragraph(strong('Also read')),
          list(a.flags.map((f) => listItem([text(`When ${conditionText(f.when, a)}: ${f.text}`)]))),
        ]
      : []),
  ];
}

/** Each area's actions, for the gap plan: what to do about the weakest areas. */
function actions(a: Assessment, titleOf: TitleOf): BlockContent[] {
  const withActions = a.dimensions.filter((d) => d.actions.length > 0);
  if (withActions.length === 0) return [];
  const which = a.higherIsWorse ? 'highest' : 'lowest';
  return [
    paragraph(
      strong('What to do next'),
      text(` — take the ${a.rules.gapDimensions} areas with the ${which} scores and start with their steps:`),
    ),
    list(
      withActions.map((d) => {
        const item = listItem([strong(d.label)]);
        item.children.push(
          list(
            d.actions.map((action) =>
              listItem([
                text(action.text),
                ...(action.link ? [text(' '), ...seeLink(action.link, titleOf)] : []),
              ]),
            ),
          ),
        );
        return item;
      }),
    ),
  ];
}

/** 0.5 → "0.5 points", 1 → "1 point": two decimals at most (a 1–4 scale gives thirds). */
function pointsText(score: number): string {
  const n = Math.round(score * 100) / 100;
  return `${n} ${n === 1 ? 'point' : 'points'}`;
}
