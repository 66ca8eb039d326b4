/**
 * `localStorage` for the islands, never throwing: a browser that blocks storage (private modes,
 * strict settings) still gets a working page that forgets on reload, and the island can say so.
 */

/** The stored string, or null when nothing is stored or storage is blocked. */
export function storageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` (or removes the key when `value` is null); false when the browser refuses. */
export function storagePut(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The reader's answer per storage key, shared by the islands of a page that use one key. */
const replacing = new Map<string, boolean>();

/**
 * Guards the stored entry at `key` when the island could not use it (damaged, or written by a
 * newer version of the handbook): the first save asks `question`, once per page however many
 * islands share the key (a checklist shown in several groups). Yes: saving goes on as usual.
 * No: the entry is kept, and nothing is saved during this visit. Returns whether a save may
 * replace the entry. With nothing unusable stored, every save may.
 */
export function replaceGuard(key: string, unusable: boolean, question: string): () => boolean {
  if (!unusable) return () => true;
  return () => {
    if (!replacing.has(key)) replacing.set(key, confirm(question));
    return replacing.get(key)!;
  };
}
