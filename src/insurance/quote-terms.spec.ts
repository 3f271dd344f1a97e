import { formatPolicyNumber, mergeItems, OrderTerms, quoteMismatch, QuoteTerms, quoteValidUntil } from './quote-terms';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('mergeItems', () => {
  it('adds up repeated products and sorts by product id', () => {
    expect(
      mergeItems([
        { productId: B, quantity: 1 },
        { productId: A, quantity: 2 },
        { productId: B, quantity: 3 },
      ]),
    ).toEqual([
      { productId: A, quantity: 2 },
      { productId: B, quantity: 4 },
    ]);
  });
});

describe('quoteValidUntil', () => {
  it('is seven days later by default', () => {
    expect(quoteValidUntil(new Date('2026-11-29T10:00:00Z')).toISOString()).toBe('2026-12-06T10:00:00.000Z');
    expect(quoteValidUntil(new Date('2026-11-29T10:00:00Z'), 1).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });
});

describe('quoteMismatch', () => {
  const itemsQuote: QuoteTerms = {
    destinationCountry: 'US',
    currency: 'EUR',
    incoterm: 'DAP',
    items: [
      { productId: A, quantity: 2 },
      { productId: B, quantity: 1 },
    ],
    goodsValueMinor: 10_000,
  };
  const order: OrderTerms = {
    destinationCountry: 'US',
    currency: 'EUR',
    incoterm: 'DAP',
    items: [
      { productId: B, quantity: 1 },
      { productId: A, quantity: 1 },
      { productId: A, quantity: 1 },
    ],
    subtotalMinor: 10_000,
  };

  it('accepts the same goods in any order and split across lines', () => {
    expect(quoteMismatch(itemsQuote, order)).toBeUndefined();
  });

  it('accepts any goods of the quoted value for a value quote', () => {
    expect(quoteMismatch({ ...itemsQuote, items: null }, { ...order, items: [{ productId: B, quantity: 9 }] })).toBeUndefined();
  });

  it.each<[string, Partial<OrderTerms>, RegExp]>([
    ['another destination', { destinationCountry: 'FR' }, /to US, not FR/],
    ['another currency', { currency: 'USD' }, /in EUR, the order in USD/],
    ['another incoterm', { incoterm: 'DDP' }, /DAP delivery, the order DDP/],
    [
      'another quantity',
      {
        items: [
          { productId: A, quantity: 1 },
          { productId: B, quantity: 1 },
        ],
      },
      /items or quantities differ/,
    ],
    [
      'an extra product',
      { items: [...order.items, { productId: '00000000-0000-4000-8000-00000000000c', quantity: 1 }] },
      /items or quantities differ/,
    ],
    ['a missing product', { items: [{ productId: A, quantity: 2 }] }, /items or quantities differ/],
    ['another goods value', { subtotalMinor: 10_001 }, /worth 10000 EUR minor units; the order’s goods come to 10001/],
  ])('refuses %s', (_, change, reason) => {
    expect(quoteMismatch(itemsQuote, { ...order, ...change })).toMatch(reason);
  });

  it('refuses a value quote for another subtotal', () => {
    expect(quoteMismatch({ ...itemsQuote, items: null }, { ...order, subtotalMinor: 9_999 })).toMatch(/worth 10000/);
  });
});

describe('formatPolicyNumber', () => {
  it.each([
    [1, 'HIRFA-POL-000001'],
    [123, 'HIRFA-POL-000123'],
    [999_999, 'HIRFA-POL-999999'],
    [1_234_567, 'HIRFA-POL-1234567'],
  ])('%i → %s', (n, expected) => {
    expect(formatPolicyNumber(n)).toBe(expected);
  });

  it('refuses zero, negatives and fractions', () => {
    expect(() => formatPolicyNumber(0)).toThrow(RangeError);
    expect(() => formatPolicyNumber(-1)).toThrow(RangeError);
    expect(() => formatPolicyNumber(1.5)).toThrow(RangeError);
  });
});
