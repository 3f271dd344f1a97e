import { MoneyError } from './money-error';

/**
 * How a fraction of a minor unit becomes a whole one. 'half_up' rounds halves away from zero: it is
 * what PostgreSQL's round(numeric), Intl.NumberFormat and the euro-conversion rules do, so a figure
 * checked by hand, in SQL or on an invoice agrees with ours; bias is no concern because every
 * amount is rounded once and splits go through allocate(). 'ceil' (towards +∞) is for charges that
 * must never fall short, such as insurance premiums.
 */
export type Rounding = 'half_up' | 'ceil';

/** Throws unless `value` is an integer number of minor units that a double holds exactly. */
export function assertMinorUnits(value: number, label = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`${label} must be a safe integer of minor units, got ${String(value)}`);
  }
}

/** numerator / denominator rounded once; exact for any size because it works on bigints. */
export function divideRounded(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator === 0n) throw new MoneyError('Division by zero');
  const n = denominator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const remainder = n % d;
  if (remainder === 0n) return quotient;
  if (rounding === 'ceil') return n > 0n ? quotient + 1n : quotient;
  const twiceRemainder = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twiceRemainder < d) return quotient;
  return n < 0n ? quotient - 1n : quotient + 1n;
}

/** Back from bigint arithmetic, refusing results a number cannot hold exactly. */
export function toSafeMinorUnits(value: bigint, label = 'result'): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError(`${label} ${value} minor units is beyond the safe integer range`);
  }
  return Number(value);
}

export function sum(amountsMinor: readonly number[]): number {
  let total = 0n;
  amountsMinor.forEach((amount, i) => {
    assertMinorUnits(amount, `amounts[${i}]`);
    total += BigInt(amount);
  });
  return toSafeMinorUnits(total, 'sum');
}

/** amount × bps / 10 000 (1 bps = 0.01 %), rounded once. */
export function applyBps(amountMinor: number, bps: number, rounding: Rounding = 'half_up'): number {
  assertMinorUnits(amountMinor);
  if (!Number.isSafeInteger(bps) || bps < 0) {
    throw new MoneyError(`A rate in basis points must be a non-negative integer, got ${String(bps)}`);
  }
  return toSafeMinorUnits(divideRounded(BigInt(amountMinor) * BigInt(bps), 10_000n, rounding));
}
