import { MoneyError } from './money-error';

/**
 * Currencies a buyer abroad may pay or see prices in, with their ISO 4217 minor-unit exponent
 * (MAD 2: 1 dirham = 100 centimes). Amounts are always integers in these minor units.
 */
export const CURRENCY_EXPONENTS = {
  MAD: 2,
  EUR: 2,
  USD: 2,
  GBP: 2,
  CAD: 2,
  CHF: 2,
  AUD: 2,
  NZD: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  HUF: 2,
  RON: 2,
  TRY: 2,
  ILS: 2,
  AED: 2,
  SAR: 2,
  QAR: 2,
  EGP: 2,
  NGN: 2,
  ZAR: 2,
  INR: 2,
  CNY: 2,
  HKD: 2,
  SGD: 2,
  MXN: 2,
  BRL: 2,
  JPY: 0,
  KRW: 0,
  CLP: 0,
  XOF: 0,
  XAF: 0,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
} as const;

export type CurrencyCode = keyof typeof CURRENCY_EXPONENTS;
export const CURRENCY_CODES = Object.keys(CURRENCY_EXPONENTS) as CurrencyCode[];

/**
 * Stripe's zero-decimal currencies (docs.stripe.com/currencies): Stripe amounts are whole units.
 * Those we support also have ISO exponent 0, so our minor units are Stripe's amounts. Stripe's
 * special cases are kept out of CURRENCY_EXPONENTS on purpose: ISK (ISO 0, Stripe 2) and MGA
 * (ISO 2, Stripe 0) would need a different Stripe amount; the three-decimal currencies (KWD,
 * BHD, OMR, JOD, TND) are charged in minor units whose last digit must be 0.
 */
export const STRIPE_ZERO_DECIMAL_CURRENCIES: readonly string[] = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
];

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.hasOwn(CURRENCY_EXPONENTS, value);
}

export function currencyExponent(currency: string): number {
  if (!isCurrencyCode(currency)) throw new MoneyError(`Unsupported currency ${JSON.stringify(currency)}`);
  return CURRENCY_EXPONENTS[currency];
}
