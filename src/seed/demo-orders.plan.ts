import type { Branch } from '../common/domain/branches';

/**
 * Shares of export value the demo year reproduces: the programme's 2024 figures (docs/domain.md) for the
 * USA, France and Spain and for pottery (with stone, which the demo has no product for) and carpets;
 * the rest spread over other destinations and branches the demo cooperatives sell.
 */
export const DEMO_COUNTRY_SHARES: Readonly<Record<string, number>> = {
  US: 44,
  FR: 14,
  ES: 6,
  GB: 8,
  DE: 7,
  CA: 6,
  AE: 5,
  IT: 4,
  NL: 3,
  JP: 3,
};
export const DEMO_BRANCH_SHARES: Readonly<Partial<Record<Branch, number>>> = {
  pottery: 36,
  carpets: 20,
  leather: 12,
  zellige: 10,
  metal: 8,
  cosmetics: 6,
  textiles: 5,
  jewelry: 3,
};
/** Orders in a whole demo year; this year has 3% more per day, as 2024 had on 2023. */
export const DEMO_ORDERS_PER_YEAR = 2400;
export const DEMO_GROWTH_PCT = 3;

export interface PlannableProduct {
  id: string;
  branch: string;
  priceMinor: number;
}

export interface PlannedOrder {
  index: number;
  country: string;
  product: PlannableProduct;
  quantity: number;
  paidAt: Date;
}

/** The key whose cumulative value is furthest below its target share: values converge on the shares. */
function mostBehind(shares: Readonly<Record<string, number>>, totals: Map<string, number>, grandTotal: number): string {
  let best = '';
  let bestDeficit = -Infinity;
  for (const [key, share] of Object.entries(shares)) {
    const deficit = (share / 100) * grandTotal - (totals.get(key) ?? 0);
    if (deficit > bestDeficit) [best, bestDeficit] = [key, deficit];
  }
  return best;
}

function planPeriod(products: readonly PlannableProduct[], count: number, start: number, end: number, first: number): PlannedOrder[] {
  const byBranch = new Map<string, PlannableProduct[]>();
  for (const product of products) byBranch.set(product.branch, [...(byBranch.get(product.branch) ?? []), product]);
  const branchShares = Object.fromEntries(Object.entries(DEMO_BRANCH_SHARES).filter(([branch]) => byBranch.has(branch))) as Record<
    string,
    number
  >;
  const branchTotals = new Map<string, number>();
  const countryTotals = new Map<string, number>();
  const turn = new Map<string, number>();
  let total = 0;
  const orders: PlannedOrder[] = [];
  for (let i = 0; i < count; i++) {
    const branch = mostBehind(branchShares, branchTotals, total);
    const candidates = byBranch.get(branch)!;
    const n = turn.get(branch) ?? 0;
    turn.set(branch, n + 1);
    const product = candidates[n % candidates.length]!;
    const quantity = 1 + ((i * 7) % 3);
    const value = product.priceMinor * quantity;
    const country = mostBehind(DEMO_COUNTRY_SHARES, countryTotals, total + value);
    branchTotals.set(branch, (branchTotals.get(branch) ?? 0) + value);
    countryTotals.set(country, (countryTotals.get(country) ?? 0) + value);
    total += value;
    // Spread evenly over the period, at a time of day that varies from order to order.
    const at = start + Math.floor(((end - start) * i) / count) + ((i * 7919) % 86_400) * 1000;
    orders.push({ index: first + i, country, product, quantity, paidAt: new Date(Math.min(at, end - 1000)) });
  }
  return orders;
}

/**
 * A deterministic plan of paid orders: all of last year, and this year up to the day before `now`,
 * planned as a whole year with 3% more orders and cut at today. Both years follow the same sequence
 * of products, so this year to date is about 3% above the same days of last year.
 */
export function planDemoOrders(products: readonly PlannableProduct[], now: Date): PlannedOrder[] {
  const year = now.getUTCFullYear();
  const thisYearStart = Date.UTC(year, 0, 1);
  const today = Date.UTC(year, now.getUTCMonth(), now.getUTCDate());
  const lastYear = planPeriod(products, DEMO_ORDERS_PER_YEAR, Date.UTC(year - 1, 0, 1), thisYearStart, 0);
  const thisYearCount = Math.round((DEMO_ORDERS_PER_YEAR * (100 + DEMO_GROWTH_PCT)) / 100);
  const thisYear = planPeriod(products, thisYearCount, thisYearStart, Date.UTC(year + 1, 0, 1), lastYear.length);
  return [...lastYear, ...thisYear.filter((order) => order.paidAt.getTime() < today)];
}
