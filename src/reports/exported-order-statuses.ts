import type { OrderStatus } from '../orders/order-state';

/**
 * Order statuses whose goods count as exported: paid and not refunded in full, which are also the
 * orders that still hold money to refund. The SQL function refresh_export_facts (AddExportFacts
 * migration) keeps its own copy: changing this list needs a migration that redefines it.
 */
export const EXPORTED_ORDER_STATUSES: readonly OrderStatus[] = ['paid', 'partially_refunded', 'completed'];

export function countsAsExported(status: OrderStatus): boolean {
  return EXPORTED_ORDER_STATUSES.includes(status);
}

/** The list as SQL, `('paid', …)`, for queries that must keep a literal list (constants only, no input). */
export const EXPORTED_ORDER_STATUSES_SQL = `(${EXPORTED_ORDER_STATUSES.map((status) => `'${status}'`).join(', ')})`;
