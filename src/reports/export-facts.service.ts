import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transactions } from '../common/database/transactions';
import { ExportFactCounts, ExportFactRepository, rebuildExportFacts } from './export-fact.repository';

/**
 * Keeps the export report's facts and day totals in step with orders (SQL functions of the
 * AddExportFacts migration). Called in the transaction that pays or refunds an order, after the
 * order row is saved: its facts are rewritten as the order now stands (none once it no longer
 * counts as exported) and the day totals move by the difference.
 */
@Injectable()
export class ExportFactsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly exportFacts: ExportFactRepository,
  ) {}

  refresh(tx: EntityManager, orderIds: readonly string[]): Promise<void> {
    return this.exportFacts.refresh(tx, orderIds);
  }

  /** Recomputes every fact and day total from the orders; order writes wait until it is done. */
  rebuild(): Promise<ExportFactCounts> {
    return this.transactions.run((tx) => rebuildExportFacts(tx));
  }
}
