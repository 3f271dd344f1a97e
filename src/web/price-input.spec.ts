import { majorToMinor, minorToMajor } from './price-input';

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

  it('round-trips with minorToMajor', () => {
    expect(minorToMajor(4905, 'EUR')).toBe('49.05');
    expect(minorToMajor(5, 'EUR')).toBe('0.05');
    expect(minorToMajor(1200, 'JPY')).toBe('1200');
    expect(majorToMinor(minorToMajor(123456, 'KWD'), 'KWD')).toBe(123456);
  });
});
