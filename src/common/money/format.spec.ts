import { formatMoney, toDecimalString, toGroupedDecimalString } from './format';

describe('money formatting', () => {
  it.each([
    [123_450, 'MAD', '1234.50'],
    [-5, 'MAD', '-0.05'],
    [0, 'EUR', '0.00'],
    [1, 'KWD', '0.001'],
    [1_234_567, 'KWD', '1234.567'],
    [1234, 'JPY', '1234'],
    [-1234, 'JPY', '-1234'],
    [999_999_999_999_999, 'MAD', '9999999999999.99'],
  ])('toDecimalString(%d, %s) = %s', (amount, currency, expected) => {
    expect(toDecimalString(amount, currency)).toBe(expected);
  });

  // Intl separates with narrow or plain no-break spaces depending on the locale; compare with spaces.
  const spaced = (text: string) => text.replace(/\s/g, ' ');

  it.each([
    [123_450, 'USD', 'en', '$1,234.50'],
    [123_450, 'EUR', 'fr', '1 234,50 €'],
    [123_450, 'MAD', 'fr', '1 234,50 MAD'],
    [-123_450, 'USD', 'en', '-$1,234.50'],
    [1234, 'JPY', 'en', '¥1,234'],
    [1_234_567, 'KWD', 'en', 'KWD 1,234.567'],
    [999_999_999_999_999, 'EUR', 'en', '€9,999,999,999,999.99'],
    [5, 'EUR', 'en-US', '€0.05'],
  ])('formatMoney(%d, %s, %s) = %s', (amount, currency, locale, expected) => {
    expect(spaced(formatMoney(amount, currency, locale))).toBe(expected);
  });

  it('formats in English by default and in Arabic on request', () => {
    expect(formatMoney(100, 'USD')).toBe('$1.00');
    const arabic = formatMoney(123_450, 'MAD', 'ar');
    expect(arabic).toContain('د.م.');
    // ICU versions differ on Latin or Arabic-Indic digits for plain 'ar'; the amount is the same.
    expect(arabic).toMatch(/1,234\.50|١٬٢٣٤٫٥٠/);
  });

  it.each([
    [1.5, 'MAD', /safe integer/],
    [100, 'XYZ', /Unsupported currency/],
  ])('formatMoney(%d, %s) throws', (amount, currency, message) => {
    expect(() => formatMoney(amount, currency)).toThrow(message);
  });
});

describe('toGroupedDecimalString', () => {
  it.each([
    [118010, 'MAD', '1,180.10'],
    [99, 'MAD', '0.99'],
    [123456789, 'MAD', '1,234,567.89'],
    [-123456, 'EUR', '-1,234.56'],
    [1234567, 'JPY', '1,234,567'],
    [1234567, 'KWD', '1,234.567'],
  ])('%d %s → %s', (amount, currency, expected) => {
    expect(toGroupedDecimalString(amount, currency)).toBe(expected);
  });
});
