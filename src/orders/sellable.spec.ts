import { DomainError } from '../common/errors/domain-error';
import { assertSellable, pricingLines, SellableProduct } from './sellable';

const product = (id: string, changes: Partial<SellableProduct> = {}): SellableProduct => ({
  id,
  cooperativeId: 'c1',
  priceMinor: 10_000,
  weightGrams: 500,
  status: 'published',
  cooperativeStatus: 'approved',
  ...changes,
});

const outcome = (ids: string[], products: SellableProduct[]): string => {
  try {
    assertSellable(ids, products);
    return 'sellable';
  } catch (error) {
    const { code, details } = error as DomainError;
    return `${code} ${JSON.stringify(details)}`;
  }
};

describe('assertSellable', () => {
  it.each([
    ['all published from selling cooperatives', ['a', 'b'], [product('b'), product('a')], 'sellable'],
    ['a product that was not found', ['a', 'z'], [product('a')], 'PRODUCT_UNAVAILABLE {"productIds":["z"]}'],
    [
      'unpublished and missing, sorted whatever the read order',
      ['d', 'a', 'c'],
      [product('d', { status: 'draft' }), product('c', { status: 'archived' })],
      'PRODUCT_UNAVAILABLE {"productIds":["a","c","d"]}',
    ],
    [
      'a cooperative not selling, sorted',
      ['b', 'a'],
      [product('b', { cooperativeStatus: 'suspended' }), product('a', { cooperativeStatus: 'pending' })],
      'COOPERATIVE_UNAVAILABLE {"productIds":["a","b"]}',
    ],
    [
      'an unavailable product is answered before a closed cooperative',
      ['a', 'b'],
      [product('a', { status: 'draft' }), product('b', { cooperativeStatus: 'suspended' })],
      'PRODUCT_UNAVAILABLE {"productIds":["a"]}',
    ],
  ])('%s', (_case, ids, products, expected) => {
    expect(outcome(ids, products)).toBe(expected);
  });
});

describe('pricingLines', () => {
  it('prices each product at its MAD price and weight for the asked quantity', () => {
    expect(
      pricingLines(
        [product('a'), product('b', { priceMinor: 2_500, weightGrams: 80 })],
        new Map([
          ['a', 2],
          ['b', 1],
        ]),
      ),
    ).toEqual([
      { productId: 'a', cooperativeId: 'c1', unitPriceMadMinor: 10_000, unitWeightGrams: 500, quantity: 2 },
      { productId: 'b', cooperativeId: 'c1', unitPriceMadMinor: 2_500, unitWeightGrams: 80, quantity: 1 },
    ]);
  });
});
