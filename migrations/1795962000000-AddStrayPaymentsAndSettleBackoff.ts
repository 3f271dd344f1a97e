import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments that reached no paid order (issue 15), and the background jobs' per-order backoff. Card
 * payments flagged on their order before this (`payment_flag`, with the amount in its reason) become
 * stray payments, so they are listed, and refunded automatically when due.
 */
export class AddStrayPaymentsAndSettleBackoff1795962000000 implements MigrationInterface {
  name = 'AddStrayPaymentsAndSettleBackoff1795962000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stray_payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "method" character varying(16) NOT NULL, "reference" character varying(255) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "cause" character varying(30) NOT NULL, "state" character varying(20) NOT NULL, "stripe_refund_id" character varying(255), "attempts" integer NOT NULL DEFAULT '0', "retry_after" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_223915c573d084f78681cc7ad2c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_stray_payments_order_reference" ON "stray_payments" ("order_id", "reference") `);
    await queryRunner.query(`CREATE INDEX "ix_stray_payments_state_created" ON "stray_payments" ("state", "created_at") `);
    await queryRunner.query(`ALTER TABLE "stray_payments" ADD CONSTRAINT "fk_stray_payments_order" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "settle_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "settle_after" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `INSERT INTO stray_payments (order_id, method, reference, amount_minor, currency, cause, state)
       SELECT id, 'card', coalesce(payment_intent_id, checkout_session_id),
              coalesce(substring(payment_flag_reason from '^(?:Payment of|Stripe charged) (\\d+) ')::bigint, total_minor),
              coalesce(substring(payment_flag_reason from '^(?:Payment of|Stripe charged) \\d+ ([A-Z]{3}) '), currency),
              CASE WHEN payment_flag = 'review' THEN 'amount_mismatch' WHEN status = 'cancelled' THEN 'paid_after_cancel'
                   WHEN status = 'expired' THEN 'paid_after_expiry' ELSE 'duplicate_payment' END,
              CASE WHEN payment_flag = 'review' THEN 'review' ELSE 'refund_due' END
         FROM orders
        WHERE payment_flag IN ('review', 'refund_due') AND coalesce(payment_intent_id, checkout_session_id) IS NOT NULL`,
    );
    await queryRunner.query(`UPDATE orders SET payment_flag = NULL WHERE payment_flag = 'refund_due'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE orders o SET payment_flag = 'refund_due' FROM stray_payments s WHERE s.order_id = o.id AND s.state = 'refund_due' AND o.payment_flag IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "settle_after"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "settle_attempts"`);
    await queryRunner.query(`ALTER TABLE "stray_payments" DROP CONSTRAINT "fk_stray_payments_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stray_payments_state_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_stray_payments_order_reference"`);
    await queryRunner.query(`DROP TABLE "stray_payments"`);
  }
}
