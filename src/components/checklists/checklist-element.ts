/**
 * <handbook-checklist>: upgrades the server-rendered checklist (Checklist.astro). Ticks are
 * saved in this browser only, progress shows per group, and the list can be reset or copied
 * as a Markdown task list. It never makes a network request.
 */
import {
  oldTicksNotice,
  progress,
  progressText,
  readState,
  storageKey,
  toggle,
  toMarkdown,
  writeState,
  type ChecklistState,
} from '../../lib/checklists/state';
import { replaceGuard, storageGet, storagePut } from '../shared/local-storage';

/** Upgrades a server-rendered checklist: saved ticks, progress per group, reset and copy. */
export class HandbookChecklist extends HTMLElement {
  #state: ChecklistState = { checked: new Set() };
  #key = '';

  #allItems: string[] = [];
  /** Whether a save may replace what is stored (asks once when it could not be read). */
  #mayReplace!: () => boolean;

  connectedCallback() {
    this.#key = storageKey(this.dataset.checklistId!);
    this.#allItems = JSON.parse(this.dataset.allItems!) as string[];
    const { state, notice, updated } = readState(this.#read(), this.#allItems);
    this.#state = state;
    // Groups of one checklist shown apart on a page share its saved state: one notice is enough.
    const told = this.#onPage('.checklist-notice:not([hidden])').length > 0;
    const old = state.checked.size
      ? oldTicksNotice(updated, new Date(), (d) => d.toLocaleDateString(undefined, { dateStyle: 'long' }))
      : undefined;
    const said = notice ?? old;
    if (said && !told) this.#show('.checklist-notice', said);
    if (!notice && old && !told) this.querySelector<HTMLElement>('.checklist-notice')!.dataset.oldTicks = '';
    this.#mayReplace = replaceGuard(
      this.#key,
      Boolean(notice),
      'Replace your earlier saved ticks, which this page cannot read?',
    );
    for (const li of this.#items()) {
      const box = li.querySelector('input')!;
      box.checked = state.checked.has(li.dataset.itemId!);
      box.addEventListener('change', () => {
        // Read before writing: another group of the same checklist may be on this page.
        this.#state = toggle(this.#fresh(), li.dataset.itemId!, box.checked);
        this.#ticksChanged();
        const saved = this.#save();
        this.#render();
        // The count is in the group's legend, which a screen reader does not read again on a tick.
        // A tick that was not saved says so instead (#save), and that must stay on screen.
        const group = box.closest('.checklist-group')!;
        if (saved) this.#show('.action-status', `${this.#title(group)}: ${this.#progress(group)}.`);
      });
    }
    this.querySelector<HTMLElement>('.checklist-actions')!.hidden = false;
    this.querySelector('[data-action="copy"]')!.addEventListener('click', () => this.#copy());
    this.querySelector('[data-action="reset"]')!.addEventListener('click', () => this.#reset());
    this.#render();
  }

  #items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('li[data-item-id]')];
  }

  /** The saved state as it is now (another instance may have changed it), or ours if unreadable. */
  #fresh(): ChecklistState {
    const { state, notice } = readState(this.#read(), this.#allItems);
    return notice ? this.#state : state;
  }

  #read(): string | null {
    return storageGet(this.#key);
  }

  /** Saves the ticks; false when they could not be saved (and the reader has been told). */
  #save(): boolean {
    if (!this.#mayReplace()) {
      this.#show(
        '.action-status',
        'Not saved: your earlier ticks are kept. Copy these as Markdown to keep them.',
      );
      return false;
    }
    const saved = storagePut(this.#key, this.#state.checked.size === 0 ? null : writeState(this.#state));
    if (!saved)
      this.#show(
        '.checklist-notice',
        'This browser is not letting the page save, so ticks are lost on reload.',
      );
    return saved;
  }

  #render() {
    for (const group of this.querySelectorAll<HTMLElement>('.checklist-group')) {
      const counter = group.querySelector<HTMLElement>('.group-progress')!;
      counter.textContent = ` (${this.#progress(group)})`;
      counter.hidden = false;
    }
  }

  #markdown(): string {
    return toMarkdown(
      {
        title: this.dataset.title!,
        groups: [...this.querySelectorAll<HTMLElement>('.checklist-group')].map((group) => ({
          title: this.#title(group),
          items: [...group.querySelectorAll<HTMLElement>('li[data-item-id]')].map((li) => {
            // The detail is the text of the line under the box; its link, the address it leads to.
            const under = li.querySelector('.detail');
            return {
              id: li.dataset.itemId!,
              text: li.dataset.text!,
              owner: li.dataset.owner,
              detail: [...(under?.childNodes ?? [])]
                .filter((n) => n.nodeType === Node.TEXT_NODE)
                .map((n) => n.textContent)
                .join('')
                .trim(),
              link: under?.querySelector('a')?.href,
            };
          }),
        })),
      },
      this.#state,
    );
  }

  async #copy() {
    const markdown = this.#markdown();
    try {
      await navigator.clipboard.writeText(markdown);
      this.#show('.action-status', 'Copied. Paste it into an issue, a doc or your notes.');
    } catch {
      // No clipboard access (permissions, plain http): show the text to copy by hand.
      const fallback = this.querySelector<HTMLElement>('.copy-fallback')!;
      const area = fallback.querySelector('textarea')!;
      area.value = markdown;
      fallback.hidden = false;
      area.focus();
      area.select();
      this.#show('.action-status', 'Your browser did not allow copying; the Markdown is selected below.');
    }
  }

  /** "3 of 9 done" for a group. */
  #progress(group: Element) {
    const ids = [...group.querySelectorAll<HTMLElement>('li[data-item-id]')].map((li) => li.dataset.itemId!);
    return progressText(progress(this.#state, ids));
  }

  /** A group's title, without its progress. */
  #title(group: Element) {
    return group.querySelector('legend')!.firstChild!.textContent!.trim();
  }

  #reset() {
    // Named: a page may show several lists, each with its own Reset.
    const names = [...this.querySelectorAll('.checklist-group')].map((g) => `“${this.#title(g)}”`).join(', ');
    if (!confirm(`Clear every tick in ${names}? This cannot be undone.`)) return;
    let state = this.#fresh();
    // Nothing ticked here: nothing changes, so the other groups' old ticks keep their date.
    const cleared = this.#items().some((li) => state.checked.has(li.dataset.itemId!));
    for (const li of this.#items()) state = toggle(state, li.dataset.itemId!, false);
    this.#state = state;
    for (const box of this.querySelectorAll('input')) box.checked = false;
    if (cleared) {
      this.#ticksChanged();
      this.#save();
    }
    this.#render();
    this.#show('.action-status', 'All ticks cleared.');
  }

  /**
   * Takes away the notice that the saved ticks are old, in whichever group of this checklist on
   * the page shows it: once a tick changes, anywhere, it is no longer true.
   */
  #ticksChanged() {
    for (const notice of this.#onPage('.checklist-notice[data-old-ticks]')) {
      notice.hidden = true;
      delete notice.dataset.oldTicks;
    }
  }

  /** Elements matching `selector` in any group of this checklist on the page, this one included. */
  #onPage(selector: string) {
    const id = CSS.escape(this.dataset.checklistId!);
    return document.querySelectorAll<HTMLElement>(
      `handbook-checklist[data-checklist-id="${id}"] ${selector}`,
    );
  }

  #show(selector: string, text: string) {
    const element = this.querySelector<HTMLElement>(selector)!;
    element.textContent = text;
    element.hidden = false;
  }
}
