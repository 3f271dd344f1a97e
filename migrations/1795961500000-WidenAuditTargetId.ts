import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit entries name targets that are not rows with a uuid (an exchange rate is its currency code,
 * "EUR"). Init created target_id as uuid and has been applied to databases already, so the column
 * is widened here rather than in Init.
 */
export class WidenAuditTargetId1795961500000 implements MigrationInterface {
  name = 'WidenAuditTargetId1795961500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "target_id" TYPE character varying(64) USING "target_id"::text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "target_id" TYPE uuid USING "target_id"::uuid`);
  }
}
