import { toDecimalString } from '../common/money';
import { majorToMinor } from './price-input';

describe('majorToMinor', () => {
  it.each([
    ['49', 'EUR', 4900],
    ['49.5', 'EUR', 4950],
    ['49,05', 'EUR', 4905],
    ['1200', 'JPY', 1200],
    ['1.5', 'JPY', undefined],
    ['0.123', 'KWD', 123],
    ['', 'EUR', undefined],
    ['-3', 'EUR', undefined],
    ['1e3', 'EUR', undefined],
  ])('%p %s → %p', (text, currency, expected) => {
    expect(majorToMinor(text, currency)).toBe(expected);
  });

  it('round-trips with toDecimalString, which refills the form', () => {
    expect(majorToMinor(toDecimalString(4905, 'EUR'), 'EUR')).toBe(4905);
    expect(majorToMinor(toDecimalString(5, 'EUR'), 'EUR')).toBe(5);
    expect(majorToMinor(toDecimalString(1200, 'JPY'), 'JPY')).toBe(1200);
    expect(majorToMinor(toDecimalString(123456, 'KWD'), 'KWD')).toBe(123456);
  });
});
