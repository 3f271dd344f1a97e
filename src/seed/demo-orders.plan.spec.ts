import { DEMO_BRANCH_SHARES, DEMO_COUNTRY_SHARES, planDemoOrders, type PlannableProduct } from './demo-orders.plan';
import { DEMO_PRODUCTS } from './demo-products';

const products: PlannableProduct[] = DEMO_PRODUCTS.map((p) => ({ id: p.sku, branch: p.branch, priceMinor: p.priceMinor }));

function shares(
  orders: ReturnType<typeof planDemoOrders>,
  keyOf: (o: ReturnType<typeof planDemoOrders>[number]) => string,
): Map<string, number> {
  const totals = new Map<string, number>();
  let total = 0;
  for (const order of orders) {
    const value = order.product.priceMinor * order.quantity;
    totals.set(keyOf(order), (totals.get(keyOf(order)) ?? 0) + value);
    total += value;
  }
  return new Map([...totals].map(([key, value]) => [key, (100 * value) / total]));
}

describe('planDemoOrders', () => {
  const now = new Date('2026-11-29T09:00:00Z');
  const plan = planDemoOrders(products, now);
  const lastYear = plan.filter((o) => o.paidAt.getUTCFullYear() === 2025);
  const thisYear = plan.filter((o) => o.paidAt.getUTCFullYear() === 2026);

  it('is the same plan every time', () => {
    expect(planDemoOrders(products, now)).toEqual(plan);
  });

  it('covers all of last year and this year up to yesterday', () => {
    expect(lastYear).toHaveLength(2400);
    expect(Math.max(...thisYear.map((o) => o.paidAt.getTime()))).toBeLessThan(Date.UTC(2026, 10, 29));
    expect(Math.max(...thisYear.map((o) => o.paidAt.getTime()))).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 28));
    expect(new Set(plan.map((o) => o.index)).size).toBe(plan.length);
  });

  it('grows about 3% on the same days of last year', () => {
    const value = (orders: typeof plan): number => orders.reduce((a, o) => a + o.product.priceMinor * o.quantity, 0);
    const sameDaysLastYear = lastYear.filter((o) => o.paidAt.getTime() < Date.UTC(2025, 10, 29));
    const growth = (100 * value(thisYear)) / value(sameDaysLastYear) - 100;
    expect(growth).toBeGreaterThan(1.5);
    expect(growth).toBeLessThan(4.5);
  });

  it.each([
    ['last year', lastYear],
    ['this year', thisYear],
  ])('%s: value shares within half a point of the programme figures', (_, orders) => {
    const byCountry = shares(orders, (o) => o.country);
    for (const [country, share] of Object.entries(DEMO_COUNTRY_SHARES)) expect(Math.abs(byCountry.get(country)! - share)).toBeLessThan(0.5);
    const byBranch = shares(orders, (o) => o.product.branch);
    for (const [branch, share] of Object.entries(DEMO_BRANCH_SHARES)) expect(Math.abs(byBranch.get(branch)! - share!)).toBeLessThan(0.5);
  });
});
