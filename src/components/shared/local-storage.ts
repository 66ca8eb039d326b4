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
