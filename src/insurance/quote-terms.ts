import type { QuotedItem } from './insurance-quote';

/** How long a quote can be used in an order, unless said otherwise. */
export const QUOTE_VALIDITY_DAYS = 7;

/** What a quote was priced for and what an order must match to use it. */
export interface QuoteTerms {
  destinationCountry: string;
  currency: string;
  incoterm: string;
  /** One entry per product in product id order; null for a quote on a goods value. */
  items: readonly QuotedItem[] | null;
  goodsValueMinor: number;
}

export interface OrderTerms {
  destinationCountry: string;
  currency: string;
  incoterm: string;
  items: readonly QuotedItem[];
  subtotalMinor: number;
}

/** Adds up repeated products and sorts by product id, so equal baskets compare equal. */
export function mergeItems(items: readonly QuotedItem[]): QuotedItem[] {
  const quantities = new Map<string, number>();
  for (const item of items) quantities.set(item.productId, (quantities.get(item.productId) ?? 0) + item.quantity);
  return [...quantities.keys()].sort().map((productId) => ({ productId, quantity: quantities.get(productId)! }));
}

export function quoteValidUntil(now: Date, days = QUOTE_VALIDITY_DAYS): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

/**
 * Why an order cannot use a quote, or undefined when it can. The goods value is compared too: the
 * premium was priced on it, so a price or exchange-rate change since the quote needs a new quote.
 */
export function quoteMismatch(quote: QuoteTerms, order: OrderTerms): string | undefined {
  if (quote.destinationCountry !== order.destinationCountry) {
    return `The quote covers a shipment to ${quote.destinationCountry}, not ${order.destinationCountry}`;
  }
  if (quote.currency !== order.currency) return `The quote is in ${quote.currency}, the order in ${order.currency}`;
  if (quote.incoterm !== order.incoterm) return `The quote is for ${quote.incoterm} delivery, the order ${order.incoterm}`;
  if (quote.items !== null) {
    const ordered = mergeItems(order.items);
    const same =
      ordered.length === quote.items.length &&
      ordered.every((item, i) => item.productId === quote.items![i].productId && item.quantity === quote.items![i].quantity);
    if (!same) return 'The order’s items or quantities differ from the quoted goods';
  }
  if (quote.goodsValueMinor !== order.subtotalMinor) {
    return `The quote insures goods worth ${quote.goodsValueMinor} ${quote.currency} minor units; the order’s goods come to ${order.subtotalMinor}`;
  }
  return undefined;
}

/** Policy numbers read HIRFA-POL-000123: at least six digits, never truncated. */
export function formatPolicyNumber(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new RangeError(`A policy sequence number is a positive integer, got ${sequence}`);
  return `HIRFA-POL-${String(sequence).padStart(6, '0')}`;
}
