import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Keeps the export report's facts and day totals in step with orders (SQL functions of the
 * AddExportFacts migration). Called in the transaction that pays or refunds an order, after the
 * order row is saved: its facts are rewritten as the order now stands (none once it no longer
 * counts as exported) and the day totals move by the difference.
 */
@Injectable()
export class ExportFactsService {
  async refresh(manager: EntityManager, orderIds: readonly string[]): Promise<void> {
    if (orderIds.length > 0) await refreshExportFacts(manager, orderIds);
  }
}

/** The same refresh for code outside Nest: seeds and test data written with plain SQL. */
export async function refreshExportFacts(manager: EntityManager, orderIds: readonly string[]): Promise<void> {
  await manager.query(`SELECT refresh_export_facts($1::uuid[])`, [orderIds]);
}

/** Recomputes every fact and day total from the orders; order writes wait until it commits. */
export async function rebuildExportFacts(manager: EntityManager): Promise<{ orders: number; facts: number; dayTotals: number }> {
  await manager.query(`SELECT rebuild_export_facts()`);
  const [counts] = await manager.query(
    `SELECT (SELECT count(DISTINCT order_id) FROM export_facts)::int AS orders, (SELECT count(*) FROM export_facts)::int AS facts, (SELECT count(*) FROM export_day_totals)::int AS "dayTotals"`,
  );
  return counts;
}
