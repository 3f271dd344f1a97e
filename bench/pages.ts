import { join } from 'node:path';
import { seedCatalog } from './seed-catalog';
import { arg, benchDatabase, compare, freePort, ROOT, serverEnv, sizes, startApps, startProcess, stopProcess } from './support';

/**
 * Storefront pages as an anonymous visitor sees them, in each language (Accept-Language), against
 * the limit server's minimal HTML page from the same data in the same run. Usage:
 * npm run bench:pages -- [--products 2000,100000] [--duration 10] [--connections 50] [--baseline DIR]
 */
async function main(): Promise<void> {
  const duration = arg('duration', 10);
  const connections = arg('connections', 50);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  for (const products of sizes('products', [2000, 100_000])) {
    out(`Seeding ${products} products…`);
    const db = await benchDatabase('hirfa_bench_pages');
    await seedCatalog(db.dataSource, products);
    const ids: string[] = (
      await db.dataSource.query(`SELECT id FROM products WHERE status = 'published' ORDER BY random() LIMIT 1000`)
    ).map((r: { id: string }) => r.id);
    const env = serverEnv(db.url);
    const limitPort = await freePort();
    const apps = await startApps(env);
    const started = [
      ...apps.children,
      await startProcess(join(ROOT, 'bench/limit-server.js'), { ...env, PORT: String(limitPort) }, `http://127.0.0.1:${limitPort}/health`),
    ];
    const product = (): string => `/products/${ids[Math.floor(Math.random() * ids.length)]}`;
    const lang = (code: string): Record<string, string> => ({ 'accept-language': code });
    try {
      const rows = await compare(
        [
          { name: 'home /', path: () => '/', headers: lang('en') },
          { name: 'catalog /products', path: () => '/products', headers: lang('fr') },
          { name: 'search /products?q=tapis', path: () => '/products?q=tapis', headers: lang('fr') },
          { name: 'product page (en)', path: product, headers: lang('en') },
          { name: 'product page (fr)', path: product, headers: lang('fr') },
          { name: 'product page (ar)', path: product, headers: lang('ar') },
        ],
        { app: apps.app, baseline: apps.baseline, limit: limitPort },
        { connections, duration },
      );
      for (const line of [
        `\nStorefront pages at ${products} products, anonymous, ${connections} connections, ${duration} s per run`,
        ...rows,
      ])
        out(line);
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
