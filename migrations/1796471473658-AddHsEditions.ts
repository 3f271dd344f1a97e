import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = [
  { table: 'hs_sections', oldPk: 'PK_8720dd4f8384c29e2e0a0234d5a', newPk: 'PK_3e8c4fe27983fd61ae559166e6a' },
  { table: 'hs_chapters', oldPk: 'PK_a5bffab7edc7c1ef435adea6e16', newPk: 'PK_b7d46e752ca6aaee8b1e093f1c2' },
  { table: 'hs_headings', oldPk: 'PK_3eed04fb43c99ea6fdfe72c85b1', newPk: 'PK_b197d160a30f8d7cc3cb8415388' },
  { table: 'hs_subheadings', oldPk: 'PK_d5460e43276dfa4f83679a7c7de', newPk: 'PK_e97281e9f8ebc2edbfa7c452c71' },
];
// Child table, its parent-code column, the parent table, and the foreign key between them.
const PARENTS = [
  { table: 'hs_chapters', column: 'section_code', parent: 'hs_sections', fk: 'fk_hs_chapters_section' },
  { table: 'hs_headings', column: 'chapter_code', parent: 'hs_chapters', fk: 'fk_hs_headings_chapter' },
  { table: 'hs_subheadings', column: 'heading_code', parent: 'hs_headings', fk: 'fk_hs_subheadings_heading' },
];

/**
 * Makes the nomenclature edition-aware: every code belongs to an edition (the rows already there are
 * HS 2022's), correlation tables link the codes of two editions, products and order lines carry the
 * edition of their code, and a cooperative's pick for a product whose code changes is kept.
 */
export class AddHsEditions1796471473658 implements MigrationInterface {
  name = 'AddHsEditions1796471473658';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hs_editions" ("edition" smallint NOT NULL, "effective_from" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_hs_editions_edition" CHECK (edition BETWEEN 1988 AND 2200), CONSTRAINT "PK_61d98b052793309dd0e3ba6941f" PRIMARY KEY ("edition"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_hs_editions_effective_from" ON "hs_editions" ("effective_from") `);
    await queryRunner.query(`INSERT INTO hs_editions (edition, effective_from) VALUES (2022, '2022-01-01')`);

    for (const { table, fk } of PARENTS) await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${fk}"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_chapters_section"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_headings_chapter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_heading"`);
    for (const { table, oldPk, newPk } of LEVELS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "edition" smallint NOT NULL DEFAULT 2022`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "edition" DROP DEFAULT`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${oldPk}"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${newPk}" PRIMARY KEY ("code", "edition")`);
    }
    await queryRunner.query(`CREATE INDEX "ix_hs_chapters_section" ON "hs_chapters" ("edition", "section_code") `);
    await queryRunner.query(`CREATE INDEX "ix_hs_headings_chapter" ON "hs_headings" ("edition", "chapter_code") `);
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_heading" ON "hs_subheadings" ("edition", "heading_code") `);
    await queryRunner.query(`ALTER TABLE "hs_sections" ADD CONSTRAINT "fk_hs_sections_edition" FOREIGN KEY ("edition") REFERENCES "hs_editions"("edition") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const { table, column, parent, fk } of PARENTS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${fk}" FOREIGN KEY ("edition", "${column}") REFERENCES "${parent}"("edition","code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    await queryRunner.query(`CREATE TABLE "hs_correlations" ("from_edition" smallint NOT NULL, "from_code" character varying(6) NOT NULL, "to_edition" smallint NOT NULL, "to_code" character varying(6) NOT NULL, CONSTRAINT "PK_fc2faf823e2484ebe8dd06a49f3" PRIMARY KEY ("from_edition", "from_code", "to_edition", "to_code"))`);
    await queryRunner.query(`ALTER TABLE "hs_correlations" ADD CONSTRAINT "fk_hs_correlations_from" FOREIGN KEY ("from_edition", "from_code") REFERENCES "hs_subheadings"("edition","code") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hs_correlations" ADD CONSTRAINT "fk_hs_correlations_to" FOREIGN KEY ("to_edition", "to_code") REFERENCES "hs_subheadings"("edition","code") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`ALTER TABLE "products" ADD "hs_edition" smallint`);
    await queryRunner.query(`UPDATE products SET hs_edition = 2022 WHERE hs_code IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "ck_products_hs_edition" CHECK ((hs_code IS NULL) = (hs_edition IS NULL))`);
    await queryRunner.query(`ALTER TABLE "order_lines" ADD "hs_edition" smallint NOT NULL DEFAULT 2022`);
    await queryRunner.query(`ALTER TABLE "order_lines" ALTER COLUMN "hs_edition" DROP DEFAULT`);

    await queryRunner.query(`CREATE TABLE "product_hs_choices" ("product_id" uuid NOT NULL, "edition" smallint NOT NULL, "hs_code" character varying(10) NOT NULL, "chosen_by" uuid NOT NULL, "chosen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_product_hs_choices_code" CHECK (hs_code ~ '^[0-9]{6,10}$'), CONSTRAINT "PK_21f9207dfcd619892096f32fad1" PRIMARY KEY ("product_id", "edition"))`);
    await queryRunner.query(`ALTER TABLE "product_hs_choices" ADD CONSTRAINT "fk_product_hs_choices_product" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_hs_choices" ADD CONSTRAINT "fk_product_hs_choices_edition" FOREIGN KEY ("edition") REFERENCES "hs_editions"("edition") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_hs_choices" ADD CONSTRAINT "fk_product_hs_choices_user" FOREIGN KEY ("chosen_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "product_hs_choices"`);
    await queryRunner.query(`ALTER TABLE "order_lines" DROP COLUMN "hs_edition"`);
    await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "ck_products_hs_edition"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "hs_edition"`);
    await queryRunner.query(`DROP TABLE "hs_correlations"`);

    // Codes are unique again only within one edition: the later editions go.
    for (const { table } of [...LEVELS].reverse()) await queryRunner.query(`DELETE FROM "${table}" WHERE edition <> 2022`);
    for (const { table, fk } of PARENTS) await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${fk}"`);
    await queryRunner.query(`ALTER TABLE "hs_sections" DROP CONSTRAINT "fk_hs_sections_edition"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_heading"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_headings_chapter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_chapters_section"`);
    for (const { table, oldPk, newPk } of LEVELS) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${newPk}"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${oldPk}" PRIMARY KEY ("code")`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "edition"`);
    }
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_heading" ON "hs_subheadings" ("heading_code") `);
    await queryRunner.query(`CREATE INDEX "ix_hs_headings_chapter" ON "hs_headings" ("chapter_code") `);
    await queryRunner.query(`CREATE INDEX "ix_hs_chapters_section" ON "hs_chapters" ("section_code") `);
    for (const { table, column, parent, fk } of PARENTS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${fk}" FOREIGN KEY ("${column}") REFERENCES "${parent}"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }
    await queryRunner.query(`DROP INDEX "public"."uq_hs_editions_effective_from"`);
    await queryRunner.query(`DROP TABLE "hs_editions"`);
  }
}
