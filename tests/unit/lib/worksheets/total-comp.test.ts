import { describe, expect, test } from 'vitest';
import {
  compYear,
  EMPTY_INPUTS,
  entryProblem,
  missingYears,
  parseAmount,
} from '../../../../src/lib/worksheets/total-comp';

describe('compYear', () => {
  test('adds base, bonus at target, discounted equity per year, spread sign-on and benefits', () => {
    const year = compYear({
      base: 150_000,
      bonusPercent: 10,
      equityGrant: 200_000,
      vestingYears: 4,
      equityDiscountPercent: 50,
      signOn: 20_000,
      signOnYears: 2,
      benefits: 5_000,
    });
    // 150,000 + 15,000 + 200,000 / 4 × 0.5 + 20,000 / 2 + 5,000
    expect(year).toEqual({ bonus: 15_000, equity: 25_000, signOn: 10_000, total: 205_000 });
  });

  test('no vesting years or spread years count as nothing rather than dividing by zero; discounts stay within 0–100%', () => {
    const year = compYear({
      ...EMPTY_INPUTS,
      base: 100,
      equityGrant: 400,
      vestingYears: 0,
      signOn: 50,
      signOnYears: 0,
    });
    expect(year.total).toBe(100);
    expect(compYear({ ...EMPTY_INPUTS, equityGrant: 400, equityDiscountPercent: 150 }).equity).toBe(0);
  });

  test('amounts are read with thousands separators and spaces; words are not numbers', () => {
    expect(parseAmount('120,000')).toBe(120_000);
    expect(parseAmount(' 12.5 ')).toBe(12.5);
    expect(parseAmount('')).toBe(0);
    expect(parseAmount('lots')).toBeNaN();
  });

  test('amounts are read as people write pay: a currency sign, a % and k or m', () => {
    expect(parseAmount('$150k')).toBe(150_000);
    expect(parseAmount('€1.2m')).toBe(1_200_000);
    expect(parseAmount('£ 95,500')).toBe(95_500);
    expect(parseAmount('15%')).toBe(15);
    expect(parseAmount('12K')).toBe(12_000);
    expect(parseAmount('k')).toBeNaN();
    expect(parseAmount('1.2.3k')).toBeNaN();
    expect(parseAmount('15%%')).toBeNaN();
  });

  test('an entry it cannot use says why and how to write it', () => {
    expect(entryProblem('lots')).toMatch(/^Not a number\. Type digits, like 150000/);
    expect(entryProblem('-5')).toBe('Cannot be below 0.');
    expect(entryProblem('0', true)).toMatch(/^Needs 1 or more years/);
    expect(entryProblem('', true)).toMatch(/^Needs 1 or more years/);
    expect(entryProblem('0')).toBeUndefined();
    // A point grouping thousands, as much of Europe writes them, would silently read a thousand times smaller.
    expect(entryProblem('150.000')).toBe(
      'Reads as 150 (the point is a decimal point). For 150,000, type it with commas or no separator.',
    );
    expect(entryProblem('€1.200.000')).toMatch(/^Not a number/);
    expect(entryProblem('12.5')).toBeUndefined();
    expect(entryProblem('1.5k')).toBeUndefined();
    expect(entryProblem('$150k')).toBeUndefined();
    expect(entryProblem('4', true)).toBeUndefined();
  });
});

test('a grant or sign-on needs more than 0 years to be spread over', () => {
  expect(missingYears({ ...EMPTY_INPUTS, equityGrant: 400000, vestingYears: 0 })).toEqual(['vestingYears']);
  expect(missingYears({ ...EMPTY_INPUTS, signOn: 50000, signOnYears: 0 })).toEqual(['signOnYears']);
  // No grant, no sign-on: 0 years is nothing to spread, not a mistake.
  expect(missingYears({ ...EMPTY_INPUTS, vestingYears: 0, signOnYears: 0 })).toEqual([]);
});
