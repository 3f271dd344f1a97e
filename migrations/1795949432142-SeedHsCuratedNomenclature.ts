import { MigrationInterface, QueryRunner } from 'typeorm';
import { CURATED_LABELS } from '../src/hs-codes/data/hs-curated-labels.data';
import {
  CURATED_CHAPTERS,
  CURATED_HEADINGS,
  CURATED_SECTIONS,
  CURATED_SUBHEADINGS,
} from '../src/hs-codes/data/hs-curated-nomenclature.data';

/**
 * Loads the handicraft subset of HS 2022 with Hirfa's labels, so every database (including the test
 * template) can validate and suggest codes before anyone runs `hs:import`. Idempotent: existing rows
 * keep their descriptions (an import is the authority for those) and only get the labels.
 */
export class SeedHsCuratedNomenclature1795949432142 implements MigrationInterface {
  name = 'SeedHsCuratedNomenclature1795949432142';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const labels = (code: string): string | null => (CURATED_LABELS[code] ? JSON.stringify(CURATED_LABELS[code]) : null);
    await queryRunner.query(
      `INSERT INTO hs_sections (code, description)
       SELECT * FROM unnest($1::varchar[], $2::text[]) ON CONFLICT (code) DO NOTHING`,
      [CURATED_SECTIONS.map((s) => s.code), CURATED_SECTIONS.map((s) => s.description)],
    );
    await queryRunner.query(
      `INSERT INTO hs_chapters (code, description, section_code)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::varchar[]) ON CONFLICT (code) DO NOTHING`,
      [CURATED_CHAPTERS.map((c) => c.code), CURATED_CHAPTERS.map((c) => c.description), CURATED_CHAPTERS.map((c) => c.section)],
    );
    await queryRunner.query(
      `INSERT INTO hs_headings (code, description, chapter_code, labels)
       SELECT code, description, left(code, 2), labels::jsonb FROM unnest($1::varchar[], $2::text[], $3::text[]) AS t(code, description, labels)
       ON CONFLICT (code) DO UPDATE SET labels = EXCLUDED.labels`,
      [CURATED_HEADINGS.map((h) => h.code), CURATED_HEADINGS.map((h) => h.description), CURATED_HEADINGS.map((h) => labels(h.code))],
    );
    await queryRunner.query(
      `INSERT INTO hs_subheadings (code, description, heading_code, labels)
       SELECT code, description, left(code, 4), labels::jsonb FROM unnest($1::varchar[], $2::text[], $3::text[]) AS t(code, description, labels)
       ON CONFLICT (code) DO UPDATE SET labels = EXCLUDED.labels`,
      [CURATED_SUBHEADINGS.map((s) => s.code), CURATED_SUBHEADINGS.map((s) => s.description), CURATED_SUBHEADINGS.map((s) => labels(s.code))],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Rows an import may since have confirmed or extended cannot be told apart from seeded ones, so
    // reverting removes only what is Hirfa's own: the labels. The tables go with the previous migration.
    await queryRunner.query(`UPDATE hs_subheadings SET labels = NULL WHERE labels IS NOT NULL`);
    await queryRunner.query(`UPDATE hs_headings SET labels = NULL WHERE labels IS NOT NULL`);
  }
}
