import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddInsurance1795951210627 implements MigrationInterface {
  name = 'AddInsurance1795951210627';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "country_risks" ("iso2" character(2) NOT NULL, "risk_class" smallint, "as_of" date NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "PK_d5da0548b8948308612b5af7f87" PRIMARY KEY ("iso2"))`);
    await queryRunner.query(`CREATE TABLE "insurance_quotes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requester_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "destination_country" character(2) NOT NULL, "currency" character(3) NOT NULL, "mad_per_unit" numeric(18,8) NOT NULL, "goods_value_minor" bigint NOT NULL, "shipping_minor" bigint NOT NULL, "items" jsonb, "coverages" jsonb NOT NULL, "payment_term_days" integer, "incoterm" character varying(3) NOT NULL, "risk_class" smallint, "goods_class" character varying(16), "insured_value_minor" bigint NOT NULL, "premium_minor" bigint NOT NULL, "premium_mad_minor" bigint NOT NULL, "breakdown" jsonb NOT NULL, "rate_table_id" uuid NOT NULL, "rate_table_as_of" date NOT NULL, "country_risk_as_of" date, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "order_id" uuid, "policy_number" character varying(20), "bound_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42b5fcbf22f0dfb68505325152e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_insurance_quotes_order" ON "insurance_quotes" ("order_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_insurance_quotes_policy_number" ON "insurance_quotes" ("policy_number") `);
    await queryRunner.query(`CREATE INDEX "ix_insurance_quotes_requester" ON "insurance_quotes" ("requester_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "insurance_rate_tables" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "as_of" date NOT NULL, "data" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fdb36c3f1772a09add54412244b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_insurance_rate_tables_as_of" ON "insurance_rate_tables" ("as_of", "created_at") `);
    await queryRunner.query(`ALTER TABLE "insurance_quotes" ADD CONSTRAINT "fk_insurance_quotes_requester" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "insurance_quotes" ADD CONSTRAINT "fk_insurance_quotes_order" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "fk_orders_insurance_quote" FOREIGN KEY ("insurance_quote_id") REFERENCES "insurance_quotes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE SEQUENCE insurance_policy_number_seq`);
    // Seed data as of 30 Jan 2026 (OECD classification and the default tariff); admins keep them current.
    await queryRunner.query(
      `INSERT INTO "country_risks" ("iso2", "risk_class", "as_of")
       SELECT iso2, risk_class::smallint, DATE '2026-01-30' FROM (VALUES
        ('US', NULL), ('FR', NULL), ('ES', NULL), ('DE', NULL), ('GB', NULL), ('NL', NULL), ('BE', NULL), ('IT', NULL),
        ('CA', NULL), ('JP', NULL), ('AU', NULL), ('CH', NULL), ('SE', NULL),
        ('AE', 2), ('SA', 2), ('QA', 2), ('CN', 2), ('MA', 3), ('TR', 5), ('CI', 5), ('NG', 6), ('EG', 6), ('SN', 7)
       ) AS seed(iso2, risk_class)`,
    );
    await queryRunner.query(`INSERT INTO "insurance_rate_tables" ("as_of", "data") VALUES ($1, $2::jsonb)`, [
      '2026-01-30',
      JSON.stringify({
        asOf: '2026-01-30',
        goodsValueCeilingMadMinor: 100000000,
        transit: {
          insuredPctOfCif: 110,
          baseRateBps: { standard: 15, fragile: 80 },
          zoneLoadingBps: {
            EU: 0,
            EUROPE_OTHER: 5,
            NORTH_AMERICA: 10,
            MIDDLE_EAST: 10,
            AFRICA: 15,
            ASIA_PACIFIC: 15,
            LATAM: 20
          },
          minimumPremiumMadMinor: 40000
        },
        credit: {
          termBands: [
            {
              maxDays: 30,
              rateBps: { '0': 10, '1': 12, '2': 15, '3': 20, '4': 30, '5': 45, '6': 70, '7': null }
            },
            {
              maxDays: 60,
              rateBps: { '0': 15, '1': 18, '2': 22, '3': 28, '4': 40, '5': 60, '6': 90, '7': null }
            },
            {
              maxDays: 90,
              rateBps: { '0': 20, '1': 25, '2': 30, '3': 38, '4': 52, '5': 78, '6': 115, '7': null }
            },
            {
              maxDays: 120,
              rateBps: { '0': 25, '1': 30, '2': 37, '3': 47, '4': 65, '5': 95, '6': 135, '7': null }
            },
            {
              maxDays: 180,
              rateBps: { '0': 30, '1': 36, '2': 45, '3': 58, '4': 80, '5': 115, '6': 150, '7': null }
            }
          ],
          indemnityPct: 90
        },
        political: {
          rateBps: { '0': 2, '1': 3, '2': 5, '3': 8, '4': 12, '5': 20, '6': 35, '7': null },
          indemnityPct: 90
        }
      }),
    ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE insurance_policy_number_seq`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "fk_orders_insurance_quote"`);
    await queryRunner.query(`ALTER TABLE "insurance_quotes" DROP CONSTRAINT "fk_insurance_quotes_order"`);
    await queryRunner.query(`ALTER TABLE "insurance_quotes" DROP CONSTRAINT "fk_insurance_quotes_requester"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insurance_rate_tables_as_of"`);
    await queryRunner.query(`DROP TABLE "insurance_rate_tables"`);
    await queryRunner.query(`DROP INDEX "public"."ix_insurance_quotes_requester"`);
    await queryRunner.query(`DROP INDEX "public"."uq_insurance_quotes_policy_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_insurance_quotes_order"`);
    await queryRunner.query(`DROP TABLE "insurance_quotes"`);
    await queryRunner.query(`DROP TABLE "country_risks"`);
  }
}
