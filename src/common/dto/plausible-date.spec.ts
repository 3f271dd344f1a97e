import { isPlausibleDate } from './plausible-date';

describe('isPlausibleDate', () => {
  const today = new Date('2026-12-05T12:00:00Z');
  it.each([
    ['2026-12-05', true],
    ['2026-07-01', true],
    ['1996-01-01', true],
    ['1995-12-31', false],
    ['2028-12-05', true],
    ['2028-12-06', false],
    ['9999-12-31', false],
    ['0001-01-01', false],
    ['not a date', false],
    [20261205, false],
  ])('%s → %s', (value, expected) => {
    expect(isPlausibleDate(value, today)).toBe(expected);
  });
});
