import { MigrationInterface, QueryRunner } from 'typeorm';
import { CURATED_SUBHEADINGS } from '../src/hs-codes/data/hs-curated-nomenclature.data';
import { importHsNomenclatureWith, readTextFile } from '../src/hs-codes/hs-import';
import { SHIPPED_NOMENCLATURE } from '../src/hs-codes/hs-shipped-nomenclature';

/**
 * Loads the whole HS 2022 nomenclature shipped in data/hs (5,612 subheadings), so a fresh database
 * knows every code after the first start. Idempotent: the curated rows are the same official texts
 * and keep their labels. Runs under the migration lock, so several instances load it once.
 */
export class LoadHs2022Nomenclature1796471473700 implements MigrationInterface {
  name = 'LoadHs2022Nomenclature1796471473700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const csv = await readTextFile(SHIPPED_NOMENCLATURE.path);
    const summary = await importHsNomenclatureWith(queryRunner.manager, csv, { edition: SHIPPED_NOMENCLATURE.edition });
    if (summary.rejected.length > 0 || summary.rows !== 5612) {
      throw new Error(`${SHIPPED_NOMENCLATURE.path}: ${summary.rows} valid rows, ${summary.rejected.length} rejected; expected 5612 and none`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to the curated subset the earlier migration loaded; parents without children go too.
    const curated = CURATED_SUBHEADINGS.map((s) => s.code);
    await queryRunner.query(`DELETE FROM hs_correlations WHERE from_edition = 2022 OR to_edition = 2022`);
    await queryRunner.query(`DELETE FROM hs_subheadings WHERE edition = 2022 AND code <> ALL($1::varchar[])`, [curated]);
    await queryRunner.query(`DELETE FROM hs_headings h WHERE edition = 2022 AND NOT EXISTS (SELECT 1 FROM hs_subheadings s WHERE s.edition = 2022 AND s.heading_code = h.code)`);
    await queryRunner.query(`DELETE FROM hs_chapters c WHERE edition = 2022 AND NOT EXISTS (SELECT 1 FROM hs_headings h WHERE h.edition = 2022 AND h.chapter_code = c.code)`);
    await queryRunner.query(`DELETE FROM hs_sections s WHERE edition = 2022 AND NOT EXISTS (SELECT 1 FROM hs_chapters c WHERE c.edition = 2022 AND c.section_code = s.code)`);
  }
}
