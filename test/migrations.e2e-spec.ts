import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/common/database/data-source-options';
import { pendingSchemaChanges } from '../src/common/database/generate-migration';
import { cloneTestDatabase } from './support/test-database';

describe('Migrations (e2e)', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await cloneTestDatabase(), 2)).initialize();
  });
  afterAll(() => db.destroy());

  it('agree with the entities: a generated migration would be empty', async () => {
    const pending = await pendingSchemaChanges(db);
    expect(pending.up).toEqual([]);
  });

  it('have all been applied to the template', async () => {
    expect(await db.showMigrations()).toBe(false);
  });

  it('can be reverted and re-applied', async () => {
    const count = (await db.query('SELECT count(*)::int AS n FROM migrations'))[0].n as number;
    for (let i = 0; i < count; i++) await db.undoLastMigration({ transaction: 'each' });
    const tables = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
    expect(tables).toEqual([]);
    await db.runMigrations({ transaction: 'each' });
    expect((await pendingSchemaChanges(db)).up).toEqual([]);
  });
});
