import type { PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * Runs a named statement on the connection of `manager`'s transaction: PostgreSQL parses and plans
 * it once per connection instead of on every call (TypeORM's query() cannot name statements). For
 * hot writes whose plan does not depend on the values.
 */
export async function preparedQuery<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  if (!runner?.isTransactionActive) throw new Error(`${name} must run inside a transaction`);
  const client = (await runner.connect()) as PoolClient;
  return (await client.query({ name, text, values })).rows as T[];
}
