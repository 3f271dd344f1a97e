import { DataSource, MigrationExecutor } from 'typeorm';

// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK_ID = 7_451_020_001;

/**
 * Runs pending migrations under an advisory lock, so instances starting together migrate once.
 * The lock and the migrations share one connection, so a pool of one is enough.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
  }
}
