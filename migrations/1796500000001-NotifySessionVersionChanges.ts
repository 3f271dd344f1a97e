import { MigrationInterface, QueryRunner } from 'typeorm';

/** Instances cache each user's session version: raising one (a reset, a new password) or deleting a user notifies them all. */
export class NotifySessionVersionChanges1796500000001 implements MigrationInterface {
  name = 'NotifySessionVersionChanges1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TRIGGER trg_users_session_changed AFTER UPDATE OF session_version OR DELETE OR TRUNCATE ON "users"
      FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_users_session_changed ON "users"`);
  }
}
