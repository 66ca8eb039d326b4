import { findChecklist } from '../lib/handbook/model';
import type { Checklist } from '../schemas/checklist';
import { loadHandbook } from './handbook';

/**
 * A checklist by id, with the groups a page shows (all, or the one named by `group`). Throws
 * an error that names the file and lists what exists when the id or the group is wrong.
 */
export async function loadChecklist(
  id: string,
  group?: string,
): Promise<{ checklist: Checklist; groups: Checklist['groups'] }> {
  const handbook = await loadHandbook();
  const checklist = findChecklist(handbook, id);
  if (!checklist) {
    const known = handbook.checklists.map((c) => c.id).join(', ');
    throw new Error(
      `<Checklist id="${id}" />: there is no content/checklists/${id}.yaml. Checklists: ${known || 'none yet'}.`,
    );
  }
  const groups = group ? checklist.groups.filter((g) => g.id === group) : checklist.groups;
  if (groups.length === 0) {
    throw new Error(
      `<Checklist id="${id}" group="${group}" />: content/checklists/${id}.yaml has no group "${group}". Groups: ${checklist.groups.map((g) => g.id).join(', ')}.`,
    );
  }
  return { checklist, groups };
}
