import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each instance's HS suggester index is rebuilt when the nomenclature or its editions change, on any instance. */
export class NotifyHsNomenclatureChanges1796490000001 implements MigrationInterface {
  name = 'NotifyHsNomenclatureChanges1796490000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['hs_editions', 'hs_subheadings']) {
      await queryRunner.query(`CREATE TRIGGER trg_${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['hs_editions', 'hs_subheadings']) await queryRunner.query(`DROP TRIGGER trg_${table}_changed ON "${table}"`);
  }
}
