import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps each subheading's folded search text and its full-text vector in columns, filled by a
 * trigger, and indexes those. With the whole nomenclature loaded (and later editions beside it), the
 * expression indexes made every search fold each candidate row again to check and rank it.
 */
export class StoreHsSearchText1796471473800 implements MigrationInterface {
  name = 'StoreHsSearchText1796471473800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hs_subheadings" ADD "search_text" text`);
    await queryRunner.query(`ALTER TABLE "hs_subheadings" ADD "search_vector" tsvector`);
    await queryRunner.query(`CREATE FUNCTION public.hs_subheadings_search_fill() RETURNS trigger
      LANGUAGE plpgsql
      AS $$
        BEGIN
          NEW.search_text := public.hs_search_text(NEW.description, NEW.labels);
          NEW.search_vector := to_tsvector('english'::regconfig, NEW.search_text);
          RETURN NEW;
        END
      $$`);
    await queryRunner.query(`CREATE TRIGGER hs_subheadings_search_fill BEFORE INSERT OR UPDATE OF description, labels ON hs_subheadings
      FOR EACH ROW EXECUTE FUNCTION public.hs_subheadings_search_fill()`);
    await queryRunner.query(`UPDATE hs_subheadings SET search_text = public.hs_search_text(description, labels),
                                                   search_vector = to_tsvector('english'::regconfig, public.hs_search_text(description, labels))`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_search_fts"`);
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_search_trgm" ON "hs_subheadings" USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_search_fts" ON "hs_subheadings" USING gin (search_vector)`);
    await queryRunner.query(`ANALYZE hs_subheadings`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_search_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hs_subheadings_search_trgm"`);
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_search_trgm" ON "hs_subheadings" USING gin (public.hs_search_text(description, labels) gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_hs_subheadings_search_fts" ON "hs_subheadings" USING gin (to_tsvector('english'::regconfig, public.hs_search_text(description, labels)))`);
    await queryRunner.query(`DROP TRIGGER hs_subheadings_search_fill ON hs_subheadings`);
    await queryRunner.query(`DROP FUNCTION public.hs_subheadings_search_fill()`);
    await queryRunner.query(`ALTER TABLE "hs_subheadings" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "hs_subheadings" DROP COLUMN "search_text"`);
  }
}
