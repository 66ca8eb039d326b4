/**
 * Who a page is written for. The three readers of the handbook: an engineer browsing their
 * career, a manager forking playbooks, a team self-hosting the whole thing.
 */
export const AUDIENCES = [
  { id: 'engineer', label: 'Engineers' },
  { id: 'manager', label: 'Managers' },
  { id: 'team', label: 'Teams' },
] as const;

export type AudienceId = (typeof AUDIENCES)[number]['id'];

export const AUDIENCE_IDS = AUDIENCES.map((a) => a.id) as [AudienceId, ...AudienceId[]];

/** Returns the display label of an audience id, e.g. `manager` → `Managers`. */
export function audienceLabel(id: AudienceId): string {
  const audience = AUDIENCES.find((a) => a.id === id);
  if (!audience) throw new Error(`Unknown audience "${id}". Known audiences: ${AUDIENCE_IDS.join(', ')}.`);
  return audience.label;
}
