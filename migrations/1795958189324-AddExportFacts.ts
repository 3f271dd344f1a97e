import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The export report's facts and day totals, kept up to date by refresh_export_facts (called when an
 * order is paid or refunded) and filled here for the orders already exported. The valuation is the
 * report's: each line in MAD at its order's fixed rate, net of its pro-rata part of the order's
 * refunds, rounded once per line. Changing it means a new migration that replaces the function and
 * calls rebuild_export_facts().
 */
export class AddExportFacts1795958189324 implements MigrationInterface {
  name = 'AddExportFacts1795958189324';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_orders_exported_paid_at"`);
    await queryRunner.query(`CREATE TABLE "export_facts" ("order_id" uuid NOT NULL, "dimension" character varying(16) NOT NULL, "key" character varying(40) NOT NULL, "paid_at" TIMESTAMP WITH TIME ZONE NOT NULL, "value_mad" bigint NOT NULL, CONSTRAINT "ck_export_facts_dimension" CHECK (dimension IN ('country', 'branch', 'hsChapter', 'region', 'cooperative')), CONSTRAINT "pk_export_facts" PRIMARY KEY ("order_id", "dimension", "key"))`);
    await queryRunner.query(`CREATE TABLE "export_day_totals" ("dimension" character varying(16) NOT NULL, "day" date NOT NULL, "key" character varying(40) NOT NULL, "shard" smallint NOT NULL, "value_mad" bigint NOT NULL, "orders" integer NOT NULL, CONSTRAINT "ck_export_day_totals_shard" CHECK (shard BETWEEN 0 AND 7), CONSTRAINT "ck_export_day_totals_dimension" CHECK (dimension IN ('country', 'branch', 'hsChapter', 'region', 'cooperative')), CONSTRAINT "pk_export_day_totals" PRIMARY KEY ("dimension", "day", "key", "shard"))`);
    await queryRunner.query(`ALTER TABLE "export_facts" ADD CONSTRAINT "fk_export_facts_order" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // A year is tens of thousands of day totals, summed in a few milliseconds by one process; parallel
    // workers would take longer to start than the whole sum.
    await queryRunner.query(`ALTER TABLE "export_day_totals" SET (parallel_workers = 0)`);
    // MAD minor units per minor unit of a currency at a rate of 1: 10^(2 - ISO exponent), for the
    // currencies of src/common/money/currencies.ts (a test holds the two together).
    await queryRunner.query(`CREATE FUNCTION currency_mad_minor_factor(currency text) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN currency IN ('JPY', 'KRW', 'CLP', 'XOF', 'XAF') THEN 100::numeric
                  WHEN currency IN ('KWD', 'BHD', 'OMR', 'JOD', 'TND') THEN 0.1::numeric
                  ELSE 1::numeric END
    $$`);
    // Rewrites the facts of some orders as they now stand and moves the difference into the day
    // totals. The orders are locked first, in id order like every other path, so a refresh never
    // interleaves with a payment or refund of the same order; day totals are upserted in key order,
    // so two refreshes never wait on each other in a cycle.
    await queryRunner.query(`CREATE FUNCTION refresh_export_facts(order_ids uuid[]) RETURNS void LANGUAGE sql AS $$
      SELECT count(*) FROM (SELECT id FROM orders WHERE id = ANY(order_ids) ORDER BY id FOR NO KEY UPDATE) locked;
      WITH old AS (
        DELETE FROM export_facts WHERE order_id = ANY(order_ids) RETURNING order_id, dimension, key, paid_at, value_mad
      )
      INSERT INTO export_day_totals AS t (dimension, day, key, shard, value_mad, orders)
      SELECT dimension, (paid_at AT TIME ZONE 'UTC')::date, key, get_byte(uuid_send(order_id), 15) % 8, -sum(value_mad), -count(*)::int
        FROM old GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (dimension, day, key, shard) DO UPDATE SET value_mad = t.value_mad + excluded.value_mad, orders = t.orders + excluded.orders;
      WITH o AS (
        SELECT id, paid_at, destination_country, total_minor, refunded_minor, mad_per_unit * currency_mad_minor_factor(currency) AS mad_factor
          FROM orders
         WHERE id = ANY(order_ids) AND status IN ('paid', 'partially_refunded', 'completed') AND total_minor > 0 AND paid_at IS NOT NULL
      ), line AS (
        SELECT o.id AS order_id, o.paid_at, o.destination_country, l.branch, left(l.hs_code, 2) AS hs_chapter, c.region, l.cooperative_id::text AS cooperative,
               round(CASE WHEN o.refunded_minor = 0 THEN l.line_total_minor * o.mad_factor
                          ELSE l.line_total_minor * (o.total_minor - o.refunded_minor) * o.mad_factor / o.total_minor END)::bigint AS mad
          FROM o
          JOIN order_lines l ON l.order_id = o.id
          JOIN cooperatives c ON c.id = l.cooperative_id
      ), new AS (
        INSERT INTO export_facts (order_id, dimension, key, paid_at, value_mad)
        SELECT line.order_id, d.dimension, d.key, line.paid_at, sum(line.mad)
          FROM line
         CROSS JOIN LATERAL (VALUES ('country', line.destination_country), ('branch', line.branch), ('hsChapter', line.hs_chapter),
                                    ('region', line.region), ('cooperative', line.cooperative)) AS d(dimension, key)
         GROUP BY line.order_id, d.dimension, d.key, line.paid_at
        RETURNING order_id, dimension, key, paid_at, value_mad
      )
      INSERT INTO export_day_totals AS t (dimension, day, key, shard, value_mad, orders)
      SELECT dimension, (paid_at AT TIME ZONE 'UTC')::date, key, get_byte(uuid_send(order_id), 15) % 8, sum(value_mad), count(*)::int
        FROM new GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (dimension, day, key, shard) DO UPDATE SET value_mad = t.value_mad + excluded.value_mad, orders = t.orders + excluded.orders;
    $$`);
    // Recomputes facts and totals from the orders, for a new valuation or after repairs by hand.
    // Order writes wait meanwhile (SHARE lock), so nothing paid during the rebuild is missed.
    await queryRunner.query(`CREATE FUNCTION rebuild_export_facts() RETURNS void LANGUAGE sql AS $$
      LOCK TABLE orders IN SHARE MODE;
      DELETE FROM export_day_totals;
      DELETE FROM export_facts;
      SELECT refresh_export_facts(array_agg(id)) FROM orders WHERE status IN ('paid', 'partially_refunded', 'completed');
    $$`);
    await queryRunner.query(`SELECT rebuild_export_facts()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION rebuild_export_facts()`);
    await queryRunner.query(`DROP FUNCTION refresh_export_facts(uuid[])`);
    await queryRunner.query(`DROP FUNCTION currency_mad_minor_factor(text)`);
    await queryRunner.query(`ALTER TABLE "export_facts" DROP CONSTRAINT "fk_export_facts_order"`);
    await queryRunner.query(`DROP TABLE "export_day_totals"`);
    await queryRunner.query(`DROP TABLE "export_facts"`);
    await queryRunner.query(`CREATE INDEX "ix_orders_exported_paid_at" ON "orders" ("paid_at") WHERE ((status)::text = ANY ((ARRAY['paid'::character varying, 'partially_refunded'::character varying, 'completed'::character varying])::text[]))`);
  }
}
