import { MigrationInterface, QueryRunner } from 'typeorm';

/** Email verification, session versions, message preferences, password-reset tokens and the mail outbox. */
export class AddAccountsAndOutbox1796473000000 implements MigrationInterface {
  name = 'AddAccountsAndOutbox1796473000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "users" ADD "notify_non_essential" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_password_reset_tokens_hash" ON "password_reset_tokens" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_password_reset_tokens_user_created" ON "password_reset_tokens" ("user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "fk_password_reset_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "recipient_id" uuid, "to_address" character varying(254) NOT NULL, "locale" character varying(2) NOT NULL, "subject" text NOT NULL, "html" text NOT NULL, "text" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT 0, "last_error" text, "lease_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_messages_created" ON "outbox_messages" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_outbox_messages_status_created" ON "outbox_messages" ("status", "created_at") `);
    // Accounts made before verification existed keep working as verified ones.
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_created"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "fk_password_reset_tokens_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_password_reset_tokens_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_password_reset_tokens_hash"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "notify_non_essential"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "session_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
