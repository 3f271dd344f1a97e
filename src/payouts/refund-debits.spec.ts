import { refundDebits } from './refund-debits';

const coop = (cooperativeId: string, creditedMadMinor: number, debitedMadMinor = 0) => ({
  cooperativeId,
  creditedMadMinor,
  debitedMadMinor,
});

describe('refundDebits', () => {
  it.each([
    // The insured US order: sale 134,999 + shipping 120,002 − commission 13,500; refunded in full.
    ['full refund of an insured order', [coop('a', 241_501)], 265_504, 265_504, [241_501]],
    ['half of the order', [coop('a', 1000), coop('b', 3001)], 50, 100, [500, 1501]],
    ['nothing refunded yet', [coop('a', 1000)], 0, 100, [0]],
    ['the rest after an earlier partial refund', [coop('a', 1000, 333), coop('b', 2000, 667)], 100, 100, [667, 1333]],
    ['a third, then the remainder rounds to what is left', [coop('a', 100, 33)], 67, 100, [34]],
    ['more than the total is capped', [coop('a', 100)], 150, 100, [100]],
    ['a cooperative never credited gives nothing back', [coop('a', 0)], 100, 100, [0]],
  ])('%s', (_label, credits, refunded, total, expected) => {
    expect(refundDebits(credits, refunded, total).map((d) => d.debitMadMinor)).toEqual(expected);
  });

  it('nets every cooperative to zero after any sequence of partial refunds that ends in full', () => {
    const credits = [coop('a', 89_990 + 72_001 - 8_999), coop('b', 259_999 + 26_003 - 26_000)];
    const total = 51_503;
    let refunded = 0;
    for (const step of [1, 999, 10_000, 7, 40_496]) {
      refunded += step;
      for (const d of refundDebits(credits, refunded, total))
        credits.find((c) => c.cooperativeId === d.cooperativeId)!.debitedMadMinor += d.debitMadMinor;
    }
    expect(refunded).toBe(total);
    expect(credits.map((c) => c.creditedMadMinor - c.debitedMadMinor)).toEqual([0, 0]);
  });
});
