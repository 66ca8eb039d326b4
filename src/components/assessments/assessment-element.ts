/**
 * <handbook-assessment>: upgrades the server-rendered assessment form. Scores as you answer,
 * saves to localStorage, restores on reload, reads answers from a shared link, and offers
 * snapshots, JSON export/import, Markdown, a second view (manager or peer) and, for team
 * instruments, a team view from several exports. It never makes a network request.
 */
import { score, type Answers } from '../../lib/assessments/score';
import { isLocked, unlock } from '../../lib/share/locked';
import {
  copyOrShow,
  downloadText,
  enterPressesButton,
  linkNote,
  shareUrl,
  unlockFailure,
} from '../shared/share-tools';
import {
  decodeLink,
  encodeLink,
  exportJson,
  importJson,
  readSaved,
  storageKey,
  writeSaved,
  type SavedState,
} from '../../lib/assessments/state';
import { resultMarkdown } from '../../lib/assessments/markdown';
import {
  esc,
  otherHtml,
  pct,
  resultHtml,
  snapshotHtml,
  snapshotOptions,
  teamHtml,
  type ViewDefinition,
} from '../../lib/assessments/view';
import { replaceGuard, storageGet, storagePut } from '../shared/local-storage';
import { localToday } from '../../lib/plans/dates';

type Definition = ViewDefinition & { id: string; version: number; team: boolean };

export class HandbookAssessment extends HTMLElement {
  #def!: Definition;
  #ids: string[] = [];
  #saved: SavedState = { answers: {}, snapshots: [] };
  /** True while showing answers from a shared link that the reader has not kept. */
  #viewingLink = false;
  /** Whether a save may replace what is stored (asks once when it holds answers this page cannot show). */
  #mayReplace!: () => boolean;
  /** The result area as the server wrote it: the paper worksheet's instructions and bands. */
  #worksheet = '';
  /** Redraws the comparison shown (a snapshot, someone's answers) against the answers now. */
  #refreshComparison?: () => void;

  /** Shows the answers a share link carries (or its error); otherwise the reader's own. */
  #openLink(hash: string) {
    const shared = decodeLink(hash, this.#def.id, this.#ids);
    if (shared && 'error' in shared) this.#notice(esc(shared.error));
    if (shared && 'answers' in shared) {
      this.#viewingLink = true;
      this.#fill(shared.answers);
      this.#notice(this.querySelector('[data-notice="shared"]')!.innerHTML);
    } else this.#fillMine();
  }

  /** Opens whatever the address's fragment carries: a locked link, a link's answers, or none. */
  #openHash() {
    if (isLocked(location.hash)) {
      this.#fillMine();
      this.#notice(this.querySelector('[data-notice="locked"]')!.innerHTML);
    } else this.#openLink(location.hash);
  }

  async #unlock() {
    const field = this.querySelector<HTMLInputElement>('[data-role="unlock"]')!;
    const result = await unlock(location.hash, field.value);
    if (result.ok) {
      this.#openLink(`#${result.text}`);
      return this.#render();
    }
    field.ariaInvalid = 'true';
    this.querySelector('[data-role="unlock-error"]')!.textContent = unlockFailure(result.reason);
  }

  async #shareLink(answers: Answers) {
    const pass = this.querySelector<HTMLInputElement>('[data-role="link-passphrase"]')!.value;
    this.#copy(
      await shareUrl(encodeLink(this.#def.id, answers), pass),
      linkNote(Boolean(pass), 'these answers'),
    );
  }

  connectedCallback() {
    this.#def = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as Definition;
    this.#ids = this.#def.questions.map((q) => q.id);
    this.#worksheet = this.querySelector('.result-body')!.innerHTML;
    const { state, notice } = readSaved(storageGet(storageKey(this.#def.id)), this.#ids);
    this.#saved = state;
    if (notice) this.#notice(esc(notice));
    this.#mayReplace = replaceGuard(
      storageKey(this.#def.id),
      Boolean(notice),
      'Replace your earlier saved answers, which this page cannot show?',
    );
    this.#openHash();
    // A link pasted into the address bar of a tab that already shows this page changes only the fragment.
    // Other fragments are headings the reader jumped to: they leave the answers as they are.
    addEventListener('hashchange', () => {
      if (!/^#(answers|locked)=/.test(location.hash)) return;
      this.#openHash();
      this.#render();
    });
    enterPressesButton(this);
    this.querySelector('form')!.addEventListener('input', () => this.#changed());
    this.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    this.addEventListener('click', (e) =>
      this.#act((e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action),
    );
    this.#on('import', (files) => this.#import(files[0]!));
    this.#on('other', (files) =>
      files[0]!.text().then((text) => this.#other(importJson(text, this.#def.id, this.#ids))),
    );
    this.#on('team', (files) => this.#team(files));
    this.querySelector<HTMLSelectElement>('[data-role="snapshots"]')!.addEventListener('change', () =>
      this.#compareSnapshot(),
    );
    this.querySelector<HTMLElement>('.assessment-tools')!.hidden = false;
    this.#renderSnapshots();
    this.#render();
  }

  /** Reads the form into answers. */
  #answers(): Answers {
    const form = this.querySelector('form')!;
    const answers: Answers = {};
    for (const q of this.#def.questions) {
      const note = form.querySelector<HTMLTextAreaElement>(`[name="${q.id}--note"]`)?.value ?? '';
      if (q.type === 'text') {
        const text = form.querySelector<HTMLTextAreaElement>(`[name="${q.id}"]`)!.value;
        if (text.trim()) answers[q.id] = { value: text };
        continue;
      }
      const checked = form.querySelector<HTMLInputElement>(`[name="${q.id}"]:checked`);
      if (!checked) continue;
      answers[q.id] = {
        value: q.type === 'scale' ? Number(checked.value) : checked.value,
        ...(note.trim() ? { note } : {}),
      };
    }
    return answers;
  }

  /** Notes typed beside questions not answered yet. */
  #drafts(answers: Answers): Record<string, string> {
    const drafts: Record<string, string> = {};
    for (const note of this.querySelectorAll<HTMLTextAreaElement>('textarea[name$="--note"]')) {
      const id = note.name.slice(0, -6);
      if (note.value.trim() && !answers[id]) drafts[id] = note.value;
    }
    return drafts;
  }

  /** The reader's own saved answers and notes, back in the form. */
  #fillMine() {
    this.#fill(this.#saved.answers);
    for (const [id, text] of Object.entries(this.#saved.drafts ?? {}))
      this.querySelector<HTMLTextAreaElement>(`[name="${id}--note"]`)!.value = text;
  }

  /** Puts answers into the form. */
  #fill(answers: Answers) {
    const form = this.querySelector('form')!;
    form.reset();
    for (const [id, answer] of Object.entries(answers)) {
      const q = this.#def.questions.find((x) => x.id === id)!;
      if (q.type === 'text')
        form.querySelector<HTMLTextAreaElement>(`[name="${id}"]`)!.value = String(answer.value);
      else {
        const input = form.querySelector<HTMLInputElement>(
          `[name="${id}"][value="${CSS.escape(String(answer.value))}"]`,
        );
        if (input) input.checked = true;
      }
      const note = form.querySelector<HTMLTextAreaElement>(`[name="${id}--note"]`);
      if (note) note.value = answer.note ?? '';
    }
  }

  #changed() {
    if (!this.#viewingLink) {
      const answers = this.#answers();
      this.#saved = { ...this.#saved, answers, drafts: this.#drafts(answers) };
      this.#persist();
    }
    this.#render();
  }

  #persist() {
    if (!this.#mayReplace())
      return this.#status('Not saved: your earlier answers are kept. Export these to keep them too.');
    const { answers, snapshots, drafts = {} } = this.#saved;
    const empty = Object.keys({ ...answers, ...drafts }).length === 0 && snapshots.length === 0;
    if (!storagePut(storageKey(this.#def.id), empty ? null : writeSaved(this.#saved))) {
      this.#status('This browser is not letting the page save; your answers last until you close it.');
    }
  }

  #render() {
    const result = score(this.#def, this.#answers());
    // Until there is a result, the worksheet's instructions stay, so a blank page prints usable.
    // (The result's links carry the site's base already: the page's definition has them so.)
    this.querySelector('.result-body')!.innerHTML = result.band
      ? resultHtml(this.#def, result, localToday())
      : this.#worksheet;
    const summary = this.querySelector('[data-role="summary"]')!;
    const said = result.band
      ? `Your result${result.answered < result.total ? ' so far' : ''}: ${result.band.label}${result.overall === null ? '' : `, ${pct(result.overall)}`}.`
      : '';
    if (summary.textContent !== said) summary.textContent = said;
    // A comparison with the answers on screen follows them; it is not a live region, so a
    // changed answer is said once, by the summary above, not as a whole table.
    this.#refreshComparison?.();
  }

  /** Stops showing a shared link's answers: the address no longer carries them, the notice goes. */
  #leaveLink() {
    this.#viewingLink = false;
    history.replaceState(null, '', location.pathname + location.search);
    this.#notice('');
  }

  #act(action: string | undefined) {
    const answers = this.#answers();
    switch (action) {
      case 'snapshot':
        // A snapshot of what is on screen; a shared link's answers never replace the reader's own.
        this.#saved = {
          ...this.#saved,
          answers: this.#viewingLink ? this.#saved.answers : answers,
          snapshots: [...this.#saved.snapshots, { takenAt: new Date().toISOString(), answers }],
        };
        this.#persist();
        this.#renderSnapshots();
        return this.#status('Snapshot saved: pick it under “Compare with” to see what moved.');
      case 'delete-snapshot': {
        const select = this.querySelector<HTMLSelectElement>('[data-role="snapshots"]')!;
        if (!select.value) return this.#status('Choose a snapshot under “Compare with” first.');
        if (!confirm(`Delete the snapshot of ${select.selectedOptions[0]!.text}?`)) return;
        this.#saved.snapshots.splice(Number(select.value), 1);
        this.#persist();
        this.#renderSnapshots();
        // The place now holds the next snapshot, or none: the comparison follows what is picked.
        this.#compareSnapshot();
        // The last one gone, the Delete button goes too: the keyboard carries on from Save.
        if (!this.#saved.snapshots.length)
          this.querySelector<HTMLElement>('[data-action="snapshot"]')!.focus();
        return this.#status('Snapshot deleted.');
      }
      case 'link':
        return void this.#shareLink(answers);
      case 'unlock':
        return void this.#unlock();
      case 'markdown':
        return this.#copy(
          this.#markdown(answers),
          'Markdown copied. Paste it into your notes or a 1:1 agenda.',
        );
      case 'download-md':
        return this.#download(this.#markdown(answers), `${this.#def.id}.md`, 'text/markdown');
      case 'export': {
        const label = this.querySelector<HTMLInputElement>('[data-role="label"]')!.value;
        return this.#download(
          exportJson({ id: this.#def.id, version: this.#def.version }, answers, label),
          `${this.#def.id}-answers.json`,
          'application/json',
        );
      }
      case 'other-link': {
        const link = this.querySelector<HTMLInputElement>('[data-role="other-link"]')!.value;
        const hash = link.slice(link.indexOf('#'));
        return this.#other(
          decodeLink(hash, this.#def.id, this.#ids) ?? {
            error: isLocked(hash)
              ? 'That link is locked: open it, unlock it, “Export answers” and compare with the file.'
              : 'That link carries no answers.',
          },
        );
      }
      case 'clear':
        // Showing a link, the form holds someone else's answers: say that the reader's own go too.
        if (
          !confirm(
            `${this.#viewingLink ? 'Close the shared answers and clear your own saved answers' : 'Clear your answers'} on this assessment? Your snapshots are kept.`,
          )
        )
          return;
        this.#saved = { ...this.#saved, answers: {}, drafts: {} };
        if (this.#viewingLink) this.#leaveLink();
        this.#fill({});
        this.#persist();
        this.#render();
        return this.#status('Your answers are cleared.');
      case 'keep':
        if (Object.keys(this.#saved.answers).length && !confirm('Replace your own saved answers with these?'))
          return this.#status('Nothing was changed.');
        this.#leaveLink();
        this.#saved = { ...this.#saved, answers };
        this.#persist();
        return this.#status('These answers are now saved as yours, in this browser.');
      case 'mine':
        this.#leaveLink();
        this.#fillMine();
        return this.#render();
    }
  }

  #markdown(answers: Answers): string {
    return resultMarkdown(this.#def, score(this.#def, answers), answers, localToday());
  }

  async #import(file: File) {
    const result = importJson(await file.text(), this.#def.id, this.#ids);
    if ('error' in result) return this.#status(result.error);
    // The file's answers become the reader's own: what they replace is the reader's saved answers,
    // not a shared link's that happen to be on screen (those are closed).
    const own = this.#viewingLink ? this.#saved.answers : this.#answers();
    if (
      Object.keys(own).length > 0 &&
      !confirm('Replace your own saved answers with the ones in this file?')
    ) {
      return this.#status('Nothing was changed.');
    }
    if (this.#viewingLink) this.#leaveLink();
    this.#fill(result.answers);
    this.#changed();
    this.#status(
      `Imported ${Object.keys(result.answers).length} answers${result.label ? ` from ${result.label}` : ''}.`,
    );
  }

  /** Shows your answers beside someone else's, highlighting where you disagree. */
  #other(other: { answers: Answers; label?: string } | { error: string }) {
    if ('error' in other) {
      this.#comparison('');
      return this.#status(other.error);
    }
    const who = other.label ?? 'someone';
    const draw = () => this.#comparison(otherHtml(this.#def, this.#answers(), other.answers, who), draw);
    draw();
    this.#status('Comparison below.');
  }

  async #team(files: File[]) {
    const members: { label: string; answers: Answers }[] = [];
    for (const [i, file] of files.entries()) {
      const result = importJson(await file.text(), this.#def.id, this.#ids);
      if ('error' in result) return this.#status(`${file.name}: ${result.error}`);
      members.push({ label: result.label ?? `Member ${i + 1}`, answers: result.answers });
    }
    this.#comparison(teamHtml(this.#def, members));
    this.#status('Comparison below.');
  }

  #compareSnapshot() {
    const select = this.querySelector<HTMLSelectElement>('[data-role="snapshots"]')!;
    const snapshot = select.value ? this.#saved.snapshots[Number(select.value)] : undefined;
    if (!snapshot) return this.#comparison('');
    // Redrawn as the answers change; said once, when picked.
    const draw = () => this.#comparison(snapshotHtml(this.#def, snapshot, this.#answers()), draw);
    draw();
    this.#status('Comparison below.');
  }

  #renderSnapshots() {
    // Nothing to delete until there is a snapshot.
    this.querySelector<HTMLElement>('[data-action="delete-snapshot"]')!.hidden =
      !this.#saved.snapshots.length;
    // Drawn anew, the list keeps the place picked, so it agrees with the comparison shown.
    const select = this.querySelector<HTMLSelectElement>('[data-role="snapshots"]')!;
    const picked = select.value;
    select.innerHTML = snapshotOptions(this.#saved.snapshots, (iso) =>
      new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    );
    select.value = picked;
  }

  #on(role: string, handler: (files: File[]) => void) {
    const input = this.querySelector<HTMLInputElement>(`[data-role="${role}"]`);
    input?.addEventListener('change', () => {
      if (input.files?.length) handler([...input.files]);
      input.value = '';
    });
  }

  async #copy(text: string, done: string) {
    const copied = await copyOrShow(this, text);
    if (copied) this.querySelector<HTMLElement>('.copy-box')!.hidden = true;
    this.#status(copied ? done : 'Your browser did not allow copying; the text is selected below.');
  }

  #download(text: string, filename: string, type: string) {
    downloadText(text, filename, type);
    this.#status(`Downloaded ${filename}.`);
  }

  /** Shows a comparison, and how to redraw it when the answers change (none for the team view). */
  #comparison(html: string, refresh?: () => void) {
    this.querySelector('.comparison')!.innerHTML = html;
    this.#refreshComparison = refresh;
  }

  #notice(html: string) {
    const notice = this.querySelector<HTMLElement>('.assessment-notice')!;
    // Its buttons (Keep, Show my own, Unlock) go with it: focus moves to the result they changed.
    const hadFocus = notice.contains(document.activeElement);
    notice.innerHTML = html;
    notice.hidden = !html;
    if (hadFocus) this.querySelector<HTMLElement>('.assessment-result h3')!.focus();
  }

  #status(text: string) {
    this.querySelector('.tool-status')!.textContent = text;
  }
}
