import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Compiled: dist/migrations/*.js; under jest or ts-node: migrations/*.ts. */
const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', __filename.endsWith('.ts') ? '*.ts' : '*.js');

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // Typo tolerance of catalog and HS search: `<%` matches at 0.5 word similarity (pg_trgm's default,
    // 0.6, misses one wrong letter in short words).
    extra: { max: poolSize, options: '-c pg_trgm.word_similarity_threshold=0.5' },
  };
}
