import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product title is at most 300 characters in each language, as order lines keep it: a longer one
 * could be published but never ordered. Titles already longer are cut to 300 characters.
 */
export class ProductTitleLength1795970000003 implements MigrationInterface {
  name = 'ProductTitleLength1795970000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "products" p
          SET "title" = (SELECT jsonb_object_agg(key, CASE WHEN jsonb_typeof(value) = 'string' THEN to_jsonb(left(value #>> '{}', 300)) ELSE value END)
                           FROM jsonb_each(p."title"))
        WHERE EXISTS (SELECT 1 FROM jsonb_each_text(p."title") t WHERE length(t.value) > 300)`,
    );
  }

  public async down(): Promise<void> {
    // The cut text is gone; the titles stay as they are.
  }
}
