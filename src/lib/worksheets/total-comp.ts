/**
 * The total-compensation worksheet's arithmetic: one year of an offer, in the currency the reader
 * types. Pure and tiny, shared by the island (in the browser), the printed formula and the tests.
 */

/** One input row of the worksheet. */
export interface CompField {
  id: keyof CompInputs;
  label: string;
  hint: string;
}

export interface CompInputs {
  base: number;
  bonusPercent: number;
  equityGrant: number;
  vestingYears: number;
  equityDiscountPercent: number;
  signOn: number;
  signOnYears: number;
  benefits: number;
}

/** The rows, in the order the worksheet shows them. */
export const COMP_FIELDS: CompField[] = [
  { id: 'base', label: 'Base salary per year', hint: 'Before tax.' },
  {
    id: 'bonusPercent',
    label: 'Bonus at target (% of base)',
    hint: 'The target, not the best year anyone had.',
  },
  { id: 'equityGrant', label: 'Equity grant, total value', hint: 'At today’s price or the last valuation.' },
  { id: 'vestingYears', label: 'Vesting period (years)', hint: 'Usually 4.' },
  {
    id: 'equityDiscountPercent',
    label: 'Discount for risk (%)',
    hint: '0 for cash-like public stock; 50–100 for a private company.',
  },
  { id: 'signOn', label: 'Sign-on bonus', hint: 'Check whether you repay it if you leave early.' },
  { id: 'signOnYears', label: 'Years to spread the sign-on over', hint: 'Usually the vesting period.' },
  {
    id: 'benefits',
    label: 'Benefits you would pay for yourself, per year',
    hint: 'Pension match, health cover.',
  },
];

/** What the worksheet starts from: empty money, the usual 4-year vest, no discount. */
export const EMPTY_INPUTS: CompInputs = {
  base: 0,
  bonusPercent: 0,
  equityGrant: 0,
  vestingYears: 4,
  equityDiscountPercent: 0,
  signOn: 0,
  signOnYears: 4,
  benefits: 0,
};

export interface CompYear {
  bonus: number;
  equity: number;
  signOn: number;
  total: number;
}

/** One typical year of an offer: base, bonus at target, discounted equity and sign-on spread over their years, benefits. */
export function compYear(i: CompInputs): CompYear {
  const bonus = (i.base * i.bonusPercent) / 100;
  const discount = Math.min(Math.max(i.equityDiscountPercent, 0), 100);
  const equity = i.vestingYears > 0 ? (i.equityGrant / i.vestingYears) * (1 - discount / 100) : 0;
  const signOn = i.signOnYears > 0 ? i.signOn / i.signOnYears : 0;
  return { bonus, equity, signOn, total: i.base + bonus + equity + signOn + i.benefits };
}

/**
 * The years fields that must be more than 0 for these inputs: an equity grant or a sign-on
 * spread over 0 years would count as nothing a year (`compYear` cannot divide by 0).
 */
export function missingYears(i: CompInputs): ('vestingYears' | 'signOnYears')[] {
  return [
    ...(i.equityGrant > 0 && !(i.vestingYears > 0) ? (['vestingYears'] as const) : []),
    ...(i.signOn > 0 && !(i.signOnYears > 0) ? (['signOnYears'] as const) : []),
  ];
}

/** The formula in words, for the printed worksheet and for readers without JavaScript. */
export const COMP_FORMULA =
  'Total per year = base + base × bonus % + equity grant ÷ vesting years × (1 − discount %) + sign-on ÷ years to spread it + benefits.';

/**
 * Parses a typed amount leniently, as people write pay: "120,000", "12.5", "$150k", "€1.2m",
 * "15%", "" (nothing is 0). A currency sign and a trailing % are dropped, k and m multiply by a
 * thousand and a million. NaN when it is not a number.
 */
export function parseAmount(text: string): number {
  const cleaned = text.replace(/[\s,_'\p{Sc}]/gu, '').replace(/%$/, '');
  if (cleaned === '') return 0;
  const scale = /^(.+?)([km])$/i.exec(cleaned);
  if (!scale) return Number(cleaned);
  return Number(scale[1]) * (scale[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000);
}

/**
 * Why the worksheet cannot use what was typed in a field, in the words it shows under the
 * field; undefined when it can. `needsYears` marks a years field that a grant or sign-on above 0
 * depends on (see `missingYears`).
 */
export function entryProblem(text: string, needsYears = false): string | undefined {
  const value = parseAmount(text);
  if (Number.isNaN(value)) return 'Not a number. Type digits, like 150000, 150,000 or 150k.';
  // "150.000" is 150 thousand where a point groups thousands (much of Europe) and 150 here: a
  // silent factor of a thousand in an offer comparison, so the reader is asked which.
  const grouped = /^[^\d]*\d{1,3}(?:\.\d{3})+[^\d]*$/.exec(text.trim());
  if (grouped)
    return `Reads as ${value} (the point is a decimal point). For ${text.trim().replace(/\./g, ',')}, type it with commas or no separator.`;
  if (value < 0) return 'Cannot be below 0.';
  if (needsYears && !(value > 0))
    return 'Needs 1 or more years, or the amount above counts as nothing a year.';
  return undefined;
}
