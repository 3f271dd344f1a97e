import { applyBps, assertMinorUnits, divideRounded, Rounding, sum, toSafeMinorUnits } from './minor-units';
import { MoneyError } from './money-error';

describe('minor units', () => {
  it.each([0, 1, -1, 1e12, -1e12, Number.MAX_SAFE_INTEGER])('%d is a valid amount', (value) => {
    expect(() => assertMinorUnits(value)).not.toThrow();
  });

  it.each([0.5, -0.01, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])('%d is not a valid amount', (value) => {
    expect(() => assertMinorUnits(value, 'price')).toThrow(/^price must be a safe integer of minor units/);
  });

  it.each<[bigint, bigint, Rounding, bigint]>([
    [10n, 4n, 'half_up', 3n],
    [-10n, 4n, 'half_up', -3n],
    [10n, -4n, 'half_up', -3n],
    [9n, 4n, 'half_up', 2n],
    [-9n, 4n, 'half_up', -2n],
    [11n, 4n, 'half_up', 3n],
    [15n, 10n, 'half_up', 2n],
    [25n, 10n, 'half_up', 3n],
    [-25n, 10n, 'half_up', -3n],
    [12n, 4n, 'half_up', 3n],
    [9n, 4n, 'ceil', 3n],
    [-9n, 4n, 'ceil', -2n],
    [8n, 4n, 'ceil', 2n],
    [1n, 1_000_000n, 'ceil', 1n],
    [0n, 7n, 'ceil', 0n],
    [0n, 7n, 'half_up', 0n],
    [10n ** 30n + 5n, 10n, 'half_up', 10n ** 29n + 1n],
  ])('divideRounded(%s, %s, %s) = %s', (numerator, denominator, rounding, expected) => {
    expect(divideRounded(numerator, denominator, rounding)).toBe(expected);
  });

  it('refuses to divide by zero', () => {
    expect(() => divideRounded(1n, 0n, 'half_up')).toThrow(MoneyError);
  });

  it.each([
    [2n ** 53n - 1n, Number.MAX_SAFE_INTEGER],
    [-(2n ** 53n) + 1n, Number.MIN_SAFE_INTEGER],
  ])('toSafeMinorUnits(%s) is exact', (value, expected) => {
    expect(toSafeMinorUnits(value)).toBe(expected);
  });

  it.each([2n ** 53n, -(2n ** 53n)])('toSafeMinorUnits(%s) refuses an unsafe result', (value) => {
    expect(() => toSafeMinorUnits(value)).toThrow(/beyond the safe integer range/);
  });

  it.each([
    [[], 0],
    [[1, 2, 3], 6],
    [[1e12, 1e12, -1], 2e12 - 1],
    [[-500, 200], -300],
  ])('sum(%j) = %d', (amounts, expected) => {
    expect(sum(amounts)).toBe(expected);
  });

  it.each([
    [[1, 0.5], /amounts\[1\]/],
    [[Number.MAX_SAFE_INTEGER, 1], /sum/],
  ])('sum(%j) throws', (amounts, message) => {
    expect(() => sum(amounts)).toThrow(message);
  });

  it.each<[number, number, Rounding | undefined, number]>([
    [100_000, 1000, undefined, 10_000],
    [12_345, 1000, undefined, 1235],
    [12_344, 1000, undefined, 1234],
    [-12_345, 1000, undefined, -1235],
    [12_341, 1000, 'ceil', 1235],
    [1, 1, undefined, 0],
    [5000, 1, undefined, 1],
    [1, 1, 'ceil', 1],
    [1e12, 25, undefined, 2_500_000_000],
    [999, 0, undefined, 0],
    [1e12, 10_000, undefined, 1e12],
  ])('applyBps(%d, %d, %s) = %d', (amount, bps, rounding, expected) => {
    expect(applyBps(amount, bps, rounding)).toBe(expected);
  });

  it.each([
    [100, -1, /non-negative integer/],
    [100, 2.5, /non-negative integer/],
    [1.5, 10, /safe integer of minor units/],
    [Number.MAX_SAFE_INTEGER, 20_000, /beyond the safe integer range/],
  ])('applyBps(%d, %d) throws', (amount, bps, message) => {
    expect(() => applyBps(amount, bps)).toThrow(message);
  });
});
