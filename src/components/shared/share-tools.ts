/**
 * What every island's sharing has in common: the link (locked with a passphrase when one is
 * given), what to tell the reader about it, what a failed unlock means, and downloading a file
 * made in the browser. One place, so the three islands say the same thing the same way.
 */
import { lock, type Unlocked } from '../../lib/share/locked';

/** This page's address with `payload` after the #, locked when a passphrase is given. */
export async function shareUrl(payload: string, passphrase: string): Promise<string> {
  return `${location.origin}${location.pathname}#${passphrase ? await lock(payload, passphrase) : payload}`;
}

/** What the reader is told once a link is copied. */
export const linkNote = (locked: boolean, what: string) =>
  locked
    ? 'Locked link copied. Send the passphrase another way: the link alone shows nothing.'
    : `Link copied. It is not locked: anyone who sees it can read ${what}.`;

/** Why a locked link did not open, and that nothing was changed. */
export const unlockFailure = (reason: Extract<Unlocked, { ok: false }>['reason']) =>
  reason === 'wrong-passphrase'
    ? 'That passphrase does not open this link. Nothing was changed; try again.'
    : 'This link is damaged and cannot be opened. Ask for a new one.';

/**
 * Enter in a text field of the island presses the first button beside it (its `.tool-row` or
 * notice), as it would in a form: a passphrase is typed, then Enter unlocks.
 */
export function enterPressesButton(root: HTMLElement) {
  root.addEventListener('keydown', (event) => {
    const field = event.target as HTMLInputElement;
    if (event.key !== 'Enter' || !/^(text|password|url)$/.test(field.type) || field.localName !== 'input')
      return;
    const button = field.closest('.tool-row, [role="status"]')?.querySelector('button');
    if (!button) return;
    event.preventDefault();
    button.click();
  });
}

/** Offers `text` as a file download; nothing leaves the browser. */
export function downloadText(text: string, name: string, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  // Revoked a moment later: a browser may still be starting the download when click() returns.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * Copies `text` to the clipboard; where the browser refuses, shows it in the island's
 * `.copy-box`, selected and focused, to copy by hand. True when it reached the clipboard.
 */
export async function copyOrShow(root: HTMLElement, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const box = root.querySelector<HTMLElement>('.copy-box')!;
    const area = box.querySelector('textarea')!;
    box.hidden = false;
    area.value = text;
    area.focus();
    area.select();
    return false;
  }
}
