import { shippingCostMad } from './shipping-cost';

const brackets = [
  { maxWeightGrams: 1000, priceMadMinor: 18000 },
  { maxWeightGrams: 500, priceMadMinor: 12000 },
  { maxWeightGrams: 5000, priceMadMinor: 42000 },
];

describe('shippingCostMad', () => {
  it.each([
    [0, 12000],
    [1, 12000],
    [500, 12000],
    [501, 18000],
    [1000, 18000],
    [4999, 42000],
    [5000, 42000],
    [5001, 42000 + 12000],
    [10000, 84000],
    [12000, 84000 + 42000],
  ])('%i g costs %i', (weight, cost) => {
    expect(shippingCostMad(weight, brackets)).toBe(cost);
  });

  it('refuses a negative or fractional weight and an empty table', () => {
    expect(() => shippingCostMad(-1, brackets)).toThrow();
    expect(() => shippingCostMad(1.5, brackets)).toThrow();
    expect(() => shippingCostMad(100, [])).toThrow();
  });
});
