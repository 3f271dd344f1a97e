import { MigrationInterface, QueryRunner } from 'typeorm';

/** A version per product, bumped by every edit and stock movement, for guarded stock edits. */
export class AddProductVersion1795970000002 implements MigrationInterface {
  name = 'AddProductVersion1795970000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "products" ADD "version" integer NOT NULL DEFAULT 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "version"`);
  }
}
