/**
 * <handbook-total-comp>: computes the worksheet (TotalCompWorksheet.astro) as the reader types,
 * marks an entry that is not a number, and keeps the numbers in this browser only. It never
 * makes a network request.
 */
import {
  COMP_FIELDS,
  compYear,
  EMPTY_INPUTS,
  entryProblem,
  missingYears,
  parseAmount,
  type CompInputs,
} from '../../lib/worksheets/total-comp';
import { replaceGuard, storageGet, storagePut } from '../shared/local-storage';

const KEY = 'handbook:worksheet:total-comp';
const COLUMNS = ['current', 'a', 'b'];
const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** Saved entries: `{ version: 1, values: { "a.base": "150000", … } }`; anything else is ignored. */
function readSaved(text: string | null): Record<string, string> | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { version?: unknown; values?: unknown };
    if (parsed.version !== 1 || typeof parsed.values !== 'object' || parsed.values === null) return undefined;
    return Object.fromEntries(
      Object.entries(parsed.values).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return undefined;
  }
}

export class HandbookTotalComp extends HTMLElement {
  #saying?: ReturnType<typeof setTimeout>;
  /** Whether a save may replace what is stored (asks once when it could not be read). */
  #mayReplace!: () => boolean;

  connectedCallback() {
    const saved = storageGet(KEY);
    const values = readSaved(saved);
    if (saved && !values)
      this.#notice(
        'Saved numbers could not be read, so the worksheet starts empty. They stay saved in this browser until you agree to replace them.',
      );
    this.#mayReplace = replaceGuard(
      KEY,
      Boolean(saved && !values),
      'Replace your earlier saved numbers, which this page cannot read?',
    );
    for (const input of this.#inputs()) {
      if (values?.[input.name] !== undefined) input.value = values[input.name]!;
      input.addEventListener('input', () => this.#update(true));
    }
    this.querySelector<HTMLElement>('.total-comp-tools')!.hidden = false;
    this.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
      if (!confirm('Clear every number in the worksheet?')) return;
      for (const input of this.#inputs()) {
        const field = input.name.split('.')[1] as keyof CompInputs;
        input.value = EMPTY_INPUTS[field] ? String(EMPTY_INPUTS[field]) : '';
      }
      storagePut(KEY, null);
      this.#update(false);
      this.querySelector('.tool-status')!.textContent = 'The worksheet is cleared.';
    });
    this.#update(false);
  }

  #inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[name]')];
  }

  #notice(text: string) {
    const notice = this.querySelector<HTMLElement>('.total-comp-notice')!;
    notice.textContent = text;
    notice.hidden = false;
  }

  /** Recomputes every column; saves the entries when the reader changed one. */
  #update(save: boolean) {
    const totals: Record<string, number | undefined> = {};
    const broken = new Set<string>();
    for (const column of COLUMNS) {
      const inputs = { ...EMPTY_INPUTS };
      let any = false;
      const problems = new Map<HTMLInputElement, string>();
      for (const field of COMP_FIELDS) {
        const input = this.querySelector<HTMLInputElement>(`input[name="${column}.${field.id}"]`)!;
        const value = parseAmount(input.value);
        const problem = entryProblem(input.value);
        if (problem) problems.set(input, problem);
        else inputs[field.id] = value;
        if (field.id !== 'vestingYears' && field.id !== 'signOnYears' && value > 0) any = true;
      }
      // A grant or sign-on spread over 0 years would silently count as nothing a year.
      for (const years of missingYears(inputs)) {
        const input = this.querySelector<HTMLInputElement>(`input[name="${column}.${years}"]`)!;
        problems.set(input, entryProblem(input.value, true)!);
      }
      for (const field of COMP_FIELDS)
        this.#mark(this.querySelector<HTMLInputElement>(`input[name="${column}.${field.id}"]`)!, problems);
      const valid = problems.size === 0;
      if (!valid) broken.add(column);
      const year = valid && any ? compYear(inputs) : undefined;
      totals[column] = year?.total;
      this.#out(column, 'bonus', year?.bonus);
      this.#out(column, 'equity', year?.equity);
      this.#out(column, 'signOn', year?.signOn);
      this.#out(column, 'total', year?.total);
    }
    // Said once the typing pauses, and only when a total changed.
    clearTimeout(this.#saying);
    if (save)
      this.#saying = setTimeout(() => {
        const said = COLUMNS.map(
          (c) =>
            `${this.querySelector(`th[data-column="${c}"]`)?.textContent?.trim() ?? c}: ${broken.has(c) ? 'no total until a marked field is fixed' : totals[c] === undefined ? '—' : money.format(Math.round(totals[c]!))}`,
        ).join('; ');
        const summary = this.querySelector('[data-role="summary"]')!;
        if (summary.textContent !== `Totals per year. ${said}.`)
          summary.textContent = `Totals per year. ${said}.`;
      }, 1000);
    for (const column of COLUMNS.slice(1)) {
      const [mine, current] = [totals[column], totals.current];
      const diff = mine !== undefined && current !== undefined ? mine - current : undefined;
      this.#out(column, 'difference', diff, true);
    }
    if (save && this.#mayReplace())
      storagePut(
        KEY,
        JSON.stringify({
          version: 1,
          values: Object.fromEntries(this.#inputs().map((i) => [i.name, i.value])),
        }),
      );
  }

  /**
   * Marks a field the worksheet cannot use and says why in a line under it, which is also the
   * field's description (before the row's hint), so a screen reader hears the reason with the field (WCAG 3.3.1).
   */
  #mark(input: HTMLInputElement, problems: Map<HTMLInputElement, string>) {
    const problem = problems.get(input);
    input.setAttribute('aria-invalid', String(Boolean(problem)));
    let note = input.nextElementSibling as HTMLElement | null;
    // The row's hint (Worksheet.astro) describes every field of its row; a problem comes first.
    const hint = `total-comp-hint-${input.name.split('.')[1]}`;
    if (!problem) {
      if (note) note.hidden = true;
      input.setAttribute('aria-describedby', hint);
      return;
    }
    if (!note) {
      note = document.createElement('span');
      note.className = 'field-problem';
      note.id = `total-comp-${input.name.replace('.', '-')}-problem`;
      input.after(note);
    }
    note.textContent = problem;
    note.hidden = false;
    input.setAttribute('aria-describedby', `${note.id} ${hint}`);
  }

  #out(column: string, row: string, value: number | undefined, signed = false) {
    const output = this.querySelector<HTMLOutputElement>(`output[name="${column}.${row}"]`);
    if (!output) return;
    output.value =
      value === undefined ? '—' : `${signed && value > 0 ? '+' : ''}${money.format(Math.round(value))}`;
  }
}
