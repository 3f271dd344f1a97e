import { parseRate } from '../common/money';
import { priceOrder } from './order-pricing';

const brackets = [
  { maxWeightGrams: 1000, priceMadMinor: 18000 },
  { maxWeightGrams: 5000, priceMadMinor: 42000 },
];

const tagine = { productId: 'p1', cooperativeId: 'c1', unitPriceMadMinor: 45000, unitWeightGrams: 2500, quantity: 2 };
const plate = { productId: 'p2', cooperativeId: 'c1', unitPriceMadMinor: 28000, unitWeightGrams: 1400, quantity: 1 };
const rug = { productId: 'p3', cooperativeId: 'c2', unitPriceMadMinor: 820000, unitWeightGrams: 900, quantity: 1 };

describe('priceOrder', () => {
  it('prices a MAD order per cooperative part', () => {
    const priced = priceOrder({ lines: [rug, plate, tagine], currency: 'MAD', shippingBrackets: brackets });
    expect(priced.parts.map((p) => [p.cooperativeId, p.weightGrams, p.subtotalMinor, p.shippingMinor])).toEqual([
      ['c1', 6400, 118000, 42000 + 42000],
      ['c2', 900, 820000, 18000],
    ]);
    expect(priced.parts[0].lines.map((l) => l.productId)).toEqual(['p1', 'p2']);
    expect(priced).toMatchObject({
      subtotalMinor: 938000,
      shippingMinor: 102000,
      insuranceMinor: 0,
      totalMinor: 1040000,
      totalMadMinor: 1040000,
    });
  });

  it.each([
    // 450.00 MAD at 10.85 MAD/EUR = 41.47 EUR a unit; ×2 = 82.94; plate 25.81; shipping 840.00 MAD = 77.42 EUR
    ['EUR', '10.85', { unit: 4147, line: 8294, subtotal: 10875, shipping: 7742 }],
    // JPY has no minor unit: 450 MAD / 0.066 = 6818.18… → 6818 yen
    ['JPY', '0.066', { unit: 6818, line: 13636, subtotal: 17878, shipping: 12727 }],
    // KWD has three: 450 MAD / 32.5 = 13.846… → 13.846
    ['KWD', '32.5', { unit: 13846, line: 27692, subtotal: 36307, shipping: 25846 }],
  ])('converts each unit price once into %s', (currency, rate, expected) => {
    const priced = priceOrder({ lines: [tagine, plate], currency, rate: parseRate(rate), shippingBrackets: brackets, insuranceMinor: 500 });
    const [part] = priced.parts;
    expect(part.lines[0].unitPriceMinor).toBe(expected.unit);
    expect(part.lines[0].lineTotalMinor).toBe(expected.line);
    expect(part.subtotalMinor).toBe(expected.subtotal);
    expect(part.shippingMinor).toBe(expected.shipping);
    expect(priced.totalMinor).toBe(expected.subtotal + expected.shipping + 500);
    expect(priced.totalMadMinor).toBe(118000 + 84000);
  });

  it('refuses a zero or fractional quantity', () => {
    expect(() => priceOrder({ lines: [{ ...tagine, quantity: 0 }], currency: 'MAD', shippingBrackets: brackets })).toThrow();
    expect(() => priceOrder({ lines: [{ ...tagine, quantity: 1.5 }], currency: 'MAD', shippingBrackets: brackets })).toThrow();
  });
});
