import { currencyExponent } from '../common/money';

/**
 * A price typed by a buyer in major units ("49", "49.5", "49,50") as integer minor units of the
 * currency, without going through a float; undefined for an empty or malformed field.
 */
export function majorToMinor(text: string | undefined, currency: string): number | undefined {
  const value = (text ?? '').trim().replace(',', '.');
  const exponent = currencyExponent(currency);
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(value);
  if (!match || (match[2] ?? '').length > exponent) return undefined;
  return Number(match[1] + (match[2] ?? '').padEnd(exponent, '0'));
}
