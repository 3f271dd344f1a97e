import { JwtService } from '@nestjs/jwt';
import { withIceCheckDigits } from '../src/cooperatives/ice';
import { arg, baselineDir, benchDatabase, load, median, serverEnv, startApps, stopProcess, type LoadResult } from './support';

const SECRET = 'bench-secret-that-is-long-enough-0123456789';

/**
 * Order placement at N concurrent buyers: throughput and latency, then a contended run on a few
 * scarce products checking that nothing is oversold. Usage: npm run bench:orders -- [--duration 10] [--baseline DIR [--rounds 3]]
 */
async function main(): Promise<void> {
  const duration = arg('duration', 10);
  const connections = arg('connections', 50);
  const rounds = arg('rounds', 3);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const db = await benchDatabase('hirfa_bench_orders');
  const q = (sql: string, params?: unknown[]): Promise<{ [key: string]: unknown }[]> => db.dataSource.query(sql, params);

  const coops: string[] = [];
  for (let i = 0; i < 20; i++) {
    const [row] = await q(
      `INSERT INTO cooperatives (name, ice, region, city, branches, description, members_total, members_women, contact_email, status)
       VALUES ($1, $2, 'MA-07', 'Safi', '{pottery}', '{"en":"x"}', 10, 5, 'c@bench.example', 'approved') RETURNING id`,
      [`Coop ${i}`, withIceCheckDigits(String(2_000_000_000 + i).padStart(13, '0'))],
    );
    coops.push(row.id as string);
  }
  const insertProducts = async (count: number, stock: number): Promise<string[]> =>
    (
      await q(
        `INSERT INTO products (cooperative_id, title, description, branch, hs_code, hs_edition, price_minor, stock, weight_grams, materials, status, published_at)
         SELECT ($1::uuid[])[1 + g % 20], jsonb_build_object('en', 'Tagine ' || g), '{"en":"x"}', 'pottery', '691200', 2022, 10000 + g, $2, 1500,
                '{clay}', 'published', now()
           FROM generate_series(1, $3::int) g RETURNING id`,
        [coops, stock, count],
      )
    ).map((r) => r.id as string);
  const plenty = await insertProducts(2000, 10_000_000);
  const scarce = await insertProducts(10, 100);
  const buyers = (
    await q(
      `INSERT INTO users (email, password_hash, name, role) SELECT 'buyer' || g || '@bench.example', 'x', 'Buyer', 'buyer'
         FROM generate_series(1, 500) g RETURNING id, email`,
    )
  ).map((r) => r as { id: string; email: string });
  await q(`INSERT INTO exchange_rates (currency, mad_per_unit, as_of) VALUES ('EUR', '10.85', current_date)`);
  await q('ANALYZE');

  const jwt = new JwtService({ secret: SECRET });
  const tokens = buyers.map((b) => jwt.sign({ sub: b.id, email: b.email, role: 'buyer' }, { expiresIn: 3600 }));
  const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];
  const body = (pool: string[], lines: number): string =>
    JSON.stringify({
      items: Array.from({ length: lines }, () => ({ productId: pick(pool), quantity: 1 })),
      currency: 'EUR',
      shippingAddress: { name: 'Bench Buyer', line1: '1 Main St', city: 'Paris', postalCode: '75001', country: 'FR' },
      paymentMethod: 'card',
    });

  const apps = await startApps({
    ...serverEnv(db.url),
    JWT_SECRET: SECRET,
    // Each bench buyer places thousands of orders it never pays: measure placement, not the limits.
    MAX_UNPAID_ORDERS_PER_BUYER: '100000',
    MAX_UNPAID_UNITS_PER_PRODUCT: '10000000',
  });
  const run = (pool: string[], seconds: number, port = apps.app) =>
    load({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/orders',
          setupRequest: (request) => ({
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${pick(tokens)}` },
            body: body(pool, 1 + Math.floor(Math.random() * 3)),
          }),
        },
      ],
    });
  try {
    await run(plenty, 2);
    if (apps.baseline !== undefined) await run(plenty, 2, apps.baseline);
    // With a baseline the two take turns, `rounds` times each, and each reports its median round: on a
    // shared host one run of each says more about the minute it ran in than about the code.
    const spreads: LoadResult[] = [];
    const baselines: LoadResult[] = [];
    for (let round = 0; round < (apps.baseline === undefined ? 1 : rounds); round++) {
      if (apps.baseline !== undefined) baselines.push(await run(plenty, duration, apps.baseline));
      spreads.push(await run(plenty, duration));
    }
    const spread = median(spreads);
    const baseline = apps.baseline === undefined ? undefined : median(baselines);
    const contended = await run(scarce, Math.max(3, Math.floor(duration / 2)));
    const [check] = await q(
      `SELECT min(p.stock)::int AS min_stock,
              sum(100 - p.stock)::int AS taken,
              (SELECT coalesce(sum(l.quantity), 0)::int FROM order_lines l WHERE l.product_id = ANY($1::uuid[])) AS sold
         FROM products p WHERE p.id = ANY($1::uuid[])`,
      [scarce],
    );
    const [orders] = await q(`SELECT count(*)::int AS n FROM orders`);
    out(`\nOrder placement, ${connections} concurrent buyers, ${duration} s (1–3 lines per order, EUR, 2,000 products)`);
    if (baseline)
      out(
        `Median of ${rounds} alternating rounds: ${spreads.map((r) => r.rps.toFixed(0)).join(', ')} vs baseline ${baselines.map((r) => r.rps.toFixed(0)).join(', ')} orders/s`,
      );
    out('| run | orders/s | p50 ms | p99 ms | non-2xx | errors |');
    out('|---|---|---|---|---|---|');
    out(`| spread over 2,000 products | ${spread.rps.toFixed(0)} | ${spread.p50} | ${spread.p99} | ${spread.non2xx} | ${spread.errors} |`);
    if (baseline) {
      out(
        `| baseline (${baselineDir()}), spread | ${baseline.rps.toFixed(0)} | ${baseline.p50} | ${baseline.p99} | ${baseline.non2xx} | ${baseline.errors} |`,
      );
    }
    out(
      `| contended: 10 products × 100 units | ${contended.rps.toFixed(0)} | ${contended.p50} | ${contended.p99} | ${contended.non2xx} (OUT_OF_STOCK expected) | ${contended.errors} |`,
    );
    out(
      `Oversell check on the contended products: min stock ${check.min_stock}, units taken ${check.taken}, units in order lines ${check.sold} → ${check.taken === check.sold && Number(check.min_stock) >= 0 ? 'no oversell' : 'OVERSOLD'}`,
    );
    out(`Orders in the database: ${orders.n}`);
  } finally {
    for (const child of apps.children) await stopProcess(child);
    await db.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
