import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddExportReportIndex1795952791957 implements MigrationInterface {
  name = 'AddExportReportIndex1795952791957';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_orders_exported_paid_at" ON "orders" ("paid_at") WHERE status IN ('paid', 'partially_refunded', 'completed')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_orders_exported_paid_at"`);
  }
}
