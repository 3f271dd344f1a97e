import { convert, ExchangeRate, sum } from '../common/money';
import { shippingCostMad, WeightBracket } from '../shipping/shipping-cost';

export interface PricedLineInput {
  productId: string;
  cooperativeId: string;
  unitPriceMadMinor: number;
  unitWeightGrams: number;
  quantity: number;
}

export interface PricedLine extends PricedLineInput {
  unitPriceMinor: number;
  lineTotalMinor: number;
  lineTotalMadMinor: number;
}

export interface PricedPart {
  cooperativeId: string;
  lines: PricedLine[];
  weightGrams: number;
  subtotalMinor: number;
  subtotalMadMinor: number;
  shippingMinor: number;
  shippingMadMinor: number;
}

export interface PricedOrder {
  parts: PricedPart[];
  subtotalMinor: number;
  shippingMinor: number;
  insuranceMinor: number;
  /** Duties and taxes collected at checkout (DDP, IOSS, the UK scheme). */
  landedCostMinor: number;
  totalMinor: number;
  totalMadMinor: number;
}

export interface PricingInput {
  lines: PricedLineInput[];
  currency: string;
  /** MAD per unit of `currency`; omitted for MAD. */
  rate?: ExchangeRate;
  shippingBrackets: readonly WeightBracket[];
  insuranceMinor?: number;
  insuranceMadMinor?: number;
  landedCostMinor?: number;
  landedCostMadMinor?: number;
}

/**
 * Prices an order with integer arithmetic: each unit price is converted once (the price the buyer
 * sees), line totals multiply it, and shipping is charged per cooperative parcel by weight. Parts
 * come out in cooperative id order, lines in product id order, so results are deterministic.
 */
export function priceOrder(input: PricingInput): PricedOrder {
  const fromMad = (amount: number): number => convert(amount, 'MAD', input.currency, input.currency === 'MAD' ? undefined : input.rate);
  const byCooperative = new Map<string, PricedLine[]>();
  for (const line of [...input.lines].sort((a, b) => a.productId.localeCompare(b.productId))) {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) throw new Error('quantity must be a positive whole number');
    const unitPriceMinor = fromMad(line.unitPriceMadMinor);
    const priced: PricedLine = {
      ...line,
      unitPriceMinor,
      lineTotalMinor: unitPriceMinor * line.quantity,
      lineTotalMadMinor: line.unitPriceMadMinor * line.quantity,
    };
    byCooperative.set(line.cooperativeId, [...(byCooperative.get(line.cooperativeId) ?? []), priced]);
  }
  const parts = [...byCooperative.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cooperativeId, lines]): PricedPart => {
      const weightGrams = sum(lines.map((l) => l.unitWeightGrams * l.quantity));
      const shippingMadMinor = shippingCostMad(weightGrams, input.shippingBrackets);
      return {
        cooperativeId,
        lines,
        weightGrams,
        subtotalMinor: sum(lines.map((l) => l.lineTotalMinor)),
        subtotalMadMinor: sum(lines.map((l) => l.lineTotalMadMinor)),
        shippingMadMinor,
        shippingMinor: fromMad(shippingMadMinor),
      };
    });
  const subtotalMinor = sum(parts.map((p) => p.subtotalMinor));
  const shippingMinor = sum(parts.map((p) => p.shippingMinor));
  const insuranceMinor = input.insuranceMinor ?? 0;
  const landedCostMinor = input.landedCostMinor ?? 0;
  return {
    parts,
    subtotalMinor,
    shippingMinor,
    insuranceMinor,
    landedCostMinor,
    totalMinor: subtotalMinor + shippingMinor + insuranceMinor + landedCostMinor,
    totalMadMinor:
      sum(parts.map((p) => p.subtotalMadMinor + p.shippingMadMinor)) + (input.insuranceMadMinor ?? 0) + (input.landedCostMadMinor ?? 0),
  };
}
