import { MigrationInterface, QueryRunner } from 'typeorm';

// Hamza and ta-marbuta variants fold to their base letter; short vowels, shadda, sukun and tatweel go.
const ARABIC_VARIANTS = 'أإآٱؤئىة';
const ARABIC_VARIANTS_TO = 'ااااوييه';
const ARABIC_MARKS = '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640';
// One ASCII character per Arabic letter (and Arabic-Indic digit), none shared between two letters;
// Arabic punctuation becomes a space, as a C-locale parser would otherwise glue it to the word.
const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءڭکڤ٠١٢٣٤٥٦٧٨٩،؛؟٪٫٬۔';
const ARABIC_LETTERS_TO = 'abtcj7xdvrzs496583gfqklmnhwy2gkf0123456789       ';

export class AddHsNomenclature1795949432141 implements MigrationInterface {
  name = 'AddHsNomenclature1795949432141';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted extensions (PostgreSQL 13+): a database owner may create them.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TABLE "hs_sections" ("code" character varying(5) NOT NULL, "description" text NOT NULL, CONSTRAINT "PK_8720dd4f8384c29e2e0a0234d5a" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "hs_chapters" ("code" character varying(2) NOT NULL, "description" text NOT NULL, "section_code" character varying(5) NOT NULL, CONSTRAINT "ck_hs_chapters_code" CHECK (code ~ '^[0-9]{2}$'), CONSTRAINT "PK_a5bffab7edc7c1ef435adea6e16" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "ix_hs_chapters_section" ON "hs_chapters" ("section_code") `);
    await queryRunner.query(`CREATE TABLE "hs_headings" ("code" character varying(4) NOT NULL, "description" text NOT NULL, "chapter_code" character varying(2) NOT NULL, "labels" jsonb, CONSTRAINT "ck_hs_headings_code" CHECK (code ~ '^[0-9]{4}$' AND left(code, 2) = chapter_code), CONSTRAINT "PK_3eed04fb43c99ea6fdfe72c85b1" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "ix_hs_headings_chapter" ON "hs_headings" ("chapter_code") `);
    await queryRunner.query(`CREATE TABLE "hs_subheadings" ("code" character varying(6) NOT NULL, "description" text NOT NULL, "heading_code" character varying(4) NOT NULL, "labels" jsonb, CONSTRAINT "ck_hs_subheadings_code" CHECK (code ~ '^[0-9]{6}$' AND left(code, 4) = heading_code), CONSTRAINT "PK_d5460e43276dfa4f83679a7c7de" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_heading" ON "hs_subheadings" ("heading_code") `);
    await queryRunner.query(`ALTER TABLE "hs_chapters" ADD CONSTRAINT "fk_hs_chapters_section" FOREIGN KEY ("section_code") REFERENCES "hs_sections"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hs_headings" ADD CONSTRAINT "fk_hs_headings_chapter" FOREIGN KEY ("chapter_code") REFERENCES "hs_chapters"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hs_subheadings" ADD CONSTRAINT "fk_hs_subheadings_heading" FOREIGN KEY ("heading_code") REFERENCES "hs_headings"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Folds text for search: accents off, lower case, Arabic diacritics and letter variants unified,
    // the Arabic article dropped, then Arabic letters spelled with ASCII letters and digits. The last
    // step keeps trigram and full-text matching of Arabic working whatever the cluster's LC_CTYPE
    // (under the C locale pg_trgm and the text-search parser see only ASCII letters).
    // Declared IMMUTABLE so indexes can use it; unaccent's dictionary is named explicitly for that.
    await queryRunner.query(`CREATE FUNCTION public.hs_fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$
        SELECT translate(
          regexp_replace(
            translate(lower(public.unaccent('public.unaccent'::regdictionary, input)),
                      '${ARABIC_VARIANTS}${ARABIC_MARKS}', '${ARABIC_VARIANTS_TO}'),
            '(^|[[:space:][:punct:]])(وال|بال|فال|كال|لل|ال)([^[:space:][:punct:]]{3,})', '\\1\\3', 'g'),
          '${ARABIC_LETTERS}', '${ARABIC_LETTERS_TO}')
      $$`);
    await queryRunner.query(`CREATE FUNCTION public.hs_search_text(description text, labels jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$
        SELECT public.hs_fold(description || ' ' || coalesce(labels->>'en', '') || ' ' || coalesce(labels->>'fr', '') || ' ' || coalesce(labels->>'ar', ''))
      $$`);
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_search_trgm" ON "hs_subheadings" USING gin (public.hs_search_text(description, labels) gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_search_fts" ON "hs_subheadings" USING gin (to_tsvector('english'::regconfig, public.hs_search_text(description, labels)))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The extensions stay: other schema objects may use them, and they hold no data.
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_search_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_search_trgm"`);
    await queryRunner.query(`DROP FUNCTION public.hs_search_text(text, jsonb)`);
    await queryRunner.query(`DROP FUNCTION public.hs_fold(text)`);
    await queryRunner.query(`ALTER TABLE "hs_subheadings" DROP CONSTRAINT "fk_hs_subheadings_heading"`);
    await queryRunner.query(`ALTER TABLE "hs_headings" DROP CONSTRAINT "fk_hs_headings_chapter"`);
    await queryRunner.query(`ALTER TABLE "hs_chapters" DROP CONSTRAINT "fk_hs_chapters_section"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_heading"`);
    await queryRunner.query(`DROP TABLE "hs_subheadings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_headings_chapter"`);
    await queryRunner.query(`DROP TABLE "hs_headings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_chapters_section"`);
    await queryRunner.query(`DROP TABLE "hs_chapters"`);
    await queryRunner.query(`DROP TABLE "hs_sections"`);
  }
}
