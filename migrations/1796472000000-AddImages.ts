import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded images replace typed-in photo URLs. The URLs pointed at hosts Hirfa does not control
 * (which could track buyers) and cannot be fetched here, so they are dropped: a product needs an
 * uploaded, processed photo before its next review. products.images becomes the jsonb copy of its
 * image rows; cooperatives gain a logo and a cover.
 */
export class AddImages1796472000000 implements MigrationInterface {
  name = 'AddImages1796472000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "images"`);
    await queryRunner.query(`ALTER TABLE "products" ADD "images" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD "logo" jsonb`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD "cover" jsonb`);
    await queryRunner.query(`CREATE TABLE "images" ("id" uuid NOT NULL, "cooperative_id" uuid NOT NULL, "product_id" uuid, "role" character varying(10) NOT NULL, "position" integer NOT NULL DEFAULT '0', "status" character varying(12) NOT NULL DEFAULT 'processing', "source_key" character varying(200), "width" integer, "height" integer, "variants" jsonb NOT NULL DEFAULT '[]', "placeholder" text, "alt" jsonb NOT NULL DEFAULT '{}', "attempts" integer NOT NULL DEFAULT '0', "claimed_until" TIMESTAMP WITH TIME ZONE, "failure" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_images_owner" CHECK ((role = 'product') = (product_id IS NOT NULL)), CONSTRAINT "PK_1fe148074c6a1a91b63cb9ee3c9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_images_product" ON "images" ("product_id", "position") `);
    await queryRunner.query(`CREATE INDEX "ix_images_waiting" ON "images" ("created_at") WHERE status = 'processing'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_images_cooperative_role" ON "images" ("cooperative_id", "role") WHERE role <> 'product'`);
    await queryRunner.query(`ALTER TABLE "images" ADD CONSTRAINT "fk_images_cooperative" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "images" ADD CONSTRAINT "fk_images_product" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "images"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP COLUMN "cover"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP COLUMN "logo"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "images"`);
    await queryRunner.query(`ALTER TABLE "products" ADD "images" character varying(500) array NOT NULL DEFAULT '{}'`);
  }
}
