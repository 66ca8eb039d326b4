/**
 * <handbook-evidence>: the evidence log on the brag-document page. Entries are kept in this
 * browser only (versioned, like the assessments), and leave it only as a file or a link the
 * reader makes; a link can be locked with a passphrase. It never makes a network request.
 */
import {
  coverage,
  exportEvidence,
  filterEntries,
  mergeEntries,
  monthsBefore,
  parseEvidence,
  sortEntries,
  type EvidenceEntry,
  type EvidenceLog,
} from '../../lib/evidence/evidence';
import { bragMarkdown, packetMarkdown, type LadderOutline } from '../../lib/evidence/markdown';
import { isLocked, unlock } from '../../lib/share/locked';
import {
  copyOrShow,
  downloadText,
  enterPressesButton,
  linkNote,
  shareUrl,
  unlockFailure,
} from '../shared/share-tools';
import { fromBase64Url, toBase64Url } from '../../lib/assessments/state';
import { readVersioned, writeVersioned } from '../../lib/storage/versioned';
import { replaceGuard, storageGet, storagePut } from '../shared/local-storage';
import { esc } from '../../lib/text/html';
import { iso, localToday } from '../../lib/plans/dates';
import { typicalLevel } from '../../lib/evidence/outline';
import { draftFromStore, draftToStore, type EvidenceDraft } from '../../lib/evidence/draft';

const KEY = 'handbook:evidence';
/** The entry still being written (../../lib/evidence/draft.ts), apart from the log. */
const DRAFT = 'handbook:evidence:draft';
const VERSION = 1;
const LINK = 'evidence=';
const today = () => iso(localToday());

export class HandbookEvidence extends HTMLElement {
  #ladders: LadderOutline[] = [];
  #log: EvidenceLog = { entries: [] };
  /** Whether a save may replace what is stored (asks once when it could not be read). */
  #mayReplace!: () => boolean;
  #editing?: string;
  #locked?: string;

  connectedCallback() {
    this.#ladders = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);
    this.#q('.needs-js').hidden = true;
    this.#q('.evidence-app').hidden = false;
    // One damaged entry must not hide the others: they are shown, and the damaged ones named.
    const saved = readVersioned(storageGet(KEY), VERSION, (data) => {
      const read = parseEvidence(data, { keepValid: true });
      return read.log ? read : undefined;
    });
    const damaged =
      saved.kind === 'ok' ? new Set(saved.value.problems.map((p) => p.path.split('.')[0])).size : 0;
    if (saved.kind === 'ok') this.#log = saved.value.log!;
    if (damaged)
      this.#notice(
        `${damaged} saved ${damaged > 1 ? 'entries' : 'entry'} could not be read and ${damaged > 1 ? 'are' : 'is'} not shown. ${damaged > 1 ? 'They stay' : 'It stays'} saved in this browser until you agree to replace ${damaged > 1 ? 'them' : 'it'}.`,
      );
    else if (saved.kind !== 'ok' && saved.kind !== 'empty')
      this.#notice(
        'Your saved evidence could not be read, so it starts empty. It stays saved in this browser until you agree to replace it.',
      );
    this.#mayReplace = replaceGuard(
      KEY,
      damaged > 0 || (saved.kind !== 'ok' && saved.kind !== 'empty'),
      'Replace your earlier saved evidence, which this page cannot read?',
    );
    this.#select('ladder').value = this.#ladder().id;
    this.#form().date.value = today();
    this.addEventListener('change', (e) => this.#changed(e.target as HTMLElement));
    this.#form().addEventListener('input', () => {
      this.#keepDraft();
      // What became of the last entry is old news once the next is being written (and the
      // browser's own "fill in this field" bubble would otherwise sit over "Entry added.").
      if (!this.#editing) this.#formStatus('');
    });
    this.#form().addEventListener('submit', (e) => {
      e.preventDefault();
      this.#saveEntry();
    });
    this.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.#act(button.dataset.action!, button.dataset.id);
    });
    void this.#fromLink();
    enterPressesButton(this);
    this.#render();
    this.#restoreDraft();
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }
  #select(role: string) {
    return this.#q<HTMLSelectElement>(`[data-role="${role}"]`);
  }
  #form() {
    return this.#q<HTMLFormElement & Record<string, HTMLInputElement>>('.evidence-form');
  }
  #ladder(): LadderOutline {
    return (
      this.#ladders.find((l) => l.id === (this.#log.ladder ?? this.#select('ladder').value)) ??
      this.#ladders[0]!
    );
  }
  /**
   * The log with the ladder and level the page shows: a first visit shows a ladder and level
   * before the reader touches either, and the export, the documents and `handbook packet` must
   * use what the reader sees.
   */
  #current(): EvidenceLog {
    return { ...this.#log, ladder: this.#ladder().id, level: this.#levelId() };
  }
  /** The target level: the log's, else the one shown, else the ladder's typical one. */
  #levelId(): string {
    const ladder = this.#ladder();
    const known = (id?: string) => ladder.levels.some((l) => l.id === id);
    const shown = this.#select('level').value;
    return known(this.#log.level) ? this.#log.level! : known(shown) ? shown : typicalLevel(ladder).id;
  }
  /** The months the coverage table counts (the period filter, or the last 12). */
  #months() {
    return Number(this.#select('filter-period').value) || 12;
  }
  #notice(text: string) {
    const n = this.#q('.evidence-notice');
    n.textContent = text;
    n.hidden = false;
  }
  #status(text: string) {
    this.#q('.tool-status').textContent = text;
  }
  /** What became of the form's entry, said next to the form. */
  #formStatus(text: string) {
    this.#q('.form-status').textContent = text;
  }
  #save() {
    if (!this.#mayReplace())
      return this.#status(
        'Not saved: your earlier evidence is kept. Export this log before you leave the page.',
      );
    if (!storagePut(KEY, writeVersioned(VERSION, { ...this.#current() })))
      this.#status('This browser refuses to save; export the log before you leave the page.');
  }

  #changed(target: HTMLElement) {
    const role = target.dataset.role;
    if (role === 'ladder') {
      this.#log = { ...this.#log, ladder: (target as HTMLSelectElement).value, level: undefined };
      this.#save();
    } else if (role === 'level') {
      this.#log = { ...this.#log, level: (target as HTMLSelectElement).value };
      this.#save();
    } else if (role === 'import') void this.#import(target as HTMLInputElement);
    if (role !== 'import' && role !== 'passphrase' && role !== 'unlock-passphrase') this.#render();
  }

  #saveEntry() {
    const f = this.#form();
    const ladder = this.#ladder();
    // Tags of another ladder, which the form has no box for, stay on the entry being edited.
    const kept = (this.#log.entries.find((e) => e.id === this.#editing)?.dimensions ?? []).filter(
      (d) => !ladder.dimensions.some((x) => x.id === d),
    );
    const dims = [
      ...[...f.querySelectorAll<HTMLInputElement>('.dim-boxes input:checked')].map((b) => b.value),
      ...kept,
    ];
    const entry: EvidenceEntry = {
      id: this.#editing ?? `e${Date.now().toString(36)}`,
      date: f.date.value,
      what: f.what.value.trim(),
      impact: f.impact.value.trim(),
      dimensions: dims,
      ...(f.link.value.trim() ? { link: f.link.value.trim() } : {}),
    };
    const problems = parseEvidence({ entries: [entry] }, { today: today() }).problems;
    // Each field with a problem is marked, and the first one gets the focus, so the reader is
    // told where as well as what.
    const wrong = (['date', 'what', 'link'] as const).filter((name) => {
      const bad = problems.some((p) => p.path.endsWith(`.${name}`));
      f[name].setAttribute('aria-invalid', String(bad));
      // The message under the form describes the field, so it is read when the field gets focus.
      if (bad) f[name].setAttribute('aria-describedby', 'evidence-form-status');
      else f[name].removeAttribute('aria-describedby');
      return bad;
    });
    if (problems.length) {
      if (wrong[0]) f[wrong[0]].focus();
      const text = problems.map((p) => p.message).join('; ');
      return this.#formStatus(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    }
    this.#log = { ...this.#log, entries: mergeEntries(this.#log.entries, [entry]) };
    this.#save();
    this.#formStatus(this.#editing ? 'Entry updated.' : 'Entry added.');
    this.#emptyForm();
    this.#render();
  }

  /** Empties the form for a new entry, and forgets the draft it held. */
  #emptyForm() {
    this.#editing = undefined;
    this.#form().reset();
    this.#form().date.value = today();
    storagePut(DRAFT, null);
  }

  /** What the form holds now. */
  #draft(): EvidenceDraft {
    const f = this.#form();
    return {
      ...(this.#editing ? { editing: this.#editing } : {}),
      date: f.date.value,
      what: f.what.value,
      impact: f.impact.value,
      link: f.link.value,
      dimensions: [...f.querySelectorAll<HTMLInputElement>('.dim-boxes input:checked')].map((b) => b.value),
    };
  }

  /** Keeps what the form holds, so a reload or a closed tab does not lose a half-written entry. */
  #keepDraft() {
    storagePut(DRAFT, draftToStore(this.#draft(), today()));
  }

  /** Puts a kept draft back in the form, as an edit when its entry is still in the log. */
  #restoreDraft() {
    const draft = draftFromStore(storageGet(DRAFT));
    if (!draft) return;
    const f = this.#form();
    this.#editing = this.#log.entries.some((e) => e.id === draft.editing) ? draft.editing : undefined;
    f.date.value = draft.date || today();
    f.what.value = draft.what;
    f.impact.value = draft.impact;
    f.link.value = draft.link;
    this.#render();
    this.#check(draft.dimensions);
    this.#formStatus(
      this.#editing
        ? 'The changes you were making to an entry are back in the form: Save changes keeps them.'
        : 'The entry you were writing is back in the form: Add entry keeps it.',
    );
  }

  /** Ticks exactly these dimensions in the form. */
  #check(dimensions: string[]) {
    for (const b of this.#form().querySelectorAll<HTMLInputElement>('.dim-boxes input'))
      b.checked = dimensions.includes(b.value);
  }

  async #act(action: string, id?: string) {
    const f = this.#form();
    if (action === 'edit') {
      const e = this.#log.entries.find((x) => x.id === id)!;
      this.#editing = e.id;
      f.date.value = e.date;
      f.what.value = e.what;
      f.impact.value = e.impact;
      f.link.value = e.link ?? '';
      this.#render();
      this.#check(e.dimensions);
      this.#keepDraft();
      f.what.focus();
      this.#formStatus(
        `Editing “${e.what}”: Save changes keeps your changes; Cancel editing leaves it as it was.`,
      );
    } else if (action === 'cancel') {
      this.#emptyForm();
      this.#render();
      f.what.focus(); // the Cancel button is gone
      this.#formStatus('Editing cancelled: the entry is as it was.');
    } else if (action === 'delete') {
      const e = this.#log.entries.find((x) => x.id === id)!;
      if (!confirm(`Delete “${e.what}”?`)) return;
      const shown = [...this.querySelectorAll('.evidence-list li')];
      const at = shown.findIndex((li) => li.querySelector(`[data-id="${id}"]`));
      this.#log = { ...this.#log, entries: this.#log.entries.filter((x) => x.id !== id) };
      // The entry being edited is gone: saving the form must not bring it back.
      if (this.#editing === id) this.#emptyForm();
      this.#save();
      this.#status('Entry deleted.');
      this.#render();
      // The focused button went with its entry: on to the entry now in its place, or the list's title.
      const items = this.querySelectorAll('.evidence-list li');
      const next = (items[at] ?? items[at - 1])?.querySelector<HTMLElement>('button');
      (next ?? this.#q('#evidence-list-title')).focus();
    } else if (action === 'export')
      downloadText(exportEvidence(this.#current()), 'evidence.json', 'application/json');
    else if (action === 'brag')
      downloadText(
        bragMarkdown(this.#current(), this.#ladder(), today()),
        'brag-document.md',
        'text/markdown',
      );
    else if (action === 'packet') {
      const level = this.#select('level').value;
      const since = monthsBefore(today(), this.#months());
      downloadText(
        packetMarkdown(this.#current(), this.#ladder(), level, { since }),
        `packet-${level}.md`,
        'text/markdown',
      );
    } else if (action === 'link') await this.#link();
    else if (action === 'unlock') await this.#unlock();
  }

  async #link() {
    const pass = this.#q<HTMLInputElement>('[data-role="passphrase"]').value;
    // Locking takes a moment (key derivation): say so, or the last link's message stays up.
    if (pass) this.#status('Locking the link…');
    const url = await shareUrl(`${LINK}${toBase64Url(JSON.stringify(this.#current()))}`, pass);
    const note = linkNote(Boolean(pass), 'your evidence');
    this.#status((await copyOrShow(this, url)) ? note : note.replace('copied', 'ready to copy below'));
  }

  async #fromLink() {
    const hash = location.hash.slice(1);
    if (isLocked(hash)) {
      this.#locked = hash;
      this.#q('.unlock').hidden = false;
      this.#notice('This page was opened with a locked evidence link. Enter the passphrase to import it.');
    } else if (hash.startsWith(LINK)) {
      this.#importText(fromBase64Url(hash.slice(LINK.length)), 'the link');
      this.#forgetLink();
    }
  }

  /**
   * Takes the link's payload out of the address once it is imported: left there, a reload or a
   * bookmark would import it again and bring back entries the reader has since edited or deleted.
   */
  #forgetLink() {
    history.replaceState(null, '', location.pathname + location.search);
  }

  async #unlock() {
    const field = this.#q<HTMLInputElement>('[data-role="unlock-passphrase"]');
    const result = await unlock(this.#locked!, field.value);
    // Said in the notice above the field, which describes it: the status line is screens below.
    field.setAttribute('aria-invalid', String(!result.ok));
    if (!result.ok) return this.#notice(unlockFailure(result.reason));
    this.#q('.unlock').hidden = true;
    this.#q('.evidence-notice').hidden = true;
    this.#importText(fromBase64Url(result.text.slice(LINK.length)), 'the locked link');
    this.#forgetLink();
    // The focused passphrase field is hidden now: on to what was imported.
    this.#q('#evidence-list-title').focus();
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (file) this.#importText(await file.text(), file.name);
    input.value = '';
  }

  #importText(text: string, from: string) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return this.#status(`${from} is not an evidence export. Nothing was changed.`);
    }
    const { log, problems } = parseEvidence(data, { today: today() });
    if (!log) {
      // Another tool's file says only that; an evidence file with mistakes names the entries.
      const other = problems.find((p) => p.path === 'format');
      const list = problems.map(
        (p) => `${p.path.replace(/^entries\[(\d+)\]\.?/, (_, i) => `entry ${Number(i) + 1} `)}: ${p.message}`,
      );
      return this.#status(
        `${from} ${other ? `is not an evidence log (${other.message.replace(/,.*$/, '')})` : `has mistakes: ${list.join('; ')}`}. Nothing was changed.`,
      );
    }
    const before = this.#log.entries.length;
    // An empty log takes the file's ladder and level; one with entries keeps its own.
    const mine: Partial<EvidenceLog> = before > 0 ? this.#current() : {};
    this.#log = {
      ladder: mine.ladder ?? log.ladder ?? this.#log.ladder,
      level: mine.level ?? log.level ?? this.#log.level,
      entries: mergeEntries(this.#log.entries, log.entries),
    };
    this.#save();
    const n = log.entries.length;
    this.#status(
      `Imported ${n} ${n === 1 ? 'entry' : 'entries'} from ${from} (${this.#log.entries.length - before} new).`,
    );
    this.#render();
  }

  #render() {
    const ladder = this.#ladder();
    this.#select('ladder').value = ladder.id;
    const label = (id: string) => ladder.dimensions.find((d) => d.id === id)?.label ?? id;
    const level = this.#select('level');
    const chosen = this.#levelId();
    level.innerHTML = ladder.levels.map((l) => `<option value="${l.id}">${esc(l.title)}</option>`).join('');
    level.value = chosen;
    const boxes = this.#q('.dim-boxes');
    if (boxes.dataset.ladder !== ladder.id) {
      boxes.dataset.ladder = ladder.id;
      boxes.innerHTML = ladder.dimensions
        .map((d) => `<label><input type="checkbox" value="${d.id}"> ${esc(d.label)}</label>`)
        .join('');
    }
    this.#q<HTMLButtonElement>('[data-role="save"]').textContent = this.#editing
      ? 'Save changes'
      : 'Add entry';
    this.#q('#evidence-form-title').textContent = this.#editing ? 'Edit an entry' : 'Add evidence';
    this.#q('[data-action="cancel"]').hidden = !this.#editing;

    const dimFilter = this.#select('filter-dim');
    const dim = dimFilter.value;
    dimFilter.innerHTML =
      '<option value="">every dimension</option>' +
      ladder.dimensions.map((d) => `<option value="${d.id}">${esc(d.label)}</option>`).join('');
    dimFilter.value = dim;
    const months = Number(this.#select('filter-period').value) || undefined;
    const since = months ? monthsBefore(today(), months) : undefined;
    const shown = filterEntries(sortEntries(this.#log.entries), { dimension: dim || undefined, since });
    // A live region: written only when the count changes, or a screen reader repeats it at every tick.
    const count = this.#q('.evidence-count');
    const counted = `${shown.length} of ${this.#log.entries.length} entries shown.`;
    if (count.textContent !== counted) count.textContent = counted;
    this.#q('.evidence-list').innerHTML = shown
      .map(
        (
          e,
        ) => `<li data-entry-id="${e.id}"><p><strong>${esc(e.what)}</strong>${e.impact ? ` — ${esc(e.impact)}` : ''}</p>
<p class="entry-meta"><time datetime="${e.date}">${e.date}</time> · ${esc(e.dimensions.map(label).join(', ') || 'no dimension')}${
          e.link ? ` · <a href="${esc(e.link)}">link</a>` : ''
        }</p><div class="tool-row"><button type="button" data-action="edit" data-id="${e.id}">Edit<span class="sr-only"> ${esc(e.what)}</span></button><button type="button" data-action="delete" data-id="${e.id}">Delete<span class="sr-only"> ${esc(e.what)}</span></button></div></li>`,
      )
      .join('');

    const window = this.#months();
    const rows = coverage(this.#log.entries, ladder.dimensions, monthsBefore(today(), window)).map(
      (c) =>
        `<tr data-dimension="${c.id}"><th scope="row">${esc(c.label)}</th><td>${c.count}</td><td class="strength-${c.strength}">${c.strength === 'none' ? 'no evidence' : c.strength}</td></tr>`,
    );
    const target = ladder.levels.find((l) => l.id === level.value)!;
    this.#q('.coverage').innerHTML =
      `<table class="data-table full"><caption>Evidence in the last ${window} months against ${esc(target.title)}</caption><thead><tr><th scope="col">Dimension</th><th scope="col">Entries</th><th scope="col">Strength</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
}
