import { MigrationInterface, QueryRunner } from 'typeorm';

/** A stray bank transfer sent back by hand keeps the bank reference of that refund. */
export class StrayPaymentRefundReference1796600000000 implements MigrationInterface {
  name = 'StrayPaymentRefundReference1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stray_payments" ADD "refund_reference" character varying(255)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stray_payments" DROP COLUMN "refund_reference"`);
  }
}
