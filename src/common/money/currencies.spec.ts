import { CURRENCY_CODES, currencyExponent, isCurrencyCode, STRIPE_ZERO_DECIMAL_CURRENCIES } from './currencies';
import { MoneyError } from './money-error';

describe('currencies', () => {
  it.each([
    ['MAD', 2],
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['CAD', 2],
    ['CHF', 2],
    ['AED', 2],
    ['SAR', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['XOF', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['TND', 3],
  ])('%s has exponent %i', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it.each(['XXX', 'mad', '', 'ISK', 'toString', '__proto__'])('%j is not a supported currency', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
    expect(() => currencyExponent(code)).toThrow(MoneyError);
  });

  it('codes are three upper-case letters', () => {
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('every supported Stripe zero-decimal currency has ISO exponent 0, so minor units are Stripe amounts', () => {
    const supported = STRIPE_ZERO_DECIMAL_CURRENCIES.filter(isCurrencyCode);
    expect(supported).toEqual(['CLP', 'JPY', 'KRW', 'XAF', 'XOF']);
    for (const code of supported) expect(currencyExponent(code)).toBe(0);
  });

  it('every supported currency with exponent 0 is zero-decimal for Stripe too', () => {
    const zeroExponent = CURRENCY_CODES.filter((code) => currencyExponent(code) === 0);
    expect(zeroExponent.every((code) => STRIPE_ZERO_DECIMAL_CURRENCIES.includes(code))).toBe(true);
  });
});
