import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Compiled: dist/migrations/*.js; under jest or ts-node: migrations/*.ts. */
const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', __filename.endsWith('.ts') ? '*.ts' : '*.js');

/** Limits on every pooled connection, in milliseconds; 0 turns a limit off. */
export interface DatabaseTimeouts {
  /** Waiting for a new connection or for a free one in a full pool; then the request fails fast. */
  connectMs: number;
  /** Longest single statement; PostgreSQL cancels it after this. */
  statementMs: number;
  /** Longest a transaction may sit idle holding its locks; PostgreSQL then ends the session. */
  idleInTransactionMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 5000, statementMs: 30000, idleInTransactionMs: 60000 };

/** `entities` is src/entities.ts's ENTITIES, passed in so that this file imports no feature. */
export function dataSourceOptions(
  entities: DataSourceOptions['entities'],
  url: string,
  poolSize = 10,
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
      // Typo tolerance of catalog and HS search: `<%` matches at 0.5 word similarity (pg_trgm's default,
      // 0.6, misses one wrong letter in short words).
      options: '-c pg_trgm.word_similarity_threshold=0.5',
    },
  };
}
