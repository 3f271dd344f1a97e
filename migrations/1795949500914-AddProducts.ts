import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProducts1795949500914 implements MigrationInterface {
  name = 'AddProducts1795949500914';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "exchange_rates" ("currency" character(3) NOT NULL, "mad_per_unit" numeric(18,8) NOT NULL, "as_of" date NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2badd7fe7d9fce6aa939a3f9d9c" PRIMARY KEY ("currency"))`);
    await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cooperative_id" uuid NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL, "branch" character varying(20) NOT NULL, "hs_code" character varying(10), "price_minor" integer NOT NULL, "currency" character(3) NOT NULL DEFAULT 'MAD', "stock" integer NOT NULL DEFAULT '0', "sku" character varying(64), "weight_grams" integer NOT NULL, "dimensions_cm" jsonb, "materials" character varying(60) array NOT NULL DEFAULT '{}', "images" character varying(500) array NOT NULL DEFAULT '{}', "made_by" character varying(120), "status" character varying(16) NOT NULL DEFAULT 'draft', "status_reason" text, "published_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "title_vector" tsvector, "search_text" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_products_price" CHECK (price_minor >= 0), CONSTRAINT "ck_products_stock" CHECK (stock >= 0), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_products_cooperative_sku" ON "products" ("cooperative_id", "sku") `);
    await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "fk_products_cooperative" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Search: accent- and diacritic-insensitive text, filled by a trigger so every writer agrees.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Lower case, Latin accents off, Arabic short vowels and tatweel off, alef/ya/ta marbuta variants folded.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION f_search_norm(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
        SELECT lower(public.unaccent('public.unaccent'::regdictionary,
          translate(regexp_replace($1, '[\\u064B-\\u065F\\u0670\\u0640]', '', 'g'), 'أإآٱىة', 'اااايه')))
      $fn$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION products_search_refresh() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', f_search_norm(coalesce(NEW.title->>'en', ''))), 'A') ||
          setweight(to_tsvector('french', f_search_norm(coalesce(NEW.title->>'fr', ''))), 'A') ||
          setweight(to_tsvector('arabic', f_search_norm(coalesce(NEW.title->>'ar', ''))), 'A') ||
          setweight(to_tsvector('simple', f_search_norm(concat_ws(' ', NEW.title->>'en', NEW.title->>'fr', NEW.title->>'ar'))), 'A') ||
          setweight(to_tsvector('english', f_search_norm(coalesce(NEW.description->>'en', ''))), 'B') ||
          setweight(to_tsvector('french', f_search_norm(coalesce(NEW.description->>'fr', ''))), 'B') ||
          setweight(to_tsvector('arabic', f_search_norm(coalesce(NEW.description->>'ar', ''))), 'B') ||
          setweight(to_tsvector('simple', f_search_norm(concat_ws(' ', array_to_string(NEW.materials, ' '), NEW.made_by))), 'C');
        NEW.title_vector :=
          to_tsvector('english', f_search_norm(coalesce(NEW.title->>'en', ''))) ||
          to_tsvector('french', f_search_norm(coalesce(NEW.title->>'fr', ''))) ||
          to_tsvector('arabic', f_search_norm(coalesce(NEW.title->>'ar', ''))) ||
          to_tsvector('simple', f_search_norm(concat_ws(' ', NEW.title->>'en', NEW.title->>'fr', NEW.title->>'ar')));
        NEW.search_text := f_search_norm(concat_ws(' ', NEW.title->>'en', NEW.title->>'fr', NEW.title->>'ar', array_to_string(NEW.materials, ' ')));
        RETURN NEW;
      END
      $fn$`);
    await queryRunner.query(`CREATE TRIGGER trg_products_search BEFORE INSERT OR UPDATE OF title, description, materials, made_by
      ON products FOR EACH ROW EXECUTE FUNCTION products_search_refresh()`);
    await queryRunner.query(`CREATE INDEX "ix_products_search_vector" ON "products" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "ix_products_title_vector" ON "products" USING gin ("title_vector")`);
    await queryRunner.query(`CREATE INDEX "ix_products_search_text" ON "products" USING gin ("search_text" gin_trgm_ops)`);
    // The catalog's keyset orders, over published rows only.
    await queryRunner.query(`CREATE INDEX "ix_products_catalog_newest" ON "products" ("published_at" DESC, "id" DESC) WHERE status = 'published'`);
    await queryRunner.query(`CREATE INDEX "ix_products_catalog_price" ON "products" ("price_minor", "id") WHERE status = 'published'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_products_search ON products`);
    await queryRunner.query(`DROP FUNCTION products_search_refresh()`);
    await queryRunner.query(`DROP FUNCTION f_search_norm(text)`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_catalog_price"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_catalog_newest"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_search_text"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_title_vector"`);
    await queryRunner.query(`DROP INDEX "public"."ix_products_search_vector"`);
    await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "fk_products_cooperative"`);
    await queryRunner.query(`DROP INDEX "public"."uq_products_cooperative_sku"`);
    await queryRunner.query(`DROP TABLE "products"`);
    await queryRunner.query(`DROP TABLE "exchange_rates"`);
  }
}
