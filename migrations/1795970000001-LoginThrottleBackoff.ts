import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling slows down instead of refusing for a whole window: each counter keeps when its
 * next attempt is allowed. Old counters (per account, any IP) no longer apply and are dropped.
 */
export class LoginThrottleBackoff1795970000001 implements MigrationInterface {
  name = 'LoginThrottleBackoff1795970000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "login_throttles" WHERE "key" LIKE 'account:%'`);
    await queryRunner.query(`ALTER TABLE "login_throttles" ADD "blocked_until" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "login_throttles" DROP COLUMN "blocked_until"`);
  }
}
