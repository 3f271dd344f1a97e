import { convert, ExchangeRate, formatRate, parseRate } from './exchange-rate';
import { Rounding } from './minor-units';
import { MoneyError } from './money-error';

describe('exchange rates', () => {
  it.each([
    ['10.8532', 108532n, 4, '10.8532'],
    ['10.8500', 1085n, 2, '10.85'],
    ['10', 10n, 0, '10'],
    ['10.0', 10n, 0, '10'],
    ['0.0612', 612n, 4, '0.0612'],
    ['0.000000000001', 1n, 12, '0.000000000001'],
    ['007.5', 75n, 1, '7.5'],
  ])('parseRate(%j) is %s / 10^%i, written %j', (text, units, scale, canonical) => {
    const rate = parseRate(text);
    expect(rate).toEqual({ units, scale });
    expect(formatRate(rate)).toBe(canonical);
  });

  it.each([
    ['-10.85', /cannot be negative/],
    [' -1', /cannot be negative/],
    ['0', /greater than zero/],
    ['0.0000', /greater than zero/],
    ['1e3', /decimal string/],
    ['10,85', /decimal string/],
    ['.5', /decimal string/],
    ['5.', /decimal string/],
    ['', /decimal string/],
    [' 10.5', /decimal string/],
    ['+10.5', /decimal string/],
    ['Infinity', /decimal string/],
    ['1.0000000000001', /decimal string/],
    ['1234567890123', /decimal string/],
  ])('parseRate(%j) throws', (text, message) => {
    expect(() => parseRate(text)).toThrow(MoneyError);
    expect(() => parseRate(text)).toThrow(message);
  });

  const eur = parseRate('10.8532');
  const kwd = parseRate('32.4817');
  const jpy = parseRate('0.0612');

  it.each<[number, string, string, ExchangeRate | undefined, Rounding | undefined, number]>([
    [100_000, 'MAD', 'EUR', eur, undefined, 9214],
    [9214, 'EUR', 'MAD', eur, undefined, 100_001],
    [-100_000, 'MAD', 'EUR', eur, undefined, -9214],
    [1e12, 'MAD', 'EUR', eur, undefined, 92_138_724_063],
    [1e12, 'EUR', 'MAD', eur, undefined, 10_853_200_000_000],
    [1000, 'KWD', 'MAD', kwd, undefined, 3248],
    [100_000, 'MAD', 'KWD', kwd, undefined, 30_787],
    [1000, 'JPY', 'MAD', jpy, undefined, 6120],
    [100_000, 'MAD', 'JPY', jpy, undefined, 16_340],
    [100, 'MAD', 'USD', parseRate('8'), undefined, 13],
    [-100, 'MAD', 'USD', parseRate('8'), undefined, -13],
    [100, 'MAD', 'USD', parseRate('3'), 'ceil', 34],
    [100, 'MAD', 'USD', parseRate('3'), undefined, 33],
    [1234, 'EUR', 'EUR', undefined, undefined, 1234],
    [0, 'MAD', 'EUR', eur, undefined, 0],
  ])('convert(%d %s → %s) = %d', (amount, from, to, rate, rounding, expected) => {
    expect(convert(amount, from, to, rate, rounding)).toBe(expected);
  });

  it('a round trip moves a large amount by at most the rounding of each step', () => {
    const eurMinor = convert(987_654_321_012, 'MAD', 'EUR', eur);
    expect(Math.abs(convert(eurMinor, 'EUR', 'MAD', eur) - 987_654_321_012)).toBeLessThanOrEqual(6);
  });

  it.each<[number, string, string, ExchangeRate | undefined, RegExp]>([
    [100, 'EUR', 'USD', eur, /go through MAD/],
    [100, 'MAD', 'EUR', undefined, /needs the MAD rate of EUR/],
    [100, 'XXX', 'MAD', eur, /Unsupported currency "XXX"/],
    [100, 'MAD', 'eur', eur, /Unsupported currency "eur"/],
    [1.5, 'MAD', 'EUR', eur, /safe integer/],
    [100, 'MAD', 'EUR', { units: -108532n, scale: 4 }, /greater than zero/],
    [100, 'MAD', 'EUR', { units: 0n, scale: 0 }, /greater than zero/],
    [Number.MAX_SAFE_INTEGER, 'KWD', 'MAD', kwd, /beyond the safe integer range/],
  ])('convert(%d %s → %s) throws', (amount, from, to, rate, message) => {
    expect(() => convert(amount, from, to, rate)).toThrow(message);
  });
});
