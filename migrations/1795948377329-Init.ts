import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795948377329 implements MigrationInterface {
  name = 'Init1795948377329';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "actor_role" character varying(16), "action" character varying(60) NOT NULL, "target_type" character varying(40) NOT NULL, "target_id" uuid NOT NULL, "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_created" ON "audit_log" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_target" ON "audit_log" ("target_type", "target_id") `);
    await queryRunner.query(`CREATE TABLE "login_throttles" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_366650e3560115bd25315ca53d0" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(200) NOT NULL, "name" character varying(120) NOT NULL, "role" character varying(16) NOT NULL, "country" character(2), "locale" character varying(2) NOT NULL DEFAULT 'en', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email") `);
    await queryRunner.query(`CREATE TABLE "cooperatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "ice" character(15) NOT NULL, "region" character varying(5) NOT NULL, "city" character varying(100) NOT NULL, "address" character varying(200), "branches" character varying(20) array NOT NULL, "description" jsonb NOT NULL, "founded_year" smallint, "members_total" integer NOT NULL, "members_women" integer NOT NULL, "members_youth" integer NOT NULL DEFAULT '0', "members_rural" integer NOT NULL DEFAULT '0', "contact_email" character varying(254) NOT NULL, "phone" character varying(32), "status" character varying(16) NOT NULL DEFAULT 'pending', "status_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cooperatives_members" CHECK (members_women <= members_total AND members_youth <= members_total AND members_rural <= members_total AND members_total > 0), CONSTRAINT "PK_52fc93ab8869e3f71c46601fe9b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cooperatives_ice" ON "cooperatives" ("ice") `);
    await queryRunner.query(`CREATE INDEX "ix_cooperatives_status_region" ON "cooperatives" ("status", "region") `);
    await queryRunner.query(`CREATE TABLE "cooperative_members" ("cooperative_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_895c2acbe208d0cd9e56847acbb" PRIMARY KEY ("cooperative_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_cooperative_members_user" ON "cooperative_members" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "cooperative_members" ADD CONSTRAINT "fk_cooperative_members_cooperative" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cooperative_members" ADD CONSTRAINT "fk_cooperative_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cooperative_members" DROP CONSTRAINT "fk_cooperative_members_user"`);
    await queryRunner.query(`ALTER TABLE "cooperative_members" DROP CONSTRAINT "fk_cooperative_members_cooperative"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cooperative_members_user"`);
    await queryRunner.query(`DROP TABLE "cooperative_members"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cooperatives_status_region"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cooperatives_ice"`);
    await queryRunner.query(`DROP TABLE "cooperatives"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "login_throttles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_actor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_created"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
