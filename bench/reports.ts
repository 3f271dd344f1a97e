import { randomUUID } from 'node:crypto';
import { withIceCheckDigits } from '../src/cooperatives/ice';
import type { AuditService } from '../src/audit/audit.service';
import { ChangeFeed } from '../src/common/cache/change-feed.service';
import { Transactions } from '../src/common/database/transactions';
import { ExchangeRateRepository } from '../src/exchange-rates/exchange-rate.repository';
import { ExchangeRatesService } from '../src/exchange-rates/exchange-rates.service';
import { OrderRepository, type NewOrder, type NewOrderLine } from '../src/orders/order.repository';
import type { OrderStatus } from '../src/orders/order-state';
import type { Product } from '../src/products/product';
import { EXPORT_GROUPINGS, type ExportGrouping } from '../src/reports/dto/export-report.query';
import { ExportFactRepository, exportReportQuery, refreshExportFacts } from '../src/reports/export-fact.repository';
import { ExportReportService } from '../src/reports/export-report.service';
import { percentile } from '../test/support/hs-suggest-evaluation';
import { arg, benchDatabase } from './support';

const COUNTRIES = ['US', 'US', 'US', 'US', 'FR', 'FR', 'ES', 'DE', 'GB', 'IT', 'NL', 'BE', 'CA', 'AE', 'SA', 'JP', 'CH', 'SE', 'AU', 'QA'];
const PRODUCT_KINDS = [
  ['pottery', '691200'],
  ['carpets', '570110'],
  ['stone', '680291'],
  ['zellige', '690730'],
  ['leather', '420221'],
  ['wood', '442090'],
  ['metal', '940550'],
  ['textiles', '630499'],
  ['cosmetics', '151590'],
  ['basketry', '460219'],
];

const CURRENCIES: [string, string][] = [
  ['MAD', '1'],
  ['EUR', '10.85'],
  ['USD', '10.02'],
  ['GBP', '12.61'],
];
const SHIPPING_MINOR = 2000;
const BATCH = 5000;
const DAY_S = 86_400;

type BenchProduct = Pick<Product, 'id' | 'cooperativeId' | 'branch' | 'hsCode' | 'priceMinor' | 'weightGrams'> & { title: string };

/**
 * Order g of the bench year: one cooperative's part with 1–3 lines; one in 50 refunded, one in 20
 * partly, one in 3 completed; currency, destination and payment second spread over the year.
 */
function benchOrder(g: number, perYear: number, buyerId: string, coops: string[], products: ReadonlyMap<number, BenchProduct>): NewOrder {
  const status: OrderStatus = g % 50 === 0 ? 'refunded' : g % 20 === 0 ? 'partially_refunded' : g % 3 === 0 ? 'completed' : 'paid';
  const [currency, madPerUnit] = CURRENCIES[g % 4]!;
  const rate = Number(madPerUnit);
  const country = COUNTRIES[(g * 13) % 20]!;
  const paidAt = new Date(Date.UTC(g <= perYear ? 2026 : 2025, 0, 1) + ((g * 104729) % (365 * DAY_S)) * 1000);
  const id = randomUUID();
  const partId = randomUUID();
  const lines = Array.from({ length: 1 + (g % 3) }, (_, i): NewOrderLine => {
    const p = products.get((g % 50) + 50 * ((g + i) % 10))!;
    const quantity = 1 + ((g + i) % 2);
    const unitPriceMinor = Math.round(p.priceMinor / rate);
    return {
      id: randomUUID(),
      cooperativeOrderId: partId,
      productId: p.id,
      cooperativeId: p.cooperativeId,
      title: p.title,
      hsCode: p.hsCode!,
      hsEdition: 2022,
      originCountry: 'MA',
      branch: p.branch,
      unitWeightGrams: p.weightGrams,
      quantity,
      unitPriceMadMinor: p.priceMinor,
      unitPriceMinor,
      lineTotalMinor: quantity * unitPriceMinor,
      lineTotalMadMinor: quantity * p.priceMinor,
    };
  });
  const subtotalMinor = lines.reduce((a, l) => a + l.lineTotalMinor, 0);
  const totalMinor = subtotalMinor + SHIPPING_MINOR;
  return {
    id,
    number: `HB-${g}`,
    buyerId,
    status,
    currency,
    madPerUnit,
    rateAsOf: '2026-01-01',
    subtotalMinor,
    shippingMinor: SHIPPING_MINOR,
    insuranceMinor: 0,
    landedCostMinor: 0,
    totalMinor,
    totalMadMinor: lines.reduce((a, l) => a + l.lineTotalMadMinor, 0) + Math.round(SHIPPING_MINOR * rate),
    refundedMinor: status === 'refunded' ? totalMinor : status === 'partially_refunded' ? Math.floor(totalMinor / 4) : 0,
    shippingAddress: { name: 'B', line1: '1 St', city: 'X', postalCode: '1', country },
    destinationCountry: country,
    incoterm: 'DAP',
    paymentMethod: 'card',
    expiresAt: new Date(),
    paidAt,
    cooperativeOrders: [
      {
        id: partId,
        cooperativeId: coops[g % 50]!,
        status: status === 'refunded' ? 'refunded' : 'paid',
        subtotalMinor: 0,
        shippingMinor: 0,
        subtotalMadMinor: 0,
        shippingMadMinor: 0,
        weightGrams: 0,
      },
    ],
    lines,
  };
}

/**
 * Export report latency on a year of data: N paid orders (1–3 lines each) in 2026 and as many in
 * 2025 for the growth column, written in batches by the order writer, then each grouping run repeatedly through
 * the report service (SQL and assembly, no HTTP). Usage: npm run bench:reports -- [--orders 100000] [--runs 30] [--explain]
 */
async function main(): Promise<void> {
  const orders = arg('orders', 100_000);
  const runs = arg('runs', 30);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const db = await benchDatabase('hirfa_bench_reports');
  const q = (sql: string, params?: unknown[]): Promise<{ [key: string]: unknown }[]> => db.dataSource.query(sql, params);
  try {
    const started = Date.now();
    const coops = (
      await q(
        `INSERT INTO cooperatives (name, ice, region, city, branches, description, members_total, members_women, members_youth, members_rural, contact_email, status)
         SELECT 'Coop ' || g, ice, 'MA-' || lpad((1 + g % 12)::text, 2, '0'), 'City', '{pottery}', '{"en":"x"}', 20, g % 21, g % 7, g % 15, 'c@bench.example', 'approved'
           FROM unnest($1::text[]) WITH ORDINALITY AS t(ice, g) RETURNING id`,
        [Array.from({ length: 50 }, (_, i) => withIceCheckDigits(String(3_000_000_000 + i).padStart(13, '0')))],
      )
    ).map((r) => r.id as string);
    // Product j belongs to cooperative j % 50, so an order from one cooperative picks j = c + 50k.
    const products = (await q(
      `INSERT INTO products (cooperative_id, title, description, branch, hs_code, hs_edition, price_minor, stock, weight_grams, status,
                             published_at)
       SELECT ($1::uuid[])[1 + g % 50], jsonb_build_object('en', 'Item ' || g), '{"en":"x"}', ($2::text[])[1 + (g / 50) % 10], ($3::text[])[1 + (g / 50) % 10], 2022,
              20000 + (g * 7919) % 300000, 1000, 1500, 'published', now()
         FROM generate_series(0, 499) g
       RETURNING id, cooperative_id AS "cooperativeId", title->>'en' AS title, branch, hs_code AS "hsCode", price_minor AS "priceMinor", weight_grams AS "weightGrams"`,
      [coops, PRODUCT_KINDS.map(([b]) => b), PRODUCT_KINDS.map(([, hs]) => hs)],
    )) as BenchProduct[];
    const byIndex = new Map(products.map((p) => [Number(p.title.slice('Item '.length)), p]));
    const [buyer] = await q(
      `INSERT INTO users (email, password_hash, name, role) VALUES ('bench@buyer.example', 'x', 'Buyer', 'buyer') RETURNING id`,
    );

    // Orders g = 1..2N through the order writer, in batches: the first N paid in 2026, the rest in 2025.
    const repository = new OrderRepository(db.dataSource);
    for (let first = 1; first <= 2 * orders; first += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, 2 * orders - first + 1) }, (_, i) =>
        benchOrder(first + i, orders, buyer!.id as string, coops, byIndex),
      );
      await db.dataSource.transaction((tx) => repository.insert(tx, batch));
    }
    await q(`SELECT rebuild_export_facts()`);
    await q('ANALYZE');
    const [counts] = await q(
      `SELECT (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM order_lines)::int AS lines, (SELECT count(*) FROM export_facts)::int AS facts`,
    );
    out(
      `Seeded ${counts!.orders} orders (${orders} in 2026, ${orders} in 2025) with ${counts!.lines} lines and ${counts!.facts} export facts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const rates = new ExchangeRatesService(
      new Transactions(db.dataSource),
      new ExchangeRateRepository(db.dataSource),
      undefined as unknown as AuditService,
      new ChangeFeed(db.dataSource),
    );
    await q(`INSERT INTO exchange_rates (currency, mad_per_unit, as_of) VALUES ('EUR', '10.85', '2026-01-01')`);
    const service = new ExportReportService(new ExportFactRepository(db.dataSource), rates);
    const time = async (groupBy: ExportGrouping, from: string, to: string, currency = 'MAD'): Promise<string> => {
      for (let i = 0; i < 3; i++) await service.report({ groupBy, from, to, currency });
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        rows = (await service.report({ groupBy, from, to, currency })).rows.length;
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      return `| ${groupBy} | ${from} → ${to} | ${currency} | ${rows} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 99).toFixed(1)} |`;
    };
    out(`\nExport report, ${runs} runs each after 3 warm-ups, in-process (service SQL + assembly)`);
    out('| groupBy | period | currency | rows | p50 ms | p99 ms |');
    out('|---|---|---|---|---|---|');
    for (const groupBy of EXPORT_GROUPINGS) out(await time(groupBy, '2026-01-01', '2026-12-31'));
    out(await time('country', '2026-01-01', '2026-12-31', 'EUR'));
    out(await time('country', '2026-03-01', '2026-03-31'));
    out(await time('branch', '2026-06-01', '2026-06-07'));

    // What keeping the totals costs a payment or refund: one order's refresh in its own transaction,
    // one at a time, then from 4 connections at once on the most recent (hottest) days.
    const ids = (await q(`SELECT id FROM orders WHERE status = 'paid' ORDER BY paid_at DESC LIMIT 2000`)).map((r) => r.id as string);
    const refresh = async (id: string): Promise<number> => {
      const t0 = process.hrtime.bigint();
      await db.dataSource.transaction((manager) => refreshExportFacts(manager, [id]));
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const sequential: number[] = [];
    for (const id of ids.slice(0, 1000)) sequential.push(await refresh(id));
    const queue = ids.slice(1000);
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let id = queue.pop(); id; id = queue.pop()) await refresh(id);
      }),
    );
    const [check] = await q(`SELECT (SELECT sum(value_mad) FROM export_day_totals) = (SELECT sum(value_mad) FROM export_facts) AS agree`);
    out(
      `\nRefresh of one order's facts and day totals (in its own transaction): p50 ${percentile(sequential, 50).toFixed(2)} ms, p99 ${percentile(sequential, 99).toFixed(2)} ms;`,
    );
    out(`4 connections: ${Math.round(1000 / ((Date.now() - t0) / 1000))} refreshes/s; day totals agree with the facts: ${check!.agree}`);
    if (process.argv.includes('--explain')) {
      const { sql, params } = exportReportQuery('branch', '2026-01-01', '2026-12-31');
      const plan: { 'QUERY PLAN': string }[] = (await q(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)) as { 'QUERY PLAN': string }[];
      out(`\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  } finally {
    await db.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
