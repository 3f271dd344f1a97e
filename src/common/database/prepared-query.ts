import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * Runs a named statement: PostgreSQL parses it once per connection and can keep its plan, instead of
 * parsing and planning on every call (TypeORM's query() cannot name statements). On the connection
 * of `manager`'s query runner (its transaction) when it has one, else on a pooled connection. For hot
 * statements whose plan does not depend on the values.
 */
export async function preparedQuery<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  const client: Pool | PoolClient =
    runner && !runner.isReleased
      ? ((await runner.connect()) as PoolClient)
      : ((manager.connection.driver as PostgresDriver).master as Pool);
  return (await client.query({ name, text, values })).rows as T[];
}

const names = new Map<string, string>();

/** A statement name for SQL written elsewhere (a library's), the same for the same text in every process. */
export function statementName(prefix: string, text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}
