import { currencyExponent } from './currencies';
import { assertMinorUnits, divideRounded, Rounding, toSafeMinorUnits } from './minor-units';
import { MoneyError } from './money-error';

/**
 * MAD per one unit of a foreign currency, held exactly as units / 10^scale ("10.8532" is
 * 108532 / 10^4): a float would turn 10.8532 into 10.853199999… and shift conversions of large
 * amounts. Trailing zeros are dropped, so equal rates are equal objects.
 */
export interface ExchangeRate {
  readonly units: bigint;
  readonly scale: number;
}

const RATE_PATTERN = /^(\d{1,12})(?:\.(\d{1,12}))?$/;

/** Parses a rate given as a decimal string such as "10.8532"; refuses floats' notations and signs. */
export function parseRate(decimal: string): ExchangeRate {
  if (/^\s*-/.test(decimal)) throw new MoneyError(`An exchange rate cannot be negative, got ${JSON.stringify(decimal)}`);
  const match = RATE_PATTERN.exec(decimal);
  if (!match) {
    throw new MoneyError(
      `An exchange rate is a decimal string with up to 12 digits on each side of the point, got ${JSON.stringify(decimal)}`,
    );
  }
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const units = BigInt(match[1] + fraction);
  if (units === 0n) throw new MoneyError('An exchange rate must be greater than zero');
  return { units, scale: fraction.length };
}

/** The canonical decimal string of a rate, as stored and shown ("10.8532"). */
export function formatRate(rate: ExchangeRate): string {
  const digits = rate.units.toString().padStart(rate.scale + 1, '0');
  if (rate.scale === 0) return digits;
  return `${digits.slice(0, -rate.scale)}.${digits.slice(-rate.scale)}`;
}

/**
 * Converts between MAD and another currency with a single rounding step, whatever the two
 * exponents (MAD 2, JPY 0, KWD 3): the whole product is formed exactly before dividing.
 * `madPerUnit` is the price of one unit of the non-MAD currency; it is not needed when both
 * currencies are the same.
 */
export function convert(amountMinor: number, from: string, to: string, madPerUnit?: ExchangeRate, rounding: Rounding = 'half_up'): number {
  assertMinorUnits(amountMinor);
  const fromExponent = currencyExponent(from);
  const toExponent = currencyExponent(to);
  if (from === to) return amountMinor;
  if (from !== 'MAD' && to !== 'MAD') {
    throw new MoneyError(`Conversions go through MAD; cannot convert ${from} to ${to} directly`);
  }
  if (!madPerUnit) throw new MoneyError(`Converting ${from} to ${to} needs the MAD rate of ${from === 'MAD' ? to : from}`);
  if (madPerUnit.units <= 0n) throw new MoneyError('An exchange rate must be greater than zero');
  const rateScale = 10n ** BigInt(madPerUnit.scale);
  // to = amount / 10^fromExp × (MAD→foreign or foreign→MAD factor) × 10^toExp
  const [rateNumerator, rateDenominator] = from === 'MAD' ? [rateScale, madPerUnit.units] : [madPerUnit.units, rateScale];
  const numerator = BigInt(amountMinor) * rateNumerator * 10n ** BigInt(toExponent);
  const denominator = rateDenominator * 10n ** BigInt(fromExponent);
  return toSafeMinorUnits(divideRounded(numerator, denominator, rounding), `${amountMinor} ${from} in ${to}`);
}
