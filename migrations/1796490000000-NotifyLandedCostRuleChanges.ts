import { MigrationInterface, QueryRunner } from 'typeorm';

/** Instances cache landed-cost rule sets like exchange rates: any write notifies them all when it commits. */
export class NotifyLandedCostRuleChanges1796490000000 implements MigrationInterface {
  name = 'NotifyLandedCostRuleChanges1796490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TRIGGER trg_landed_cost_rule_sets_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "landed_cost_rule_sets"
      FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_landed_cost_rule_sets_changed ON "landed_cost_rule_sets"`);
  }
}
