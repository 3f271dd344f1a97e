import { DomainError } from '../common/errors/domain-error';

export interface UnpaidHoldings {
  /** The buyer's orders awaiting payment. */
  orders: number;
  /** Units per product id across those orders. */
  units: Record<string, number>;
}

/**
 * Whether a buyer may place one more unpaid order for `wanted` units per product, given what they
 * already hold: open registration must not let one account hold a cooperative's whole stock.
 */
export function checkUnpaidLimits(
  held: UnpaidHoldings,
  wanted: ReadonlyMap<string, number>,
  limits: { ordersPerBuyer: number; unitsPerProduct: number },
): void {
  if (held.orders >= limits.ordersPerBuyer) {
    throw new DomainError(
      'UNPAID_ORDERS_LIMIT',
      `Pay or cancel an unpaid order first: at most ${limits.ordersPerBuyer} may wait for payment`,
      {
        limit: limits.ordersPerBuyer,
        unpaidOrders: held.orders,
      },
    );
  }
  const over = [...wanted]
    .map(([productId, quantity]) => ({ productId, requested: quantity, held: held.units[productId] ?? 0 }))
    .filter((item) => item.requested + item.held > limits.unitsPerProduct)
    .sort((a, b) => a.productId.localeCompare(b.productId));
  if (over.length > 0) {
    throw new DomainError(
      'UNPAID_UNITS_LIMIT',
      `At most ${limits.unitsPerProduct} units of a product may wait for payment in your orders`,
      {
        limit: limits.unitsPerProduct,
        items: over,
      },
    );
  }
}
