import { assertMinorUnits, toSafeMinorUnits } from './minor-units';
import { MoneyError } from './money-error';

/**
 * Splits a total into integer parts proportional to the weights that add up to exactly the total
 * (largest remainder method): each part gets the floor of its exact share, then the minor units
 * left over go one each to the parts with the largest remainders, ties to the earlier part, so the
 * same input always gives the same split. A negative total is split like its absolute value, then
 * negated, so a refund splits as the charge did.
 */
export function allocate(totalMinor: number, weights: readonly number[]): number[] {
  assertMinorUnits(totalMinor, 'total');
  if (weights.length === 0) throw new MoneyError('Cannot allocate over no weights');
  weights.forEach((weight, i) => {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new MoneyError(`weights[${i}] must be a non-negative safe integer, got ${String(weight)}`);
    }
  });
  const weightSum = weights.reduce((acc, weight) => acc + BigInt(weight), 0n);
  if (weightSum === 0n) throw new MoneyError('Cannot allocate over weights that are all zero');

  const sign = totalMinor < 0 ? -1n : 1n;
  const total = sign * BigInt(totalMinor);
  const shares = weights.map((weight, index) => {
    const exact = total * BigInt(weight);
    return { index, floor: exact / weightSum, remainder: exact % weightSum };
  });
  let leftover = total - shares.reduce((acc, share) => acc + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    share.floor += 1n;
    leftover -= 1n;
  }
  return shares.map((share) => toSafeMinorUnits(sign * share.floor, `part ${share.index}`));
}
