import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { transactionWithRetry } from './transaction-retry';

/**
 * How services run use cases: they open the transaction and hand its manager to repositories, which
 * own the SQL. Services never see the DataSource, so no query can slip outside a repository.
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  /** For reads and single statements that need no transaction of their own. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  run<T>(work: (tx: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work);
  }

  /** Runs again when PostgreSQL aborts the transaction for a serialization failure or a deadlock. */
  runWithRetry<T>(work: (tx: EntityManager) => Promise<T>, attempts?: number): Promise<T> {
    return transactionWithRetry(this.dataSource, work, attempts);
  }
}
