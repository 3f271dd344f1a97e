import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPayments1795950557556 implements MigrationInterface {
  name = 'AddPayments1795950557556';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "refunds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "stripe_refund_id" character varying(255) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5106efb01eeda7e49a78b869738" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refunds_stripe_refund" ON "refunds" ("stripe_refund_id") `);
    await queryRunner.query(`CREATE INDEX "ix_refunds_order" ON "refunds" ("order_id") `);
    await queryRunner.query(`CREATE TABLE "stripe_events" ("id" character varying(255) NOT NULL, "type" character varying(100) NOT NULL, "order_id" uuid, "outcome" character varying(60) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3247bd5fc3f66b6982bbcdd897" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "ledger_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cooperative_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "amount_mad_minor" bigint NOT NULL, "order_id" uuid, "cooperative_order_id" uuid, "refund_id" uuid, "reference" character varying(200), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_ledger_entries_refund" ON "ledger_entries" ("refund_id", "cooperative_id") WHERE refund_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_ledger_entries_sale" ON "ledger_entries" ("cooperative_order_id", "kind") WHERE kind IN ('sale', 'shipping', 'commission')`);
    await queryRunner.query(`CREATE INDEX "ix_ledger_entries_cooperative" ON "ledger_entries" ("cooperative_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "checkout_session_id" character varying(255)`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "payment_intent_id" character varying(255)`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "payment_flag" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "payment_flag_reason" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_orders_checkout_session" ON "orders" ("checkout_session_id") `);
    await queryRunner.query(`CREATE INDEX "ix_orders_payment_intent" ON "orders" ("payment_intent_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_orders_payment_intent"`);
    await queryRunner.query(`DROP INDEX "public"."uq_orders_checkout_session"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "payment_flag_reason"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "payment_flag"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "payment_intent_id"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "checkout_session_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_ledger_entries_cooperative"`);
    await queryRunner.query(`DROP INDEX "public"."uq_ledger_entries_sale"`);
    await queryRunner.query(`DROP INDEX "public"."uq_ledger_entries_refund"`);
    await queryRunner.query(`DROP TABLE "ledger_entries"`);
    await queryRunner.query(`DROP TABLE "stripe_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refunds_order"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refunds_stripe_refund"`);
    await queryRunner.query(`DROP TABLE "refunds"`);
  }
}
