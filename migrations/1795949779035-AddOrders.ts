import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOrders1795949779035 implements MigrationInterface {
  name = 'AddOrders1795949779035';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "order_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "cooperative_order_id" uuid NOT NULL, "product_id" uuid NOT NULL, "cooperative_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "hs_code" character varying(10) NOT NULL, "origin_country" character(2) NOT NULL DEFAULT 'MA', "branch" character varying(20) NOT NULL, "unit_weight_grams" integer NOT NULL, "quantity" integer NOT NULL, "unit_price_mad_minor" bigint NOT NULL, "unit_price_minor" bigint NOT NULL, "line_total_minor" bigint NOT NULL, "line_total_mad_minor" bigint NOT NULL, CONSTRAINT "PK_627dcd7f1d707de4df241b2da6b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_order_lines_product" ON "order_lines" ("product_id") `);
    await queryRunner.query(`CREATE INDEX "ix_order_lines_cooperative_order" ON "order_lines" ("cooperative_order_id") `);
    await queryRunner.query(`CREATE INDEX "ix_order_lines_order" ON "order_lines" ("order_id") `);
    await queryRunner.query(`CREATE TABLE "orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(20) NOT NULL, "buyer_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "currency" character(3) NOT NULL, "mad_per_unit" numeric(18,8) NOT NULL, "rate_as_of" date NOT NULL, "subtotal_minor" bigint NOT NULL, "shipping_minor" bigint NOT NULL, "insurance_minor" bigint NOT NULL DEFAULT '0', "total_minor" bigint NOT NULL, "total_mad_minor" bigint NOT NULL, "refunded_minor" bigint NOT NULL DEFAULT '0', "shipping_address" jsonb NOT NULL, "destination_country" character(2) NOT NULL, "incoterm" character varying(3) NOT NULL, "payment_method" character varying(16) NOT NULL, "insurance_quote_id" uuid, "idempotency_key" character varying(100), "request_hash" character(64), "payment_reference" character varying(100), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "paid_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_orders_number" ON "orders" ("number") `);
    await queryRunner.query(`CREATE INDEX "ix_orders_pending_expiry" ON "orders" ("expires_at") WHERE status = 'pending_payment'`);
    await queryRunner.query(`CREATE INDEX "ix_orders_buyer_created" ON "orders" ("buyer_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_orders_buyer_idempotency_key" ON "orders" ("buyer_id", "idempotency_key") `);
    await queryRunner.query(`CREATE TABLE "cooperative_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "cooperative_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "subtotal_minor" bigint NOT NULL, "shipping_minor" bigint NOT NULL, "subtotal_mad_minor" bigint NOT NULL, "shipping_mad_minor" bigint NOT NULL, "weight_grams" integer NOT NULL, "carrier" character varying(60), "tracking_number" character varying(60), "shipped_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c16041d40a11973f9d9136ab4cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_cooperative_orders_cooperative_created" ON "cooperative_orders" ("cooperative_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cooperative_orders_order_cooperative" ON "cooperative_orders" ("order_id", "cooperative_id") `);
    await queryRunner.query(`CREATE TABLE "shipping_rates" ("zone" character varying(20) NOT NULL, "max_weight_grams" integer NOT NULL, "price_mad_minor" bigint NOT NULL, "as_of" date NOT NULL, CONSTRAINT "PK_436f16e0a39fecdc3302be015e5" PRIMARY KEY ("zone", "max_weight_grams"))`);
    await queryRunner.query(`ALTER TABLE "order_lines" ADD CONSTRAINT "fk_order_lines_order" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "order_lines" ADD CONSTRAINT "fk_order_lines_cooperative_order" FOREIGN KEY ("cooperative_order_id") REFERENCES "cooperative_orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "order_lines" ADD CONSTRAINT "fk_order_lines_product" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "fk_orders_buyer" FOREIGN KEY ("buyer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cooperative_orders" ADD CONSTRAINT "fk_cooperative_orders_order" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cooperative_orders" ADD CONSTRAINT "fk_cooperative_orders_cooperative" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Human order numbers (HF-00000001); the sequence never hands out the same number twice.
    await queryRunner.query(`CREATE SEQUENCE order_number_seq`);
    // First content of the shipping table (MAD minor units per parcel, by zone and weight bracket);
    // admins edit the table afterwards. Indicative tracked-parcel prices from Morocco, 2026.
    await queryRunner.query(`INSERT INTO shipping_rates (zone, max_weight_grams, price_mad_minor, as_of) VALUES
       ('EU', 500, 12000, '2026-11-01'),
       ('EU', 1000, 18000, '2026-11-01'),
       ('EU', 2000, 26000, '2026-11-01'),
       ('EU', 5000, 42000, '2026-11-01'),
       ('EU', 10000, 69000, '2026-11-01'),
       ('EU', 20000, 115000, '2026-11-01'),
       ('EU', 30000, 155000, '2026-11-01'),
       ('EUROPE_OTHER', 500, 14000, '2026-11-01'),
       ('EUROPE_OTHER', 1000, 20500, '2026-11-01'),
       ('EUROPE_OTHER', 2000, 30000, '2026-11-01'),
       ('EUROPE_OTHER', 5000, 48000, '2026-11-01'),
       ('EUROPE_OTHER', 10000, 79000, '2026-11-01'),
       ('EUROPE_OTHER', 20000, 132000, '2026-11-01'),
       ('EUROPE_OTHER', 30000, 178000, '2026-11-01'),
       ('NORTH_AMERICA', 500, 19000, '2026-11-01'),
       ('NORTH_AMERICA', 1000, 28000, '2026-11-01'),
       ('NORTH_AMERICA', 2000, 42000, '2026-11-01'),
       ('NORTH_AMERICA', 5000, 72000, '2026-11-01'),
       ('NORTH_AMERICA', 10000, 120000, '2026-11-01'),
       ('NORTH_AMERICA', 20000, 205000, '2026-11-01'),
       ('NORTH_AMERICA', 30000, 280000, '2026-11-01'),
       ('MIDDLE_EAST', 500, 16000, '2026-11-01'),
       ('MIDDLE_EAST', 1000, 24000, '2026-11-01'),
       ('MIDDLE_EAST', 2000, 35000, '2026-11-01'),
       ('MIDDLE_EAST', 5000, 58000, '2026-11-01'),
       ('MIDDLE_EAST', 10000, 95000, '2026-11-01'),
       ('MIDDLE_EAST', 20000, 160000, '2026-11-01'),
       ('MIDDLE_EAST', 30000, 220000, '2026-11-01'),
       ('AFRICA', 500, 14000, '2026-11-01'),
       ('AFRICA', 1000, 21000, '2026-11-01'),
       ('AFRICA', 2000, 30000, '2026-11-01'),
       ('AFRICA', 5000, 50000, '2026-11-01'),
       ('AFRICA', 10000, 82000, '2026-11-01'),
       ('AFRICA', 20000, 140000, '2026-11-01'),
       ('AFRICA', 30000, 195000, '2026-11-01'),
       ('ASIA_PACIFIC', 500, 22000, '2026-11-01'),
       ('ASIA_PACIFIC', 1000, 33000, '2026-11-01'),
       ('ASIA_PACIFIC', 2000, 48000, '2026-11-01'),
       ('ASIA_PACIFIC', 5000, 82000, '2026-11-01'),
       ('ASIA_PACIFIC', 10000, 140000, '2026-11-01'),
       ('ASIA_PACIFIC', 20000, 240000, '2026-11-01'),
       ('ASIA_PACIFIC', 30000, 330000, '2026-11-01'),
       ('LATAM', 500, 23000, '2026-11-01'),
       ('LATAM', 1000, 34000, '2026-11-01'),
       ('LATAM', 2000, 50000, '2026-11-01'),
       ('LATAM', 5000, 85000, '2026-11-01'),
       ('LATAM', 10000, 145000, '2026-11-01'),
       ('LATAM', 20000, 250000, '2026-11-01'),
       ('LATAM', 30000, 340000, '2026-11-01')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE order_number_seq`);
    await queryRunner.query(`ALTER TABLE "cooperative_orders" DROP CONSTRAINT "fk_cooperative_orders_cooperative"`);
    await queryRunner.query(`ALTER TABLE "cooperative_orders" DROP CONSTRAINT "fk_cooperative_orders_order"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "fk_orders_buyer"`);
    await queryRunner.query(`ALTER TABLE "order_lines" DROP CONSTRAINT "fk_order_lines_product"`);
    await queryRunner.query(`ALTER TABLE "order_lines" DROP CONSTRAINT "fk_order_lines_cooperative_order"`);
    await queryRunner.query(`ALTER TABLE "order_lines" DROP CONSTRAINT "fk_order_lines_order"`);
    await queryRunner.query(`DROP TABLE "shipping_rates"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cooperative_orders_order_cooperative"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cooperative_orders_cooperative_created"`);
    await queryRunner.query(`DROP TABLE "cooperative_orders"`);
    await queryRunner.query(`DROP INDEX "public"."uq_orders_buyer_idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_orders_buyer_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_orders_pending_expiry"`);
    await queryRunner.query(`DROP INDEX "public"."uq_orders_number"`);
    await queryRunner.query(`DROP TABLE "orders"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_lines_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_lines_cooperative_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_lines_product"`);
    await queryRunner.query(`DROP TABLE "order_lines"`);
  }
}
