import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/common/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { pendingSchemaChanges } from '../src/common/database/generate-migration';
import { AddStrayPaymentsAndSettleBackoff1795962000000 } from '../migrations/1795962000000-AddStrayPaymentsAndSettleBackoff';
import { Factories } from './support/factories';
import { cloneTestDatabase } from './support/test-database';

describe('Migrations (e2e)', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(ENTITIES, await cloneTestDatabase(), 2)).initialize();
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

  it('turn payments flagged on orders before stray payments existed into stray payments', async () => {
    const buyer = await new Factories(db).buyer();
    const migration = new AddStrayPaymentsAndSettleBackoff1795962000000();
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      const order = (number: string, status: string, intent: string, flag: string, reason: string): Promise<unknown> =>
        runner.query(
          `INSERT INTO orders (number, buyer_id, status, currency, mad_per_unit, rate_as_of, subtotal_minor, shipping_minor, total_minor, total_mad_minor,
                               shipping_address, destination_country, incoterm, payment_method, expires_at, payment_intent_id, payment_flag, payment_flag_reason)
           VALUES ($1, $2, $3, 'EUR', 10.85, '2026-11-27', 9000, 1000, 10000, 108500, '{}', 'US', 'DAP', 'card', now(), $4, $5, $6)`,
          [number, buyer.id, status, intent, flag, reason],
        );
      await order('HF-MIG-1', 'cancelled', 'pi_mig_1', 'refund_due', 'Payment of 10000 EUR received after the order was cancelled');
      await order('HF-MIG-2', 'pending_payment', 'pi_mig_2', 'review', 'Stripe charged 9900 USD for an order of 10000 EUR');
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await db.query(
      `SELECT o.number, o.payment_flag, s.reference, s.amount_minor::int AS amount, s.currency, s.cause, s.state
         FROM stray_payments s JOIN orders o ON o.id = s.order_id WHERE o.number LIKE 'HF-MIG-%' ORDER BY o.number`,
    );
    expect(rows).toEqual([
      {
        number: 'HF-MIG-1',
        payment_flag: null,
        reference: 'pi_mig_1',
        amount: 10000,
        currency: 'EUR',
        cause: 'paid_after_cancel',
        state: 'refund_due',
      },
      {
        number: 'HF-MIG-2',
        payment_flag: 'review',
        reference: 'pi_mig_2',
        amount: 9900,
        currency: 'USD',
        cause: 'amount_mismatch',
        state: 'review',
      },
    ]);
  });
});
