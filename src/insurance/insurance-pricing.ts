import { DestinationZone } from '../common/domain/destination-zones';
import {
  applyBps,
  assertMinorUnits,
  convert,
  CurrencyCode,
  divideRounded,
  ExchangeRate,
  sum,
  toDecimalString,
  toSafeMinorUnits,
} from '../common/money';
import { isRiskClass, RiskClass } from './country-risk';
import { GOODS_CLASSES, GoodsClass, goodsClassForHsCode, mostFragile } from './goods-class';
import { RateTable } from './rate-table';

export const COVERAGES = ['transit', 'credit', 'political'] as const;
export type Coverage = (typeof COVERAGES)[number];

export const DECLINE_CODES = [
  'GOODS_VALUE_OVER_CEILING',
  'GOODS_NOT_CLASSIFIED',
  'PAYMENT_TERM_REQUIRED',
  'PAYMENT_TERM_TOO_LONG',
  'RISK_CLASS_OFF_COVER',
] as const;
export type DeclineCode = (typeof DECLINE_CODES)[number];

/** Amounts are minor units of `currency`; `madPerUnit` is required unless that is MAD. */
export interface InsuranceQuoteInput {
  readonly destinationCountry: string;
  /** The class that prices the destination (see pricingRiskClass). */
  readonly riskClass: RiskClass;
  readonly zone: DestinationZone;
  readonly currency: CurrencyCode;
  readonly madPerUnit?: ExchangeRate;
  readonly goodsValueMinor: number;
  readonly shippingMinor: number;
  /** What the goods are, for transit cover: a class, or the HS codes of the lines (not both). */
  readonly goodsClass?: GoodsClass;
  readonly hsCodes?: readonly string[];
  readonly coverages: readonly Coverage[];
  /** Days between shipment and payment; needed for credit cover. */
  readonly paymentTermDays?: number;
}

export interface CoverageQuote {
  readonly coverage: Coverage;
  readonly rateBps: number;
  readonly insuredValueMinor: number;
  readonly premiumMinor: number;
  /** Share of a loss on the insured value the insurer pays. */
  readonly indemnityPct: number;
  /** How the figure was reached, for the buyer and for whoever checks it. */
  readonly basis: string;
}

export interface InsuranceQuote {
  readonly status: 'quoted';
  readonly currency: CurrencyCode;
  readonly rateTableAsOf: string;
  readonly riskClass: RiskClass;
  readonly goodsClass?: GoodsClass;
  /** Transit's insured value (110 % of CIF) when transit is covered, else the insured sales value. */
  readonly insuredValueMinor: number;
  readonly premiumMinor: number;
  /** One line per coverage, in the order transit, credit, political. */
  readonly breakdown: readonly CoverageQuote[];
}

export interface InsuranceDecline {
  readonly status: 'declined';
  readonly code: DeclineCode;
  readonly coverage?: Coverage;
  readonly reason: string;
}

/**
 * Prices export-risk cover from a rate table, or declines with a reason what an insurer would
 * refuse. Premiums are rounded up to the minor unit (an insurer never collects less than its
 * tariff), once, after exact integer arithmetic; the insured value rounds half up.
 *
 * - transit: the rate (goods class base + zone loading) applies to the insured value, which is
 *   110 % of CIF, and CIF includes this very premium: P = r·k·(G + S + P), solved exactly as
 *   P = r·k·(G + S) / (1 − r·k) and rounded up, so P = ⌈r·k·(G + S + P)⌉ holds for the rounded P.
 *   At least the minimum premium per shipment, converted from MAD.
 * - credit: the rate for the risk class and payment-term band, on the sales value (goods and
 *   freight the buyer owes).
 * - political: the rate for the risk class, on the sales value.
 */
export function quoteInsurance(input: InsuranceQuoteInput, table: RateTable): InsuranceQuote | InsuranceDecline {
  assertValidInput(input);
  const money = (minor: number) => `${toDecimalString(minor, input.currency)} ${input.currency}`;
  const ceiling = table.goodsValueCeilingMadMinor;
  if (convert(input.goodsValueMinor, input.currency, 'MAD', input.madPerUnit) > ceiling) {
    return {
      status: 'declined',
      code: 'GOODS_VALUE_OVER_CEILING',
      reason: `Goods worth ${money(input.goodsValueMinor)} exceed the ceiling of ${toDecimalString(ceiling, 'MAD')} MAD per shipment`,
    };
  }

  const requested = COVERAGES.filter((coverage) => input.coverages.includes(coverage));
  let goodsClass: GoodsClass | undefined;
  const breakdown: CoverageQuote[] = [];
  for (const coverage of requested) {
    let line: CoverageQuote | InsuranceDecline;
    if (coverage === 'transit') {
      const classified = classifyGoods(input);
      if (typeof classified !== 'string') return classified;
      goodsClass = classified;
      line = transitCover(input, table, goodsClass, money);
    } else if (coverage === 'credit') {
      line = creditCover(input, table, money);
    } else {
      line = politicalCover(input, table, money);
    }
    if ('status' in line) return line;
    breakdown.push(line);
  }

  return {
    status: 'quoted',
    currency: input.currency,
    rateTableAsOf: table.asOf,
    riskClass: input.riskClass,
    ...(goodsClass ? { goodsClass } : {}),
    insuredValueMinor: breakdown[0].insuredValueMinor,
    premiumMinor: sum(breakdown.map((line) => line.premiumMinor)),
    breakdown,
  };
}

function assertValidInput(input: InsuranceQuoteInput): void {
  assertMinorUnits(input.goodsValueMinor, 'goodsValueMinor');
  assertMinorUnits(input.shippingMinor, 'shippingMinor');
  if (input.goodsValueMinor <= 0) throw new RangeError('goodsValueMinor must be positive');
  if (input.shippingMinor < 0) throw new RangeError('shippingMinor cannot be negative');
  if (!isRiskClass(input.riskClass)) throw new RangeError(`riskClass must be 0 to 7, got ${String(input.riskClass)}`);
  if (input.coverages.length === 0) throw new RangeError('Ask for at least one coverage');
  if (new Set(input.coverages).size !== input.coverages.length) throw new RangeError('A coverage is listed twice');
  for (const coverage of input.coverages) {
    if (!COVERAGES.includes(coverage)) throw new RangeError(`Unknown coverage ${JSON.stringify(coverage)}`);
  }
  const term = input.paymentTermDays;
  if (term !== undefined && (!Number.isSafeInteger(term) || term < 0)) {
    throw new RangeError(`paymentTermDays must be a whole number of days, got ${String(term)}`);
  }
  if (input.goodsClass !== undefined && input.hsCodes !== undefined) {
    throw new RangeError('Give the goods class or the HS codes, not both');
  }
  if (input.goodsClass !== undefined && !GOODS_CLASSES.includes(input.goodsClass)) {
    throw new RangeError(`Unknown goods class ${JSON.stringify(input.goodsClass)}`);
  }
}

/** A tariff rate: a non-negative integer of basis points, or null where cover is refused. */
function tariff<T extends number | null>(value: T | undefined, what: string): T {
  if (value === undefined) throw new RangeError(`The rate table has no ${what}`);
  if (value !== null && (!Number.isSafeInteger(value) || value < 0)) {
    throw new RangeError(`The rate table's ${what} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

function classifyGoods(input: InsuranceQuoteInput): GoodsClass | InsuranceDecline {
  if (input.goodsClass !== undefined) return input.goodsClass;
  const hsCodes = input.hsCodes ?? [];
  const classes = hsCodes.map(goodsClassForHsCode);
  const unclassified = hsCodes.filter((_, i) => classes[i] === undefined);
  if (hsCodes.length > 0 && unclassified.length === 0) return mostFragile(classes as GoodsClass[]);
  return {
    status: 'declined',
    code: 'GOODS_NOT_CLASSIFIED',
    coverage: 'transit',
    reason:
      hsCodes.length === 0
        ? 'Transit cover needs the goods class or the HS codes of the goods'
        : `Transit cover does not extend to goods under HS ${unclassified.join(', ')}`,
  };
}

function transitCover(
  input: InsuranceQuoteInput,
  table: RateTable,
  goodsClass: GoodsClass,
  money: (minor: number) => string,
): CoverageQuote {
  const base = tariff(table.transit.baseRateBps[goodsClass], `transit rate for ${goodsClass} goods`);
  const loading = tariff(table.transit.zoneLoadingBps[input.zone], `transit loading for zone ${input.zone}`);
  const rateBps = base + loading;
  const pct = tariff(table.transit.insuredPctOfCif, 'insured percentage of CIF');
  // r·k = rateBps/10^4 × pct/10^2 = rk/10^6
  const rk = BigInt(rateBps) * BigInt(pct);
  if (rk >= 1_000_000n) throw new RangeError(`A transit rate of ${rateBps} bps on ${pct}% of CIF exceeds the value insured`);
  const goodsAndFreight = BigInt(input.goodsValueMinor) + BigInt(input.shippingMinor);
  const solved = toSafeMinorUnits(divideRounded(rk * goodsAndFreight, 1_000_000n - rk, 'ceil'), 'transit premium');
  const minimum = convert(table.transit.minimumPremiumMadMinor, 'MAD', input.currency, input.madPerUnit, 'ceil');
  const premiumMinor = Math.max(solved, minimum);
  const insuredValueMinor = toSafeMinorUnits(
    divideRounded(BigInt(pct) * (goodsAndFreight + BigInt(premiumMinor)), 100n, 'half_up'),
    'insured value',
  );
  const minimumInMad = input.currency === 'MAD' ? '' : ` (${toDecimalString(table.transit.minimumPremiumMadMinor, 'MAD')} MAD)`;
  const minimumNote =
    solved < minimum
      ? `; ${money(solved)} is below the minimum premium of ${money(minimum)}${minimumInMad} per shipment, which applies`
      : '';
  return {
    coverage: 'transit',
    rateBps,
    insuredValueMinor,
    premiumMinor,
    indemnityPct: 100,
    basis:
      `${goodsClass} goods ${base} bps + ${input.zone} loading ${loading} bps = ${rateBps} bps of the insured value, ` +
      `${pct}% of CIF (goods ${money(input.goodsValueMinor)} + freight ${money(input.shippingMinor)} + ` +
      `premium ${money(premiumMinor)}) = ${money(insuredValueMinor)}${minimumNote}`,
  };
}

function creditCover(input: InsuranceQuoteInput, table: RateTable, money: (minor: number) => string): CoverageQuote | InsuranceDecline {
  const term = input.paymentTermDays;
  if (term === undefined) {
    return {
      status: 'declined',
      code: 'PAYMENT_TERM_REQUIRED',
      coverage: 'credit',
      reason: 'Credit cover insures a sale on payment terms: give the payment term in days',
    };
  }
  const bands = table.credit.termBands;
  const band = bands.find((candidate) => term <= candidate.maxDays);
  if (!band) {
    const longest = bands.length > 0 ? bands[bands.length - 1].maxDays : 0;
    return {
      status: 'declined',
      code: 'PAYMENT_TERM_TOO_LONG',
      coverage: 'credit',
      reason: `Credit cover is limited to payment terms of ${longest} days; ${term} days were asked`,
    };
  }
  const rateBps = tariff(band.rateBps[input.riskClass], `credit rate for class ${input.riskClass} up to ${band.maxDays} days`);
  if (rateBps === null) return offCover('credit', input);
  return onSalesValue(
    'credit',
    input,
    rateBps,
    table.credit.indemnityPct,
    `OECD risk class ${input.riskClass}, payment term ${term} days (band up to ${band.maxDays} days)`,
    money,
  );
}

function politicalCover(input: InsuranceQuoteInput, table: RateTable, money: (minor: number) => string): CoverageQuote | InsuranceDecline {
  const rateBps = tariff(table.political.rateBps[input.riskClass], `political rate for class ${input.riskClass}`);
  if (rateBps === null) return offCover('political', input);
  return onSalesValue('political', input, rateBps, table.political.indemnityPct, `OECD risk class ${input.riskClass}`, money);
}

/** Credit and political cover insure the receivable: goods and freight the buyer owes. */
function onSalesValue(
  coverage: Coverage,
  input: InsuranceQuoteInput,
  rateBps: number,
  indemnityPct: number,
  pricedAs: string,
  money: (minor: number) => string,
): CoverageQuote {
  const salesMinor = sum([input.goodsValueMinor, input.shippingMinor]);
  return {
    coverage,
    rateBps,
    insuredValueMinor: salesMinor,
    premiumMinor: applyBps(salesMinor, rateBps, 'ceil'),
    indemnityPct,
    basis:
      `${pricedAs}: ${rateBps} bps of the sales value ${money(salesMinor)} (goods and freight); ` +
      `the insurer pays ${indemnityPct}% of a loss`,
  };
}

function offCover(coverage: Coverage, input: InsuranceQuoteInput): InsuranceDecline {
  return {
    status: 'declined',
    code: 'RISK_CLASS_OFF_COVER',
    coverage,
    reason: `${coverage === 'credit' ? 'Credit' : 'Political'} cover is not offered for ${input.destinationCountry} (OECD risk class ${input.riskClass})`,
  };
}
