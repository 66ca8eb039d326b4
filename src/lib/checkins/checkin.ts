/**
 * Check-ins against a ladder level: each dimension rated below, meeting or exceeding the level
 * (with an optional position inside it and a note), by the engineer and separately by their
 * manager; then the two side by side, disagreements first, and a 1:1 agenda built from the
 * disagreements and the dimensions with thin evidence. Pure, shared by the island and the tests.
 */
import { isRecord } from '../storage/versioned';
import type { LadderOutline } from '../evidence/markdown';
import type { Strength } from '../evidence/evidence';

export const CHECKIN_FORMAT = 'engineering-handbook/check-in';
export const RATINGS = ['below', 'meeting', 'exceeding'] as const;
export const POSITIONS = ['low', 'mid', 'high'] as const;
export type Rating = (typeof RATINGS)[number];
export type Position = (typeof POSITIONS)[number];

export interface DimensionRating {
  rating: Rating;
  position?: Position;
  note?: string;
}

export interface CheckIn {
  ladder: string;
  level: string;
  /** Who rated: "me", or the manager's name. */
  who: string;
  date: string;
  ratings: Record<string, DimensionRating>;
  /**
   * A position or note set on a dimension not rated yet, kept in this browser until it is
   * rated (so nothing typed is lost); never exported or shared.
   */
  drafts?: Record<string, Omit<DimensionRating, 'rating'>>;
}

/** Reads a check-in (an export or a link's payload); undefined when it is not one. */
export function parseCheckIn(data: unknown): CheckIn | undefined {
  if (!isRecord(data) || (data.format !== undefined && data.format !== CHECKIN_FORMAT)) return undefined;
  if (typeof data.ladder !== 'string' || typeof data.level !== 'string' || !isRecord(data.ratings))
    return undefined;
  const ratings: Record<string, DimensionRating> = {};
  for (const [id, r] of Object.entries(data.ratings)) {
    if (!isRecord(r) || !RATINGS.includes(r.rating as Rating)) continue;
    ratings[id] = { rating: r.rating as Rating, ...positionAndNote(r) };
  }
  const drafts = Object.entries(isRecord(data.drafts) ? data.drafts : {})
    .filter(([id, d]) => !ratings[id] && isRecord(d))
    .map(([id, d]) => [id, positionAndNote(d as Record<string, unknown>)] as const)
    .filter(([, d]) => Object.keys(d).length > 0);
  return {
    ladder: data.ladder,
    level: data.level,
    who: typeof data.who === 'string' && data.who.trim() ? data.who.trim() : 'someone',
    date: typeof data.date === 'string' ? data.date : '',
    ratings,
    ...(drafts.length > 0 ? { drafts: Object.fromEntries(drafts) } : {}),
  };
}

/** The valid position and non-blank note of a rating or draft. */
function positionAndNote(r: Record<string, unknown>): Omit<DimensionRating, 'rating'> {
  return {
    ...(POSITIONS.includes(r.position as Position) ? { position: r.position as Position } : {}),
    ...(typeof r.note === 'string' && r.note.trim() ? { note: r.note.trim() } : {}),
  };
}

/**
 * Check-ins on other ladders, by ladder id, kept in this browser beside the current one:
 * switching ladder sets the ratings aside instead of clearing them (arrow keys on a closed
 * menu switch a step at a time, and a question at each step invited Enter to clear them).
 */
export type SetAside = Record<string, CheckIn>;

/** Reads the set-aside check-ins; anything unreadable, or filed under another ladder's id, is left out. */
export function parseSetAside(data: unknown): SetAside {
  const out: SetAside = {};
  for (const [id, c] of Object.entries(isRecord(data) ? data : {})) {
    const parsed = parseCheckIn(c);
    if (parsed?.ladder === id) out[id] = parsed;
  }
  return out;
}

/**
 * Moves to `ladder`: what was rated or drafted on the current ladder is set aside, and what
 * was set aside on `ladder` comes back (at `level` when nothing was).
 */
export function switchLadder(
  mine: CheckIn,
  aside: SetAside,
  ladder: string,
  level: string,
): { mine: CheckIn; aside: SetAside } {
  if (ladder === mine.ladder) return { mine, aside };
  const { [ladder]: back, ...rest } = aside;
  const rated = Object.keys({ ...mine.ratings, ...mine.drafts }).length > 0;
  return {
    mine: back ? { ...back, who: mine.who } : { ladder, level, who: mine.who, date: mine.date, ratings: {} },
    aside: rated ? { ...rest, [mine.ladder]: mine } : rest,
  };
}

/**
 * What leaves the browser, in a file or a link: the ratings and who made them, without the
 * drafts. "me" is the default name of whoever rates in this browser: to anyone else it means
 * nothing, so it is left out and the reader sees "someone".
 */
export function sharedCheckIn({ drafts: _drafts, ...c }: CheckIn): CheckIn {
  return { ...c, who: c.who === 'me' ? '' : c.who };
}

/** The file a check-in is exported as. */
export const exportCheckIn = (c: CheckIn) =>
  JSON.stringify({ format: CHECKIN_FORMAT, version: 1, ...sharedCheckIn(c) }, null, 2);

/** A rating as a number on one scale, position included: below-low = 0 … exceeding-high = 8. */
const scaleOf = (r?: DimensionRating) =>
  r ? RATINGS.indexOf(r.rating) * 3 + (r.position ? POSITIONS.indexOf(r.position) : 1) : undefined;

export interface ComparedDimension {
  id: string;
  label: string;
  mine?: DimensionRating;
  theirs?: DimensionRating;
  /** The ratings differ (below / meeting / exceeding), not only the position. */
  disagree: boolean;
  /** Distance on the 0–8 scale; undefined when one side did not rate it. */
  gap?: number;
}

/** Both check-ins per dimension: disagreements first (widest gap first), then the rest in ladder order. */
export function compareCheckIns(ladder: LadderOutline, mine: CheckIn, theirs: CheckIn): ComparedDimension[] {
  const rows = ladder.dimensions.map((d) => {
    const [a, b] = [mine.ratings[d.id], theirs.ratings[d.id]];
    const [x, y] = [scaleOf(a), scaleOf(b)];
    return {
      id: d.id,
      label: d.label,
      mine: a,
      theirs: b,
      disagree: Boolean(a && b && a.rating !== b.rating),
      gap: x !== undefined && y !== undefined ? Math.abs(x - y) : undefined,
    };
  });
  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (p, q) =>
        Number(q.r.disagree) - Number(p.r.disagree) ||
        (q.r.disagree ? (q.r.gap ?? 0) - (p.r.gap ?? 0) : 0) ||
        p.i - q.i,
    )
    .map(({ r }) => r);
}

const words = (r?: DimensionRating) =>
  r ? `${r.rating}${r.position ? ` (${r.position})` : ''}${r.note ? ` — “${r.note}”` : ''}` : 'not rated';

/** A 1:1 agenda in Markdown: where you disagree, where the evidence is thin, and what you agree on. */
export function agendaMarkdown(
  ladder: LadderOutline,
  mine: CheckIn,
  theirs: CheckIn,
  evidence: Record<string, Strength> = {},
): string {
  const level = ladder.levels.find((l) => l.id === mine.level);
  const rows = compareCheckIns(ladder, mine, theirs);
  const disagree = rows.filter((r) => r.disagree);
  const thin = rows.filter((r) => evidence[r.id] === 'thin' || evidence[r.id] === 'none');
  const agreed = rows.filter((r) => !r.disagree && r.mine && r.theirs);
  const out = [
    `## 1:1 check-in: ${ladder.title}, ${level?.title ?? mine.level} — ${mine.date || theirs.date}`,
    '',
    `Ratings by ${mine.who} and ${theirs.who}, made separately.`,
    '',
    '### Where we disagree (start here)',
    ...(disagree.length
      ? disagree.map(
          (r) =>
            `- **${r.label}**: ${mine.who}: ${words(r.mine)}; ${theirs.who}: ${words(r.theirs)}. What evidence would settle it?`,
        )
      : ['- Nothing: the ratings match on every dimension.']),
    '',
    '### Where the evidence is thin',
    ...(thin.length
      ? thin.map(
          (r) =>
            `- **${r.label}**: ${evidence[r.id] === 'none' ? 'no entries' : 'one or two entries'} in the evidence log. What work in the next quarter would show it?`,
        )
      : ['- No dimension is thin in the evidence log (or no log was kept in this browser).']),
    '',
    '### Where we agree',
    ...(agreed.length ? agreed.map((r) => `- ${r.label}: ${r.mine!.rating}`) : ['- (none yet)']),
    '',
    '### Actions',
    '- [ ] [Action] — [owner] — [date]',
    '',
  ];
  return out.join('\n');
}
