import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Instances keep anonymous catalog answers in process (src/common/http/response-cache.middleware.ts):
 * any write to the tables they are read from notifies every instance when it commits, like exchange
 * rates. Stock taken by an order is such a write.
 */
export class NotifyCatalogChanges1796500000000 implements MigrationInterface {
  name = 'NotifyCatalogChanges1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['products', 'cooperatives']) {
      await queryRunner.query(`CREATE TRIGGER trg_${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['products', 'cooperatives']) await queryRunner.query(`DROP TRIGGER trg_${table}_changed ON "${table}"`);
  }
}
