/**
 * The private evidence log: entries of what happened and what it changed, each tagged with the
 * ladder dimensions it shows. One format for the browser's saved log, the exported file and
 * `npx handbook packet`. Pure: no storage and no DOM here, so every rule is unit-tested.
 */
import { isRecord } from '../storage/versioned';
import { parseDate } from '../plans/dates';

/** The exported file's `format`: what `handbook packet --evidence` and the import accept. */
export const EVIDENCE_FORMAT = 'engineering-handbook/evidence';
export const EVIDENCE_VERSION = 1;

export interface EvidenceEntry {
  /** Stable within the log, so an import merges instead of duplicating. */
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** What happened: the work, the decision, the incident. */
  what: string;
  /** What it changed, with a number where there is one. */
  impact: string;
  /** Ladder dimension ids the entry shows (e.g. `scope`, `influence`). */
  dimensions: string[];
  link?: string;
}

export interface EvidenceLog {
  /** The ladder and target level the reader is collecting for (for coverage and the packet). */
  ladder?: string;
  level?: string;
  entries: EvidenceEntry[];
}

/** A problem in an evidence file: where (e.g. `entries[2].date`) and how to fix it. */
export interface EvidenceProblem {
  path: string;
  message: string;
}

/**
 * Checks an evidence file (parsed JSON) and returns the log, or every problem with its path.
 * Accepts the exported file (`{ format, version, entries }`) and the bare saved log. With
 * `keepValid` (the log saved in the browser), entries with problems are left out of the log
 * rather than costing the reader every other entry; the problems are still returned. With
 * `today` (YYYY-MM-DD, the reader's calendar), a date after it is a problem.
 */
export function parseEvidence(
  data: unknown,
  { keepValid = false, today }: { keepValid?: boolean; today?: string } = {},
): { log?: EvidenceLog; problems: EvidenceProblem[] } {
  const problems: EvidenceProblem[] = [];
  const say = (path: string, message: string) => problems.push({ path, message });
  if (!isRecord(data))
    return {
      problems: [{ path: '', message: 'not an evidence file: expected a JSON object with "entries"' }],
    };
  if (data.format !== undefined && data.format !== EVIDENCE_FORMAT)
    say('format', `this is a "${String(data.format)}" file, not an evidence log ("${EVIDENCE_FORMAT}")`);
  if (typeof data.version === 'number' && data.version > EVIDENCE_VERSION)
    say('version', `written by a newer handbook (version ${data.version}); update this copy of the handbook`);
  if (!Array.isArray(data.entries)) {
    say('entries', 'expected "entries": a list of { date, what, impact, dimensions }');
    return { problems };
  }
  const entries: EvidenceEntry[] = [];
  data.entries.forEach((raw: unknown, i) => {
    const at = `entries[${i}]`;
    if (!isRecord(raw)) return say(at, 'each entry is an object with date, what, impact and dimensions');
    const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).trim() : '');
    // A day the calendar has (not 2026-02-30, which Date.parse turns into 2 March), and, given
    // today's date, not one to come: evidence is of what happened.
    if (!parseDate(text('date')))
      say(`${at}.date`, `write the date as YYYY-MM-DD, e.g. 2026-11-03 (not "${String(raw.date ?? '')}")`);
    else if (today && text('date') > today)
      say(`${at}.date`, `${text('date')} is still to come: log what has happened, dated the day it did`);
    if (!text('what')) say(`${at}.what`, 'say what happened, in a sentence');
    const dims = Array.isArray(raw.dimensions)
      ? raw.dimensions.filter((d) => typeof d === 'string')
      : undefined;
    if (!dims)
      say(`${at}.dimensions`, 'list the ladder dimensions it shows, e.g. ["scope", "influence"] (or [])');
    if (raw.link !== undefined && !/^https?:\/\/\S+$/.test(text('link')))
      say(`${at}.link`, 'a link is a full address starting with https://');
    if (problems.some((p) => p.path.startsWith(`${at}.`))) return;
    entries.push({
      id: text('id') || `e${i + 1}-${text('date')}`,
      date: text('date'),
      what: text('what'),
      impact: text('impact'),
      dimensions: dims ?? [],
      ...(text('link') ? { link: text('link') } : {}),
    });
  });
  const whole = problems.every((p) => p.path.startsWith('entries['));
  if (problems.length && !(keepValid && whole)) return { problems };
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    log: { ladder: str(data.ladder), level: str(data.level), entries: sortEntries(entries) },
    problems,
  };
}

/** The file the reader downloads: the log with its format, version and when it was exported. */
export function exportEvidence(log: EvidenceLog, now: Date = new Date()): string {
  return JSON.stringify(
    { format: EVIDENCE_FORMAT, version: EVIDENCE_VERSION, exported: now.toISOString(), ...log },
    null,
    2,
  );
}

/** Newest first; the same day keeps the order entries were added. */
export function sortEntries(entries: EvidenceEntry[]): EvidenceEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** An import merged into the log: entries with the same id are replaced, new ones added. */
export function mergeEntries(mine: EvidenceEntry[], theirs: EvidenceEntry[]): EvidenceEntry[] {
  const byId = new Map(mine.map((e) => [e.id, e]));
  for (const e of theirs) byId.set(e.id, e);
  return sortEntries([...byId.values()]);
}

/** The date `months` before `today`, as YYYY-MM-DD. */
export function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** Entries showing `dimension` (any when undefined) on or after `since` (any when undefined). */
export function filterEntries(entries: EvidenceEntry[], filter: { dimension?: string; since?: string }) {
  return entries.filter(
    (e) =>
      (!filter.dimension || e.dimensions.includes(filter.dimension)) &&
      (!filter.since || e.date >= filter.since),
  );
}

/** How well a dimension is evidenced: three entries or more are strong, one or two thin. */
export type Strength = 'strong' | 'thin' | 'none';
export const strengthOf = (count: number): Strength => (count >= 3 ? 'strong' : count > 0 ? 'thin' : 'none');

/** Per ladder dimension: how many entries in the window show it, and how strong that is. */
export function coverage(
  entries: EvidenceEntry[],
  dimensions: { id: string; label: string }[],
  since?: string,
): { id: string; label: string; count: number; strength: Strength }[] {
  return dimensions.map((d) => {
    const count = filterEntries(entries, { dimension: d.id, since }).length;
    return { ...d, count, strength: strengthOf(count) };
  });
}
