/**
 * <handbook-assessment>: upgrades the server-rendered assessment form. Scores as you answer,
 * saves to localStorage, restores on reload, reads answers from a shared link, and offers
 * snapshots, JSON export/import, Markdown, a second view (manager or peer) and, for team
 * instruments, a team view from several exports. It never makes a network request.
 */
import { score, type Answers, type Result } from '../../lib/assessments/score';
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
import { compareAnswers, differingQuestions, teamView } from '../../lib/assessments/compare';
import { dateAfter, resultMarkdown, type MarkdownDefinition } from '../../lib/assessments/markdown';
import { radarSvg } from '../../lib/charts/radar';

type Definition = MarkdownDefinition & { id: string; version: number; team: boolean };

const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n)}%`);
const esc = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export class HandbookAssessment extends HTMLElement {
  #def!: Definition;
  #ids: string[] = [];
  #saved: SavedState = { answers: {}, snapshots: [] };
  /** True while showing answers from a shared link that the reader has not kept. */
  #viewingLink = false;

  connectedCallback() {
    this.#def = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as Definition;
    this.#ids = this.#def.questions.map((q) => q.id);
    const { state, notice } = readSaved(this.#storage('get'), this.#ids);
    this.#saved = state;
    if (notice) this.#notice(esc(notice));
    const shared = decodeLink(location.hash, this.#def.id, this.#ids);
    if (shared && 'error' in shared) this.#notice(esc(shared.error));
    if (shared && 'answers' in shared) {
      this.#viewingLink = true;
      this.#fill(shared.answers);
      this.#notice(
        'You are looking at answers from a shared link. They are not saved unless you keep them. ' +
          '<button type="button" data-action="keep">Keep these as my answers</button> ' +
          '<button type="button" data-action="mine">Show my own answers</button>',
      );
    } else this.#fill(state.answers);
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
      this.#saved = { ...this.#saved, answers: this.#answers() };
      this.#persist();
    }
    this.#render();
  }

  #persist() {
    const empty = Object.keys(this.#saved.answers).length === 0 && this.#saved.snapshots.length === 0;
    if (!this.#storage(empty ? 'remove' : 'set', writeSaved(this.#saved))) {
      this.#status('This browser is not letting the page save; your answers last until you close it.');
    }
  }

  #storage(op: 'get'): string | null;
  #storage(op: 'set' | 'remove', value?: string): boolean;
  #storage(op: 'get' | 'set' | 'remove', value?: string): string | null | boolean {
    const key = storageKey(this.#def.id);
    try {
      if (op === 'get') return localStorage.getItem(key);
      if (op === 'set') localStorage.setItem(key, value!);
      else localStorage.removeItem(key);
      return true;
    } catch {
      return op === 'get' ? null : false;
    }
  }

  #render() {
    const result = score(this.#def, this.#answers());
    this.querySelector('.result-body')!.innerHTML = this.#resultHtml(result);
  }

  #resultHtml(r: Result): string {
    if (!r.band) return '<p>Answer the questions above to see your result here.</p>';
    const flags = r.flags.map((f) => `<p class="flag flag-${f.tone}">${esc(f.text)}</p>`).join('');
    const rows = r.dimensions
      .map(
        (d) =>
          `<tr><th scope="row">${esc(d.label)}</th><td>${pct(d.percent)}</td><td>${d.answered} of ${d.total}</td></tr>`,
      )
      .join('');
    const scored = r.dimensions.filter((d) => d.percent !== null);
    const radar =
      this.#def.dimensions.length >= 3
        ? `<div class="result-radar">${radarSvg({
            axes: r.dimensions.map((d) => ({ id: d.id, label: d.label })),
            series: [
              {
                label: 'Your answers',
                values: Object.fromEntries(r.dimensions.map((d) => [d.id, d.percent ?? 0])),
              },
            ],
            max: 100,
            title: `${this.#def.title}: your scores by area`,
          })}</div>`
        : '';
    const better = this.#def.higherIsWorse ? 'lowest risk' : 'strongest area';
    const worse = this.#def.higherIsWorse ? 'highest risk' : 'weakest area';
    const ends =
      scored.length > 1
        ? `<p>Your ${better}: <strong>${esc(r.strongest[0]!.label)}</strong>. Your ${worse}: <strong>${esc(r.weakest[0]!.label)}</strong>.</p>`
        : '';
    const gap = r.gapPlan.length
      ? `<h4>Your next actions</h4><ul class="gap-plan">${r.gapPlan
          .flatMap((g) =>
            g.actions.map(
              (a) =>
                `<li><strong>${esc(g.label)}:</strong> ${a.link ? `<a href="${esc(a.link)}">${esc(a.text)}</a>` : esc(a.text)}</li>`,
            ),
          )
          .join('')}</ul>`
      : '';
    const today = new Date();
    const plan = this.#def.plan.length
      ? `<h4>Your plan from today</h4><ol class="dated-plan">${this.#def.plan
          .map(
            (s) =>
              `<li><time datetime="${dateAfter(today, s.afterDays)}">${dateAfter(today, s.afterDays)}</time>: ${esc(s.text)}</li>`,
          )
          .join('')}</ol>`
      : '';
    return `${flags}<p class="band"><strong>${esc(r.band.label)}.</strong> ${esc(r.band.text)}</p>
      <p class="answered">Based on ${r.answered} of ${r.total} answers${r.overall === null ? '' : `; overall ${pct(r.overall)}`}${r.capped.length ? `; ${r.capped.length} top rating${r.capped.length > 1 ? 's' : ''} counted one step lower for want of evidence` : ''}.</p>
      ${radar}<table class="result-table"><caption>Scores by area</caption><thead><tr><th scope="col">Area</th><th scope="col">Score</th><th scope="col">Answered</th></tr></thead><tbody>${rows}</tbody></table>
      ${ends}${gap}${plan}`;
  }

  #act(action: string | undefined) {
    const answers = this.#answers();
    switch (action) {
      case 'snapshot':
        this.#saved = {
          ...this.#saved,
          answers,
          snapshots: [...this.#saved.snapshots, { takenAt: new Date().toISOString(), answers }],
        };
        this.#persist();
        this.#renderSnapshots();
        return this.#status('Snapshot saved. Pick it under “Compare with” later to see what moved.');
      case 'link': {
        const url = `${location.origin}${location.pathname}#${encodeLink(this.#def.id, answers)}`;
        return this.#copy(
          url,
          'Link copied. Whoever opens it sees these answers; nothing is stored anywhere else.',
        );
      }
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
        return this.#other(
          decodeLink(link.slice(link.indexOf('#')), this.#def.id, this.#ids) ?? {
            error: 'That link carries no answers.',
          },
        );
      }
      case 'clear':
        if (!confirm('Clear your answers on this assessment? Your snapshots are kept.')) return;
        this.#saved = { ...this.#saved, answers: {} };
        this.#viewingLink = false;
        this.#fill({});
        this.#persist();
        this.#render();
        return this.#status('Your answers are cleared.');
      case 'keep':
        this.#viewingLink = false;
        this.#saved = { ...this.#saved, answers };
        this.#persist();
        history.replaceState(null, '', location.pathname);
        this.#notice('');
        return this.#status('These answers are now saved as yours, in this browser.');
      case 'mine':
        this.#viewingLink = false;
        history.replaceState(null, '', location.pathname);
        this.#fill(this.#saved.answers);
        this.#notice('');
        return this.#render();
    }
  }

  #markdown(answers: Answers): string {
    return resultMarkdown(this.#def, score(this.#def, answers), answers);
  }

  async #import(file: File) {
    const result = importJson(await file.text(), this.#def.id, this.#ids);
    if ('error' in result) return this.#status(result.error);
    if (
      Object.keys(this.#answers()).length > 0 &&
      !confirm('Replace your current answers with the ones in this file?')
    ) {
      return this.#status('Nothing was changed.');
    }
    this.#viewingLink = false;
    this.#fill(result.answers);
    this.#changed();
    this.#status(
      `Imported ${Object.keys(result.answers).length} answers${result.label ? ` from ${result.label}` : ''}.`,
    );
  }

  /** Shows your answers beside someone else's, highlighting where you disagree. */
  #other(other: { answers: Answers; label?: string } | { error: string }) {
    if ('error' in other) return this.#status(other.error);
    const mine = this.#answers();
    const who = other.label ?? 'Their answers';
    const rows = compareAnswers(this.#def, mine, other.answers)
      .map(
        (c) =>
          `<tr${c.disagree ? ' class="disagree"' : ''}><th scope="row">${esc(c.label)}</th><td>${pct(c.a)}</td><td>${pct(c.b)}</td><td>${c.disagree ? 'Talk about this' : ''}</td></tr>`,
      )
      .join('');
    const differing = differingQuestions(this.#def, mine, other.answers)
      .map((id) => `<li>${esc(this.#def.questions.find((q) => q.id === id)!.text)}</li>`)
      .join('');
    this.#comparison(
      `<h4>You and ${esc(who)}</h4><table class="result-table"><caption>Your scores beside ${esc(who)}</caption><thead><tr><th scope="col">Area</th><th scope="col">You</th><th scope="col">${esc(who)}</th><th scope="col">Disagreement</th></tr></thead><tbody>${rows}</tbody></table>` +
        (differing
          ? `<p>Questions you answered differently:</p><ul>${differing}</ul>`
          : '<p>You gave the same answers.</p>'),
    );
  }

  async #team(files: File[]) {
    const members: { label: string; answers: Answers }[] = [];
    for (const [i, file] of files.entries()) {
      const result = importJson(await file.text(), this.#def.id, this.#ids);
      if ('error' in result) return this.#status(`${file.name}: ${result.error}`);
      members.push({ label: result.label ?? `Member ${i + 1}`, answers: result.answers });
    }
    const head = members.map((m) => `<th scope="col">${esc(m.label)}</th>`).join('');
    const rows = teamView(
      this.#def,
      members.map((m) => m.answers),
    )
      .map(
        (d) =>
          `<tr${d.wide ? ' class="disagree"' : ''}><th scope="row">${esc(d.label)}</th>${d.scores.map((s) => `<td>${pct(s)}</td>`).join('')}<td>${pct(d.median)}</td><td>${d.spread === null ? '—' : `${d.spread} points`}${d.wide ? ' (wide)' : ''}</td></tr>`,
      )
      .join('');
    this.#comparison(
      `<h4>Team view: ${members.length} people</h4><table class="result-table team-table"><caption>Everyone’s scores by area, with the median and the spread</caption><thead><tr><th scope="col">Area</th>${head}<th scope="col">Median</th><th scope="col">Spread</th></tr></thead><tbody>${rows}</tbody></table><p>Talk first about the areas with a wide spread: people are seeing different teams.</p>`,
    );
  }

  #compareSnapshot() {
    const select = this.querySelector<HTMLSelectElement>('[data-role="snapshots"]')!;
    const snapshot = this.#saved.snapshots[Number(select.value)];
    if (!snapshot) return this.#comparison('');
    const rows = compareAnswers(this.#def, snapshot.answers, this.#answers())
      .map(
        (c) =>
          `<tr><th scope="row">${esc(c.label)}</th><td>${pct(c.a)}</td><td>${pct(c.b)}</td><td>${c.change === null ? '—' : c.change === 0 ? 'no change' : c.change > 0 ? `up ${c.change}` : `down ${-c.change}`}</td></tr>`,
      )
      .join('');
    this.#comparison(
      `<h4>Since ${snapshot.takenAt.slice(0, 10)}</h4><table class="result-table"><caption>What moved since the snapshot</caption><thead><tr><th scope="col">Area</th><th scope="col">Then</th><th scope="col">Now</th><th scope="col">Change</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }

  #renderSnapshots() {
    const select = this.querySelector<HTMLSelectElement>('[data-role="snapshots"]')!;
    select.innerHTML =
      '<option value="">no snapshot</option>' +
      this.#saved.snapshots
        .map((s, i) => `<option value="${i}">${esc(new Date(s.takenAt).toLocaleString())}</option>`)
        .join('');
  }

  #on(role: string, handler: (files: File[]) => void) {
    const input = this.querySelector<HTMLInputElement>(`[data-role="${role}"]`);
    input?.addEventListener('change', () => {
      if (input.files?.length) handler([...input.files]);
      input.value = '';
    });
  }

  async #copy(text: string, done: string) {
    const box = this.querySelector<HTMLElement>('.copy-box')!;
    const area = box.querySelector('textarea')!;
    area.value = text;
    try {
      await navigator.clipboard.writeText(text);
      box.hidden = true;
      this.#status(done);
    } catch {
      box.hidden = false;
      area.focus();
      area.select();
      this.#status('Your browser did not allow copying; the text is selected below.');
    }
  }

  #download(text: string, filename: string, type: string) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    this.#status(`Downloaded ${filename}.`);
  }

  #comparison(html: string) {
    this.querySelector('.comparison')!.innerHTML = html;
  }

  #notice(html: string) {
    const notice = this.querySelector<HTMLElement>('.assessment-notice')!;
    notice.innerHTML = html;
    notice.hidden = !html;
  }

  #status(text: string) {
    this.querySelector('.tool-status')!.textContent = text;
  }
}
