import { arg, benchDatabase, freePort, load, LoadResult, ROOT, startProcess, stopProcess } from './support';
import { SEARCH_QUERIES, seedCatalog } from './seed-catalog';
import { join } from 'node:path';

/**
 * Catalog throughput: the app (as `npm start` runs it) against a bare node:http + pg server running
 * the same SQL on the same data, in the same run. Usage: npm run bench:catalog -- [--products 100000]
 * [--duration 10] [--connections 50]
 */
async function main(): Promise<void> {
  const products = arg('products', 100_000);
  const duration = arg('duration', 10);
  const connections = arg('connections', 50);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);

  out(`Seeding ${products} products…`);
  const db = await benchDatabase('hirfa_bench_catalog');
  const started = Date.now();
  await seedCatalog(db.dataSource, products);
  out(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const ids: string[] = (await db.dataSource.query(`SELECT id FROM products WHERE status = 'published' ORDER BY random() LIMIT 1000`)).map(
    (r: { id: string }) => r.id,
  );

  const env = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '20', NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789', ORDER_EXPIRY_INTERVAL_SECONDS: '0' };
  const appPort = await freePort();
  const barePort = await freePort();
  const app = await startProcess(join(ROOT, 'dist/src/main.js'), { ...env, PORT: String(appPort) }, `http://127.0.0.1:${appPort}/health`);
  const bare = await startProcess(join(ROOT, 'bench/bare-catalog-server.js'), { ...env, PORT: String(barePort) }, `http://127.0.0.1:${barePort}/health`);

  const scenarios: { name: string; path: () => string }[] = [
    { name: 'list (newest, 20)', path: () => '/api/v1/products?limit=20' },
    { name: 'search (10 queries, ar/fr/en, typos)', path: () => `/api/v1/products?limit=20&q=${encodeURIComponent(SEARCH_QUERIES[Math.floor(Math.random() * SEARCH_QUERIES.length)])}` },
    { name: 'product page', path: () => `/api/v1/products/${ids[Math.floor(Math.random() * ids.length)]}` },
  ];
  const rows: string[] = [];
  try {
    for (const scenario of scenarios) {
      const run = (port: number): Promise<LoadResult> =>
        load({
          url: `http://127.0.0.1:${port}`,
          connections,
          duration,
          requests: [{ setupRequest: (request) => ({ ...request, path: scenario.path() }) }],
        });
      await load({ url: `http://127.0.0.1:${appPort}${scenario.path()}`, connections, duration: 2 });
      const appResult = await run(appPort);
      await load({ url: `http://127.0.0.1:${barePort}${scenario.path()}`, connections, duration: 2 });
      const bareResult = await run(barePort);
      rows.push(
        `| ${scenario.name} | ${bareResult.rps.toFixed(0)} | ${appResult.rps.toFixed(0)} | ${(appResult.rps / bareResult.rps).toFixed(2)} | ${appResult.p50} / ${appResult.p99} | ${bareResult.p50} / ${bareResult.p99} | ${appResult.errors + appResult.non2xx} |`,
      );
    }
  } finally {
    await stopProcess(app);
    await stopProcess(bare);
    await db.dispose();
  }
  out(`\nCatalog at ${products} products, ${connections} connections, ${duration} s per run`);
  out('| scenario | bare req/s | app req/s | app/bare | app p50/p99 ms | bare p50/p99 ms | app errors |');
  out('|---|---|---|---|---|---|---|');
  for (const row of rows) out(row);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
