import { z } from 'astro/zod';
import { DataFileSchema } from './data-file';
import { Link, StableId as Id, Text } from './primitives';

/** A stable id. Saved progress is keyed by it. */
const StableId = Id('first-week');

/** One thing to do. */
export const ChecklistItemSchema = z.strictObject({
  /** Stable id within the checklist; readers' saved ticks are keyed by it, so never reuse one. */
  id: StableId,
  /** The thing to do, as a short imperative sentence. */
  text: Text('item text'),
  /** Optional: how, or why, in a sentence or two. */
  detail: Text('detail').optional(),
  /** Optional: the role that usually does it (e.g. "incident commander", "new manager"). */
  owner: Text('owner').optional(),
  /** Optional: a handbook page (/section/page/) or an https address with more. */
  link: Link('/incidents/on-call/').optional(),
});

/** A named group of items, e.g. a phase of a plan. */
export const ChecklistGroupSchema = z.strictObject({
  id: StableId,
  title: Text('group title'),
  items: z.array(ChecklistItemSchema).min(1, { error: 'a group needs at least one item' }),
});

/** A tickable checklist: groups of items, rendered by the Checklist component. */
export const ChecklistSchema = DataFileSchema.extend({
  /** Stable id; also the file name (`incident-first-30-minutes.yaml`). */
  id: StableId,
  /** What the checklist is for, in a sentence (shown above it). */
  description: Text('description'),
  groups: z.array(ChecklistGroupSchema).min(1, { error: 'a checklist needs at least one group' }),
}).superRefine((checklist, ctx) => {
  const seen = new Map<string, string>();
  checklist.groups.forEach((group, g) => {
    group.items.forEach((item, i) => {
      const where = `groups[${g}].items[${i}]`;
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', g, 'items', i, 'id'],
          message: `${where}.id "${item.id}" is already used at ${seen.get(item.id)}; item ids must be unique across the whole checklist`,
        });
      } else seen.set(item.id, where);
    });
  });
  const groupIds = checklist.groups.map((g) => g.id);
  groupIds.forEach((id, index) => {
    if (groupIds.indexOf(id) < index) {
      ctx.addIssue({
        code: 'custom',
        path: ['groups', index, 'id'],
        message: `groups[${index}].id "${id}" is used twice; give each group its own id`,
      });
    }
  });
});

export type Checklist = z.output<typeof ChecklistSchema>;
export type ChecklistGroup = z.output<typeof ChecklistGroupSchema>;
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;
