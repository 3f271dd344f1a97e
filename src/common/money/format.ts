import { currencyExponent } from './currencies';
import { assertMinorUnits } from './minor-units';

/** The exact amount in major units as a plain decimal string ("-1234.50"), for invoices and CSV. */
export function toDecimalString(amountMinor: number, currency: string): string {
  assertMinorUnits(amountMinor);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(amountMinor)
    .toString()
    .padStart(exponent + 1, '0');
  const sign = amountMinor < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** The exact amount with its thousands separated by commas ("1,180.10"), for the invoice PDF and the terminal. */
export function toGroupedDecimalString(amountMinor: number, currency: string): string {
  const [units, fraction] = toDecimalString(amountMinor, currency).split('.');
  const grouped = units!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Formats for people in the given locale ('en', 'fr', 'ar', …). The exact decimal string is what
 * Intl formats, so large amounts never pass through a float, and the digits shown are always the
 * ISO exponent, whatever the locale data would pick.
 */
export function formatMoney(amountMinor: number, currency: string, locale = 'en'): string {
  const decimal = toDecimalString(amountMinor, currency) as Intl.StringNumericLiteral;
  return moneyFormat(locale, currency).format(decimal);
}

/** Building a NumberFormat costs 50 times formatting with it: one per locale and currency, kept. */
const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let format = MONEY_FORMATS.get(key);
  if (!format) {
    const exponent = currencyExponent(currency);
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    MONEY_FORMATS.set(key, format);
  }
  return format;
}
