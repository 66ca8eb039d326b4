/**
 * Progress on a checklist, as saved in the reader's browser.
 *
 * Shape (version 1), stored as JSON under `handbook:checklist:<checklist id>` in localStorage:
 *
 *     { "v": 1, "checked": ["item-id", …], "updated": "2026-11-21T09:30:00.000Z" }
 *
 * Lifecycle: written on every tick, removed by "Reset". Items are saved by id, so reordering or
 * rewording a checklist keeps progress; ids that no longer exist are dropped when read.
 *
 * Migration: a stored value with no `v` is the pre-release format, a bare array of item ids,
 * and is read as version 1. A value with a newer `v` than this code knows, or one that is not
 * valid JSON, is not trusted: reading returns empty progress plus a notice, and the stored value
 * is left untouched until the reader agrees to replace it (the island asks on the first tick), so
 * nothing is lost by a rollback.
 *
 * Nothing here touches the DOM or storage: the Checklist component does that.
 */
import { isRecord, readVersioned, writeVersioned } from '../storage/versioned';

export const CHECKLIST_STATE_VERSION = 1;

/** The key under which a checklist's progress is stored. */
export const storageKey = (checklistId: string) => `handbook:checklist:${checklistId}`;

export interface ChecklistState {
  checked: Set<string>;
}

/** The result of reading stored progress: the state, and a notice if something was off. */
export interface ReadResult {
  state: ChecklistState;
  notice?: string;
  /** When the saved ticks last changed, when the stored value says. */
  updated?: Date;
}

/**
 * Reads stored progress. `raw` is what localStorage returned (null when nothing is stored);
 * `knownIds` are the checklist's current item ids.
 */
export function readState(raw: string | null, knownIds: readonly string[]): ReadResult {
  const known = new Set(knownIds);
  const stored = readVersioned(raw, CHECKLIST_STATE_VERSION, (data, v) => {
    // Version 1 is { v, checked: [...] }; before versions, a bare array of item ids.
    const ids = v === undefined ? data : isRecord(data) ? data.checked : undefined;
    return Array.isArray(ids) ? ids : undefined;
  });
  if (stored.kind === 'ok') {
    const updated = updatedAt(raw);
    return {
      state: {
        checked: new Set(stored.value.filter((id): id is string => typeof id === 'string' && known.has(id))),
      },
      ...(updated ? { updated } : {}),
    };
  }
  const empty = { state: { checked: new Set<string>() } };
  if (stored.kind === 'empty') return empty;
  return { ...empty, notice: NOTICES[stored.kind] };
}

/** The `updated` time of a stored value that reads as version 1, if it has a valid one. */
function updatedAt(raw: string | null): Date | undefined {
  const data: unknown = raw === null ? null : JSON.parse(raw);
  const when = isRecord(data) && typeof data.updated === 'string' ? new Date(data.updated) : undefined;
  return when && !Number.isNaN(when.getTime()) ? when : undefined;
}

/**
 * What a reader coming back to ticks saved a day or more ago is told: when they last changed,
 * and how to start again. At the next incident, weeks later, the last one's ticks would
 * otherwise look like progress. `date` writes a date in the reader's words.
 */
export function oldTicksNotice(
  updated: Date | undefined,
  now: Date,
  date: (d: Date) => string,
): string | undefined {
  if (!updated) return undefined;
  // Calendar days where the reader is: 23:50 and 00:10 are a day apart, 00:30 and 23:50 the
  // next day are one, however many hours lie between.
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
  const days = day(now) - day(updated);
  if (days < 1) return undefined;
  return `These ticks were last changed on ${date(updated)}, ${days === 1 ? 'yesterday' : `${days} days ago`}. Starting over? Reset, below, clears them.`;
}

/** What the reader is told when their saved progress cannot be used. */
const KEPT = ' It stays saved in this browser until you agree to replace it.';
const NOTICES = {
  unreadable: `Your saved progress for this checklist could not be read, so it starts empty.${KEPT}`,
  newer: `Your progress was saved by a newer version of this handbook, so it is not shown here.${KEPT}`,
  unknown: `Your saved progress for this checklist was not in a format this page knows, so it starts empty.${KEPT}`,
};

/** Serialises progress for storage. */
export function writeState(state: ChecklistState, now: Date = new Date()): string {
  return writeVersioned(CHECKLIST_STATE_VERSION, { checked: [...state.checked].sort() }, now);
}

/** Returns a new state with `id` ticked or unticked. */
export function toggle(state: ChecklistState, id: string, checked: boolean): ChecklistState {
  const next = new Set(state.checked);
  if (checked) next.add(id);
  else next.delete(id);
  return { checked: next };
}

/** How many of `ids` are ticked. */
export function progress(state: ChecklistState, ids: readonly string[]): { done: number; total: number } {
  return { done: ids.filter((id) => state.checked.has(id)).length, total: ids.length };
}

/** "3 of 7 done" — the words used for progress, everywhere. */
export function progressText({ done, total }: { done: number; total: number }): string {
  return done === total && total > 0 ? `All ${total} done` : `${done} of ${total} done`;
}

/** The data the Markdown export needs: groups with their items' texts and ids. */
/**
 * What a checklist is called where it is shown: its title, or "Title: Group" where a page shows
 * one group of it. The Templates page, the export and the copied Markdown all say the same.
 */
export const embedTitle = (checklistTitle: string, groupTitle?: string) =>
  groupTitle ? `${checklistTitle}: ${groupTitle}` : checklistTitle;

export interface ChecklistOutline {
  title: string;
  groups: {
    title: string;
    items: { id: string; text: string; owner?: string; detail?: string; link?: string }[];
  }[];
}

/**
 * The checklist as a Markdown task list, with ticks as saved, ready to paste into a GitHub or
 * GitLab issue: a heading per group and `- [x]` / `- [ ]` per item, its detail and its link (a
 * full address) in a bullet under it, as the page shows them under the box.
 */
export function toMarkdown(outline: ChecklistOutline, state: ChecklistState): string {
  const lines = [`## ${outline.title}`, ''];
  // One group shown alone is already named in the title ("Checklist: Group"): no second heading.
  const alone = outline.groups.length === 1 && outline.title.endsWith(`: ${outline.groups[0]!.title}`);
  for (const group of outline.groups) {
    if (!alone) lines.push(`### ${group.title}`, '');
    for (const item of group.items) {
      const owner = item.owner ? ` (${item.owner})` : '';
      lines.push(`- [${state.checked.has(item.id) ? 'x' : ' '}] ${escapeMarkdown(item.text)}${owner}`);
      const more = [item.detail && escapeMarkdown(item.detail), item.link && `[More](${item.link})`];
      if (more.some(Boolean)) lines.push(`  - ${more.filter(Boolean).join(' ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Escapes the characters that would start Markdown syntax inside an item's text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
