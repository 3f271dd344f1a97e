import { checkoutLines } from './checkout-lines';

const order = {
  currency: 'EUR',
  lines: [
    { title: 'Tagine', unitPriceMinor: 4147, quantity: 2 },
    { title: 'Rug', unitPriceMinor: 75576, quantity: 1 },
  ],
  shippingMinor: 22120,
  insuranceMinor: 0,
  landedCostMinor: 0,
  totalMinor: 2 * 4147 + 75576 + 22120,
};

describe('checkoutLines', () => {
  it('has one line per order line plus shipping, summing to the total', () => {
    expect(checkoutLines(order)).toEqual([
      { name: 'Tagine', unitAmount: 4147, quantity: 2 },
      { name: 'Rug', unitAmount: 75576, quantity: 1 },
      { name: 'Shipping', unitAmount: 22120, quantity: 1 },
    ]);
  });

  it('adds insurance when the order carries it', () => {
    const lines = checkoutLines({ ...order, insuranceMinor: 1234, totalMinor: order.totalMinor + 1234 });
    expect(lines[lines.length - 1]).toEqual({ name: 'Export-risk insurance', unitAmount: 1234, quantity: 1 });
  });

  it('adds the duties and taxes collected at checkout, after insurance', () => {
    const lines = checkoutLines({ ...order, insuranceMinor: 1234, landedCostMinor: 2700, totalMinor: order.totalMinor + 1234 + 2700 });
    expect(lines.slice(-2)).toEqual([
      { name: 'Export-risk insurance', unitAmount: 1234, quantity: 1 },
      { name: 'Import duties and taxes', unitAmount: 2700, quantity: 1 },
    ]);
  });

  it.each([
    ['JPY', true],
    ['EUR', true],
    ['KWD', false],
  ])('%s card payments supported: %s', (currency, ok) => {
    const call = (): unknown => checkoutLines({ ...order, currency });
    if (ok) expect(call).not.toThrow();
    else expect(call).toThrow(/not supported/);
  });

  it('refuses lines that do not add up to the total', () => {
    expect(() => checkoutLines({ ...order, totalMinor: order.totalMinor + 1 })).toThrow(/add up/);
  });
});
