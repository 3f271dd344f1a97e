import { DataSource, EntityManager } from 'typeorm';
import { pgErrorCode } from './pg-error-code';

// serialization_failure and deadlock_detected: the transaction did nothing and may simply run again.
const RETRYABLE = new Set(['40001', '40P01']);

/** Runs `work` in a transaction, retrying a few times when PostgreSQL aborts it for a conflict. */
export async function transactionWithRetry<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      const code = pgErrorCode(error);
      if (!code || !RETRYABLE.has(code) || attempt >= attempts) throw error;
    }
  }
}
