/**
 * Answers to a self-assessment: how they are saved, shared and exported. No DOM, no Zod, no
 * storage access: the Assessment component does the I/O and calls these functions.
 *
 * Saved in localStorage under `handbook:assessment:<assessment id>` (format version 1):
 *
 *     { "v": 1,
 *       "answers": { "<question id>": { "value": 3, "note": "link to the RFC" }, … },
 *       "snapshots": [ { "takenAt": "2026-11-21T09:30:00.000Z", "answers": { … } } ],
 *       "drafts": { "<question id>": "a note written before choosing an answer" },
 *       "updated": "2026-11-21T09:31:00.000Z" }
 *
 * Lifecycle: written on every answer and every note (a note typed before its question is
 * answered is kept in `drafts` until it is, so nothing typed is lost on a reload); "Save a snapshot" appends to `snapshots`; "Clear my
 * answers" removes the answers and keeps the snapshots (they are history the reader chose to
 * keep), unless they clear those too.
 *
 * Migration: a value without `v` is the pre-release format, a bare map of question id → value,
 * and is read as version 1 with no notes and no snapshots. A value with a newer `v`, or one
 * that is not valid JSON, starts empty and the page says so; it is overwritten only when the
 * reader has said yes to replacing it (the island asks once, on the first change), so a rollback
 * of the site or a damaged entry never silently costs the reader their answers. The same holds
 * when the entry reads but some answers to current questions, or some snapshots, do not.
 * Answers to questions that no longer exist are dropped on reading.
 *
 * Shared in a link as the URL fragment, never the query string, so answers never reach a server
 * log: `#answers=1.<assessment id>.<base64url JSON {"a":{id:value},"n":{id:note}}>`. The leading
 * `1` is the link format's version; answers are keyed by question id, never by position.
 */
import { isRecord, readVersioned, writeVersioned } from '../storage/versioned';
import type { Answer, Answers } from './score';

export const STATE_VERSION = 1;
export const LINK_VERSION = 1;
export const EXPORT_FORMAT = 'engineering-handbook/assessment-answers';
export const EXPORT_VERSION = 1;

/** The key under which an assessment's answers are stored. */
export const storageKey = (assessmentId: string) => `handbook:assessment:${assessmentId}`;

export interface Snapshot {
  takenAt: string;
  answers: Answers;
}

export interface SavedState {
  answers: Answers;
  snapshots: Snapshot[];
  /** Notes beside questions not answered yet (only when there are some). */
  drafts?: Record<string, string>;
}

/** Reads stored answers; never throws. `questionIds` are the assessment's current questions. */
export function readSaved(
  raw: string | null,
  questionIds: readonly string[],
): { state: SavedState; notice?: string } {
  // Answers to current questions, and snapshots, that were saved but cannot be used.
  let unusable = 0;
  const stored = readVersioned(raw, STATE_VERSION, (data, v): SavedState | undefined => {
    if (!isRecord(data)) return undefined;
    // Pre-release format: a bare map of question id → value.
    if (v === undefined)
      return {
        answers: cleanAnswers(
          mapValues(data, (value) => ({ value })),
          questionIds,
        ),
        snapshots: [],
      };
    const saved = Array.isArray(data.snapshots) ? data.snapshots : [];
    const snapshots = saved
      .filter(
        (s): s is Record<string, unknown> =>
          isRecord(s) && typeof s.takenAt === 'string' && isRecord(s.answers),
      )
      .map((s) => ({ takenAt: s.takenAt as string, answers: cleanAnswers(s.answers, questionIds) }));
    const answers = cleanAnswers(data.answers, questionIds);
    const known = isRecord(data.answers)
      ? Object.keys(data.answers).filter((id) => questionIds.includes(id))
      : [];
    unusable = known.length - Object.keys(answers).length + saved.length - snapshots.length;
    const drafts = cleanDrafts(data.drafts, questionIds);
    return { answers, snapshots, ...(drafts ? { drafts } : {}) };
  });
  const kept = ' They stay saved in this browser until you agree to replace them.';
  if (stored.kind === 'ok')
    return unusable ? { state: stored.value, notice: NOTICES.partly + kept } : { state: stored.value };
  const empty: SavedState = { answers: {}, snapshots: [] };
  return stored.kind === 'empty' ? { state: empty } : { state: empty, notice: NOTICES[stored.kind] + kept };
}

/**
 * What the reader is told when their saved answers cannot be used. Any notice means the stored
 * entry is kept until the reader agrees to replace it.
 */
const NOTICES = {
  unreadable: 'Your saved answers could not be read, so this starts empty.',
  newer: 'Your answers were saved by a newer version of this handbook and are not shown here.',
  unknown: 'Your saved answers were not in a format this page knows, so this starts empty.',
  partly: 'Some of your saved answers could not be read and are not shown.',
};

/** Serialises answers and snapshots for storage. */
export function writeSaved(state: SavedState, now: Date = new Date()): string {
  const drafts = cleanDrafts(state.drafts, Object.keys(state.drafts ?? {}));
  return writeVersioned(
    STATE_VERSION,
    { answers: state.answers, snapshots: state.snapshots, ...(drafts ? { drafts } : {}) },
    now,
  );
}

/** Non-blank notes on known questions, or undefined when there are none. */
function cleanDrafts(raw: unknown, questionIds: readonly string[]): Record<string, string> | undefined {
  if (!isRecord(raw)) return undefined;
  const drafts = Object.entries(raw).filter(
    (e): e is [string, string] =>
      questionIds.includes(e[0]) && typeof e[1] === 'string' && e[1].trim() !== '',
  );
  return drafts.length > 0 ? Object.fromEntries(drafts) : undefined;
}

/** The URL fragment (without `#`) that carries these answers. */
export function encodeLink(assessmentId: string, answers: Answers): string {
  const a: Record<string, number | string> = {};
  const n: Record<string, string> = {};
  for (const [id, answer] of Object.entries(answers)) {
    a[id] = answer.value;
    if (answer.note?.trim()) n[id] = answer.note;
  }
  const payload = Object.keys(n).length > 0 ? { a, n } : { a };
  return `answers=${LINK_VERSION}.${assessmentId}.${toBase64Url(JSON.stringify(payload))}`;
}

/**
 * Reads answers from a URL fragment (with or without `#`). Returns undefined when the fragment
 * carries no answers, or an error message when it does but cannot be used.
 */
export function decodeLink(
  fragment: string,
  assessmentId: string,
  questionIds: readonly string[],
): { answers: Answers } | { error: string } | undefined {
  const match = /^#?answers=(\d+)\.([a-z0-9-]+)\.([A-Za-z0-9_-]*)$/.exec(fragment.trim());
  if (!match)
    return fragment.includes('answers=')
      ? { error: 'This link’s answers are damaged: part of it may be missing.' }
      : undefined;
  const [, version, id, payload] = match;
  if (Number(version) > LINK_VERSION)
    return { error: 'This link was made by a newer version of the handbook.' };
  if (id !== assessmentId) return { error: `This link holds answers for “${id}”, not for this assessment.` };
  try {
    const data = JSON.parse(fromBase64Url(payload!)) as unknown;
    if (!isRecord(data) || !isRecord(data.a)) throw new Error('no answers');
    const notes = isRecord(data.n) ? data.n : {};
    const answers = mapValues(data.a, (value, key) => ({
      value,
      note: typeof notes[key] === 'string' ? notes[key] : undefined,
    }));
    return { answers: cleanAnswers(answers, questionIds) };
  } catch {
    return { error: 'This link’s answers are damaged: part of it may be missing.' };
  }
}

/** An export file's contents. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  assessment: { id: string; version: number };
  exportedAt: string;
  /** Who answered, if they said (e.g. "Sam (manager)"). */
  label?: string;
  answers: Answers;
}

/** The JSON file "Export answers" downloads. */
export function exportJson(
  assessment: { id: string; version: number },
  answers: Answers,
  label?: string,
  now = new Date(),
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_VERSION,
    assessment,
    exportedAt: now.toISOString(),
    ...(label?.trim() ? { label: label.trim() } : {}),
    answers,
  };
  return JSON.stringify(file, null, 2);
}

/** Reads an export file; returns its answers and label, or an error message a reader can act on. */
export function importJson(
  text: string,
  assessmentId: string,
  questionIds: readonly string[],
): { answers: Answers; label?: string } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'That file is not JSON: choose one made with “Export answers”.' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return { error: 'That file is not an answers export: choose one made with “Export answers”.' };
  }
  if (typeof data.formatVersion !== 'number' || data.formatVersion > EXPORT_VERSION) {
    return { error: 'That file was made by a newer version of the handbook; update the site to read it.' };
  }
  const assessment = isRecord(data.assessment) ? data.assessment : {};
  if (assessment.id !== assessmentId) {
    return { error: `That file holds answers for “${String(assessment.id)}”, not for this assessment.` };
  }
  if (!isRecord(data.answers)) return { error: 'That file has no answers in it.' };
  return {
    answers: cleanAnswers(data.answers, questionIds),
    label: typeof data.label === 'string' ? data.label : undefined,
  };
}

/** Keeps only well-formed answers to known questions. */
export function cleanAnswers(raw: unknown, questionIds: readonly string[]): Answers {
  const known = new Set(questionIds);
  const answers: Answers = {};
  if (!isRecord(raw)) return answers;
  for (const [id, answer] of Object.entries(raw)) {
    if (!known.has(id) || !isRecord(answer)) continue;
    const { value, note } = answer;
    if (typeof value !== 'number' && typeof value !== 'string') continue;
    const clean: Answer = { value };
    if (typeof note === 'string' && note.trim()) clean.note = note;
    answers[id] = clean;
  }
  return answers;
}

function mapValues(
  record: Record<string, unknown>,
  fn: (value: unknown, key: string) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v, k)]));
}

/** UTF-8 safe base64url, available in browsers and Node alike. */
export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
