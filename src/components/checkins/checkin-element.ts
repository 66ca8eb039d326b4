/**
 * <handbook-checkin>: rate each dimension of a ladder level, keep the ratings in this browser,
 * share them by file or (optionally locked) link, and compare with someone else's: the
 * disagreements first, then a 1:1 agenda. It never makes a network request.
 */
import {
  agendaMarkdown,
  compareCheckIns,
  exportCheckIn,
  parseCheckIn,
  parseSetAside,
  sharedCheckIn,
  switchLadder,
  POSITIONS,
  RATINGS,
  type CheckIn,
  type DimensionRating,
  type SetAside,
} from '../../lib/checkins/checkin';
import { coverage, monthsBefore, parseEvidence, type Strength } from '../../lib/evidence/evidence';
import type { LadderOutline } from '../../lib/evidence/markdown';
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
import { isRecord, readVersioned, writeVersioned } from '../../lib/storage/versioned';
import { replaceGuard, storageGet, storagePut } from '../shared/local-storage';
import { esc } from '../../lib/text/html';
import { iso, localToday } from '../../lib/plans/dates';
import { typicalLevel } from '../../lib/evidence/outline';

const KEY = 'handbook:checkin';
const LINK = 'checkin=';
const today = () => iso(localToday());

export class HandbookCheckIn extends HTMLElement {
  #ladders: LadderOutline[] = [];
  #mine: CheckIn = { ladder: '', level: '', who: 'me', date: '', ratings: {} };
  /** What was rated on other ladders, kept beside `#mine` in the same stored value. */
  #aside: SetAside = {};
  /** Whether a save may replace what is stored (asks once when it could not be read). */
  #mayReplace!: () => boolean;
  #theirs?: CheckIn;
  /** Their ratings stay hidden until every dimension is rated here, or the reader asks to see them. */
  #revealed = false;

  connectedCallback() {
    this.#ladders = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);
    this.#q('.needs-js').hidden = true;
    this.#q('.evidence-app').hidden = false;
    const saved = readVersioned(storageGet(KEY), 1, (d) => {
      const mine = parseCheckIn(d);
      return mine && { mine, aside: parseSetAside(isRecord(d) ? d.aside : undefined) };
    });
    if (saved.kind === 'ok') ({ mine: this.#mine, aside: this.#aside } = saved.value);
    else if (saved.kind !== 'empty')
      this.#notice(
        'Your saved check-in could not be read, so this starts empty. It stays saved in this browser until you agree to replace it.',
      );
    this.#mayReplace = replaceGuard(
      KEY,
      saved.kind !== 'ok' && saved.kind !== 'empty',
      'Replace your earlier saved check-in, which this page cannot read?',
    );
    const ladder = this.#ladder();
    this.#mine.ladder = ladder.id;
    this.#mine.level ||= typicalLevel(ladder).id;
    this.#field('who').value = this.#mine.who === 'me' ? '' : this.#mine.who;
    this.addEventListener('change', (e) => this.#changed(e.target as HTMLInputElement));
    // A note is saved as it is typed, so a reload straight after typing keeps it.
    this.addEventListener('input', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name?.endsWith('-note')) this.#changed(t);
    });
    this.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      if (b) void this.#act(b.dataset.action!);
    });
    enterPressesButton(this);
    this.#render();
    const hash = location.hash.slice(1);
    if (isLocked(hash) || hash.startsWith(LINK)) {
      this.#field('other-link').value = location.href;
      this.#notice(
        isLocked(hash)
          ? 'This page was opened with a locked check-in. Enter its passphrase below and choose Compare.'
          : 'This page was opened with someone’s check-in: it is compared with yours below.',
      );
      if (!isLocked(hash)) void this.#act('compare');
    }
  }

  #q(selector: string) {
    return this.querySelector<HTMLElement>(selector)!;
  }
  #field(role: string) {
    return this.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-role="${role}"]`)!;
  }
  #ladder() {
    return (
      this.#ladders.find((l) => l.id === (this.#mine.ladder || this.#field('ladder').value)) ??
      this.#ladders[0]!
    );
  }
  #notice(text: string) {
    const n = this.#q('.evidence-notice');
    n.textContent = text;
    n.hidden = false;
  }
  #status(text: string) {
    this.#q('.tool-status').textContent = text;
  }
  #save() {
    this.#mine.date = today();
    if (!this.#mayReplace())
      return this.#status(
        'Not saved: your earlier check-in is kept. Copy or export this one to keep it too.',
      );
    storagePut(KEY, writeVersioned(1, { ...this.#mine, aside: this.#aside }));
  }

  #changed(t: HTMLInputElement) {
    const role = t.dataset.role;
    const dim = t.closest<HTMLElement>('[data-dimension]')?.dataset.dimension;
    if (role === 'ladder') this.#switch(t.value);
    else if (role === 'level') this.#mine = { ...this.#mine, level: t.value };
    else if (role === 'who') this.#mine.who = t.value.trim() || 'me';
    else if (role === 'other') return void this.#loadFile(t);
    else if (dim) {
      const get = (name: string) =>
        this.querySelector<HTMLInputElement>(`[name="${dim}-${name}"]${name === 'rating' ? ':checked' : ''}`)
          ?.value;
      const rating = get('rating') as CheckIn['ratings'][string]['rating'] | undefined;
      const position = get('position') as 'low' | undefined;
      const note = get('note')?.trim();
      const rest = { ...(position ? { position } : {}), ...(note ? { note } : {}) };
      // A position or note set before the rating is kept as a draft until the rating comes.
      const { [dim]: _draft, ...drafts } = this.#mine.drafts ?? {};
      if (rating) this.#mine.ratings[dim] = { rating, ...rest };
      else if (position || note) drafts[dim] = rest;
      this.#mine.drafts = drafts;
    } else return;
    this.#save();
    if (role === 'ladder' || role === 'level') this.#render();
    this.#renderComparison();
  }

  /** Another ladder has other dimensions: what was rated here is set aside, and that ladder's comes back. */
  #switch(id: string) {
    const from = this.#ladder().title;
    const first = this.#ladders.find((l) => l.id === id)!.levels[0]!.id;
    const had = Object.keys(this.#mine.ratings).length > 0;
    ({ mine: this.#mine, aside: this.#aside } = switchLadder(this.#mine, this.#aside, id, first));
    if (had) this.#status(`Your ratings on “${from}” are kept: choose that ladder again to see them.`);
  }

  async #act(action: string) {
    if (action === 'export') {
      downloadText(exportCheckIn(this.#mine), `check-in-${this.#mine.level}.json`, 'application/json');
    } else if (action === 'link') {
      const pass = this.#field('passphrase').value;
      const url = await shareUrl(`${LINK}${toBase64Url(JSON.stringify(sharedCheckIn(this.#mine)))}`, pass);
      const note = linkNote(Boolean(pass), 'your ratings');
      this.#status((await copyOrShow(this, url)) ? note : note.replace('copied', 'ready to copy below'));
    } else if (action === 'compare') {
      const link = this.#field('other-link').value.trim();
      const hash = link.includes('#') ? link.slice(link.indexOf('#') + 1) : link;
      let text = hash;
      if (isLocked(hash)) {
        const result = await unlock(hash, this.#field('other-passphrase').value);
        if (!result.ok) return this.#status(unlockFailure(result.reason));
        text = result.text;
      }
      if (!text.startsWith(LINK)) return this.#status('That is not a check-in link.');
      try {
        this.#other(JSON.parse(fromBase64Url(text.slice(LINK.length))), 'the link');
      } catch {
        this.#status('That link is damaged and cannot be opened. Ask for a new one.');
      }
    } else if (action === 'reveal') {
      this.#revealed = true;
      this.#renderComparison();
      // The button is gone with the notice it sat in: focus goes to what it showed.
      this.#q('.comparison h4').focus();
      this.#status(`Showing ${this.#theirs!.who}'s ratings.`);
    } else if (action === 'agenda' && this.#theirs) {
      const text = agendaMarkdown(this.#ladder(), this.#mine, this.#theirs, this.#evidence());
      // The agenda is shown as well as copied: it is worth reading before the meeting.
      const box = this.#q('.copy-box');
      box.hidden = false;
      box.querySelector('textarea')!.value = text;
      this.#status(
        (await copyOrShow(this, text)) ? 'Agenda copied as Markdown.' : 'Agenda ready to copy below.',
      );
    }
  }

  async #loadFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    try {
      this.#other(JSON.parse(await file.text()), file.name);
    } catch {
      this.#status(`${file.name} is not a check-in export. Nothing was changed.`);
    }
    input.value = '';
  }

  #other(data: unknown, from: string) {
    const theirs = parseCheckIn(data);
    if (!theirs) return this.#status(`${from} is not a check-in. Nothing was changed.`);
    // Links made before names were left out of shared check-ins say "me": here that is not you.
    if (theirs.who === 'me') theirs.who = 'someone';
    if (!this.#ladders.some((l) => l.id === theirs.ladder))
      return this.#status(
        `${from} rates a ladder this handbook does not have (${theirs.ladder}). Nothing was changed.`,
      );
    if (theirs.ladder !== this.#mine.ladder || theirs.level !== this.#mine.level) {
      this.#switch(theirs.ladder);
      this.#mine.level = theirs.level;
      this.#save();
      this.#render();
    }
    this.#theirs = theirs;
    this.#revealed = false;
    // While theirs are hidden, the comparison's own heading says why.
    this.#status(`${this.#unrated() ? 'Opened' : 'Comparing with'} ${theirs.who}'s check-in.`);
    this.#renderComparison();
  }

  /** The evidence log's strength per dimension over 12 months, when one is kept in this browser. */
  #evidence(): Record<string, Strength> {
    const saved = readVersioned(storageGet('handbook:evidence'), 1, (d) => parseEvidence(d).log);
    if (saved.kind !== 'ok') return {};
    const rows = coverage(saved.value.entries, this.#ladder().dimensions, monthsBefore(today(), 12));
    return Object.fromEntries(rows.map((r) => [r.id, r.strength]));
  }

  #render() {
    const ladder = this.#ladder();
    this.#field('ladder').value = ladder.id;
    const level = this.#field('level');
    level.innerHTML = ladder.levels.map((l) => `<option value="${l.id}">${esc(l.title)}</option>`).join('');
    level.value = this.#mine.level;
    const target = ladder.levels.find((l) => l.id === this.#mine.level)!;
    this.#q('.checkin-form').innerHTML = ladder.dimensions
      .map((d) => {
        const r: Partial<DimensionRating> | undefined = this.#mine.ratings[d.id] ?? this.#mine.drafts?.[d.id];
        const radios = RATINGS.map(
          (x) =>
            `<label><input type="radio" name="${d.id}-rating" value="${x}"${r?.rating === x ? ' checked' : ''}> ${x}</label>`,
        ).join(' ');
        const positions = ['', ...POSITIONS]
          .map(
            (p) =>
              `<option value="${p}"${(r?.position ?? '') === p ? ' selected' : ''}>${p || 'not sure'}</option>`,
          )
          .join('');
        // The level's expectation describes the group, so it is read with the first rating.
        return `<fieldset class="evidence-form" data-dimension="${d.id}" aria-describedby="expects-${d.id}"><legend>${esc(d.label)}</legend>
<p class="entry-meta" id="expects-${d.id}">${esc(target.expectations[d.id] ?? '')}</p>
<div class="dim-boxes">${radios}</div>
<div class="tool-row"><label class="inline"><span>Where in the level</span><select name="${d.id}-position">${positions}</select></label>
<label class="inline"><span>Note or evidence</span><input type="text" name="${d.id}-note" value="${esc(r?.note ?? '')}"></label></div></fieldset>`;
      })
      .join('');
    this.#renderComparison();
  }

  /** How many of the ladder's dimensions have no rating of the reader's yet. */
  #unrated() {
    return this.#ladder().dimensions.filter((d) => !this.#mine.ratings[d.id]).length;
  }

  #renderComparison() {
    const out = this.#q('.comparison');
    if (!this.#theirs) return void (out.innerHTML = '');
    const who = esc(this.#theirs.who);
    const unrated = this.#unrated();
    // Seeing the other rating first anchors your own (see the page): theirs waits for yours.
    if (unrated && !this.#revealed)
      return void (out.innerHTML = `<h4>${who}’s ratings are hidden until you rate</h4><p>So that theirs cannot steer yours, they show here once you have rated every dimension. ${unrated} of ${this.#ladder().dimensions.length} still to rate.</p><button type="button" data-action="reveal">Show their ratings now</button>`);
    if (!this.#revealed && out.querySelector('[data-action="reveal"]'))
      this.#status(`All rated: ${this.#theirs.who}'s ratings are shown below.`);
    this.#revealed = true;
    const rows = compareCheckIns(this.#ladder(), this.#mine, this.#theirs);
    const cell = (r?: { rating: string; position?: string; note?: string }) =>
      r
        ? `${esc(r.rating)}${r.position ? ` (${esc(r.position)})` : ''}${r.note ? `<br><small>${esc(r.note)}</small>` : ''}`
        : '—';
    out.innerHTML = `<h4 tabindex="-1">You and ${who}</h4><table class="data-table full result-table"><caption>Your ratings beside ${who}’s, disagreements first</caption><thead><tr><th scope="col">Dimension</th><th scope="col">You</th><th scope="col">${who}</th><th scope="col">Disagreement</th></tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr${r.disagree ? ' class="disagree"' : ''} data-dimension="${r.id}"><th scope="row">${esc(r.label)}</th><td>${cell(r.mine)}</td><td>${cell(r.theirs)}</td><td>${r.disagree ? 'Talk about this' : ''}</td></tr>`,
      )
      .join(
        '',
      )}</tbody></table><button type="button" data-action="agenda">Copy 1:1 agenda (Markdown)</button>`;
  }
}
