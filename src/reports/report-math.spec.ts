import { csvLine, growthPercent, percentOf, sharePercents } from './report-math';

describe('sharePercents', () => {
  it.each([
    [
      [1, 1, 1],
      [33.34, 33.33, 33.33],
    ],
    [
      [44, 14, 6, 36],
      [44, 14, 6, 36],
    ],
    [
      [2, 1],
      [66.67, 33.33],
    ],
    [
      [5, 0],
      [100, 0],
    ],
    [
      [0, 0],
      [0, 0],
    ],
    [[], []],
  ])('%j → %j', (values, shares) => {
    expect(sharePercents(values)).toEqual(shares);
  });

  it('always sums to exactly 100 when something was sold', () => {
    const shares = sharePercents([7, 13, 17, 19, 23, 29, 31]);
    expect(shares.reduce((a, b) => a + Math.round(b * 100), 0)).toBe(10_000);
  });
});

describe('growthPercent', () => {
  it.each([
    [103, 100, 3],
    [100, 100, 0],
    [0, 100, -100],
    [2, 3, -33.33],
    [1, 3, -66.67],
    [4, 3, 33.33],
    [5, 3, 66.67],
    [150, 0, null],
    [0, 0, null],
  ])('%d on %d → %s', (current, previous, growth) => {
    expect(growthPercent(current, previous)).toBe(growth);
  });
});

describe('csvLine', () => {
  it('quotes commas, quotes and newlines, neutralises formulas and leaves nulls empty', () => {
    expect(csvLine(['US', 'United States', 1234, null])).toBe('US,United States,1234,\r\n');
    expect(csvLine(['a,b', 'say "hi"', '=SUM(A1)', -3.5])).toBe('"a,b","say ""hi""",\'=SUM(A1),-3.5\r\n');
    expect(csvLine(['-10.07', "-2+3+cmd|' /C calc'!A0", '-', '+1', '@SUM(A1)'])).toBe(
      "-10.07,'-2+3+cmd|' /C calc'!A0,'-,'+1,'@SUM(A1)\r\n",
    );
  });
});

describe('percentOf', () => {
  it.each([
    [12, 20, 60],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [1, 8, 12.5],
    [0, 5, 0],
    [3, 0, 0],
  ])('%d of %d → %d', (part, whole, pct) => {
    expect(percentOf(part, whole)).toBe(pct);
  });
});
