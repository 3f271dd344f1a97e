import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { benchDatabase, freePort, load, ROOT } from '../bench/support';
import { seedCatalog } from '../bench/seed-catalog';

async function main(): Promise<void> {
  const db = await benchDatabase('hirfa_prof');
  await seedCatalog(db.dataSource, 2000);
  const ids: string[] = (await db.dataSource.query(`SELECT id FROM products WHERE status = 'published' LIMIT 500`)).map((r: { id: string }) => r.id);
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: db.url, DATABASE_POOL_SIZE: '20', NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789', ORDER_EXPIRY_INTERVAL_SECONDS: '0', PORT: String(port) };
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', join(ROOT, 'dist/src/main.js')], { env, stdio: 'inherit' });
  for (let i = 0; i < 300; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break; } catch { /* */ } await new Promise((r) => setTimeout(r, 100)); }
  const path = process.argv[2] ?? 'page';
  const r = await load({ url: `http://127.0.0.1:${port}`, connections: 50, duration: 8, requests: [{ setupRequest: (req) => ({ ...req, path: path === 'page' ? `/api/v1/products/${ids[Math.floor(Math.random() * ids.length)]}` : '/api/v1/products?limit=20' }) }] });
  console.log(r.rps, r.p50, r.p99);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await db.dispose();
}
main();
