import { join } from 'node:path';
import { SEARCH_QUERIES, seedCatalog } from './seed-catalog';
import { arg, benchDatabase, compare, freePort, ROOT, serverEnv, sizes, startApps, startProcess, stopProcess } from './support';

/**
 * Catalog throughput of the app (as `npm start` runs it) in the same run as two references on the
 * same data: the limit (bench/limit-server.js: node:http + pg answering the minimum a client needs)
 * and the same SQL as the app without the framework (bench/bare-catalog-server.js). Usage:
 * npm run bench:catalog -- [--products 2000,100000] [--duration 10] [--connections 50] [--baseline DIR]
 */
async function main(): Promise<void> {
  const duration = arg('duration', 10);
  const connections = arg('connections', 50);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  for (const products of sizes('products', [2000, 100_000])) {
    out(`Seeding ${products} products…`);
    const db = await benchDatabase('hirfa_bench_catalog');
    await seedCatalog(db.dataSource, products);
    const ids: string[] = (
      await db.dataSource.query(`SELECT id FROM products WHERE status = 'published' ORDER BY random() LIMIT 1000`)
    ).map((r: { id: string }) => r.id);
    const env = serverEnv(db.url);
    const [sameSqlPort, limitPort] = [await freePort(), await freePort()];
    const apps = await startApps(env);
    const started = [
      ...apps.children,
      await startProcess(
        join(ROOT, 'bench/bare-catalog-server.js'),
        { ...env, PORT: String(sameSqlPort) },
        `http://127.0.0.1:${sameSqlPort}/health`,
      ),
      await startProcess(join(ROOT, 'bench/limit-server.js'), { ...env, PORT: String(limitPort) }, `http://127.0.0.1:${limitPort}/health`),
    ];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
    try {
      const rows = await compare(
        [
          { name: 'list (newest, 20)', path: () => '/api/v1/products?limit=20' },
          {
            name: 'search (10 queries, ar/fr/en, typos)',
            path: () => `/api/v1/products?limit=20&q=${encodeURIComponent(pick(SEARCH_QUERIES))}`,
          },
          { name: 'product page', path: () => `/api/v1/products/${pick(ids)}` },
        ],
        { app: apps.app, baseline: apps.baseline, sameSql: sameSqlPort, limit: limitPort },
        { connections, duration },
      );
      for (const line of [`\nCatalog at ${products} products, ${connections} connections, ${duration} s per run`, ...rows]) out(line);
    } finally {
      for (const child of started) await stopProcess(child);
      await db.dispose();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
