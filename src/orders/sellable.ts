import type { Cooperative } from '../cooperatives/cooperative';
import { DomainError } from '../common/errors/domain-error';
import type { Product } from '../products/product';
import type { PricingInput } from './order-pricing';

/** What deciding "can this be sold" and pricing a line need of a product, however it was read. */
export type SellableProduct = Pick<Product, 'id' | 'cooperativeId' | 'priceMinor' | 'weightGrams' | 'status'> & {
  cooperativeStatus: Cooperative['status'];
};

/**
 * Whether a cart's products can be sold, for order placement, insurance quotes and landed-cost estimates
 * alike: every asked-for product exists and is published (PRODUCT_UNAVAILABLE), and its cooperative is
 * selling (COOPERATIVE_UNAVAILABLE). Ids in details are sorted, so the answer does not depend on read order.
 */
export function assertSellable(ids: Iterable<string>, products: readonly SellableProduct[]): void {
  const byId = new Map(products.map((p) => [p.id, p]));
  const unavailable = [...new Set(ids)].filter((id) => byId.get(id)?.status !== 'published').sort();
  if (unavailable.length > 0) throw new DomainError('PRODUCT_UNAVAILABLE', 'Some products are not for sale', { productIds: unavailable });
  const closed = products
    .filter((p) => p.cooperativeStatus !== 'approved')
    .map((p) => p.id)
    .sort();
  if (closed.length > 0) {
    throw new DomainError('COOPERATIVE_UNAVAILABLE', 'Some products belong to a cooperative that is not selling at the moment', {
      productIds: closed,
    });
  }
}

/** The priced lines of a cart: each product's MAD price and weight at the asked quantity. */
export function pricingLines(products: readonly SellableProduct[], quantities: ReadonlyMap<string, number>): PricingInput['lines'] {
  return products.map((p) => ({
    productId: p.id,
    cooperativeId: p.cooperativeId,
    unitPriceMadMinor: p.priceMinor,
    unitWeightGrams: p.weightGrams,
    quantity: quantities.get(p.id)!,
  }));
}
