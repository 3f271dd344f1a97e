import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * App instances cache exchange rates and shipping brackets in process (see src/common/cache). Any
 * write to those tables, by the app, the seed or plain SQL, notifies every instance when it commits.
 */
export class NotifyReferenceChanges1796480000000 implements MigrationInterface {
  name = 'NotifyReferenceChanges1796480000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION notify_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_notify('hirfa_reference_changed', TG_TABLE_NAME);
        RETURN NULL;
      END
      $fn$`);
    for (const table of ['exchange_rates', 'shipping_rates']) {
      await queryRunner.query(`CREATE TRIGGER trg_${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['exchange_rates', 'shipping_rates']) await queryRunner.query(`DROP TRIGGER trg_${table}_changed ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION notify_reference_changed()`);
  }
}
