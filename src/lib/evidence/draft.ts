/**
 * The evidence entry the reader is still writing, kept so a reload, a closed tab or a crashed
 * browser does not cost a half-written entry. Stored apart from the log itself: a draft is never
 * evidence until the reader adds it. Pure: the island reads and writes the string.
 */
import { isRecord, readVersioned, writeVersioned } from '../storage/versioned';

export const DRAFT_VERSION = 1;

export interface EvidenceDraft {
  /** The saved entry being edited, when the draft is a change to one rather than a new entry. */
  editing?: string;
  date: string;
  what: string;
  impact: string;
  link: string;
  dimensions: string[];
}

/**
 * Whether the draft holds nothing the reader wrote: no text, no dimension, and the date the
 * empty form starts with (today). Such a draft is not kept. An edit is kept even unchanged, so
 * the reader comes back to the entry they had open.
 */
export function isEmptyDraft(draft: EvidenceDraft, today: string): boolean {
  return (
    !draft.editing &&
    !draft.what.trim() &&
    !draft.impact.trim() &&
    !draft.link.trim() &&
    draft.dimensions.length === 0 &&
    (draft.date === '' || draft.date === today)
  );
}

/** The stored string for a draft, or null (remove it) when the draft is empty. */
export function draftToStore(draft: EvidenceDraft, today: string): string | null {
  return isEmptyDraft(draft, today) ? null : writeVersioned(DRAFT_VERSION, { ...draft });
}

/** The stored draft, or undefined when there is none or it cannot be read (a draft is not worth an alarm). */
export function draftFromStore(raw: string | null): EvidenceDraft | undefined {
  const read = readVersioned(raw, DRAFT_VERSION, (data) => {
    if (!isRecord(data)) return undefined;
    const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
    const dimensions = Array.isArray(data.dimensions)
      ? data.dimensions.filter((d): d is string => typeof d === 'string')
      : [];
    return {
      ...(typeof data.editing === 'string' && data.editing ? { editing: data.editing } : {}),
      date: text('date'),
      what: text('what'),
      impact: text('impact'),
      link: text('link'),
      dimensions,
    };
  });
  return read.kind === 'ok' ? read.value : undefined;
}
