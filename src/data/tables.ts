import { findTable } from '../lib/handbook/model';
import type { Table } from '../schemas/table';
import { loadHandbook } from './handbook';

/** A reference table by id. Throws an error that names the file and lists what exists when the id is wrong. */
export async function loadTable(id: string): Promise<Table> {
  const handbook = await loadHandbook();
  const table = findTable(handbook, id);
  if (!table) {
    const known = handbook.tables.map((t) => t.id).join(', ');
    throw new Error(
      `<DataTable id="${id}" />: there is no content/tables/${id}.yaml. Tables: ${known || 'none yet'}.`,
    );
  }
  return table;
}
