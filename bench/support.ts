import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/common/database/data-source-options';
import { startEmbeddedDatabase } from '../src/common/database/embedded-database';
import { runMigrations } from '../src/common/database/migrate';
import { databaseUrl, freePort, withAdminClient } from '../test/support/test-database';

export { freePort };

export const ROOT = join(__dirname, '..');

export function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** A fresh, migrated database: on DATABASE_URL's server when set, else an embedded cluster. */
export async function benchDatabase(name: string): Promise<{ url: string; dataSource: DataSource; dispose(): Promise<void> }> {
  let adminUrl = process.env.DATABASE_URL;
  let stop = async (): Promise<void> => undefined;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'hirfa-bench-pg-'));
    const embedded = await startEmbeddedDatabase({ dataDir: join(dir, 'data'), port: await freePort(), database: 'postgres' });
    adminUrl = embedded.adminUrl;
    stop = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await withAdminClient(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  const url = databaseUrl(adminUrl, name);
  const dataSource = await new DataSource(dataSourceOptions(url, 4)).initialize();
  await runMigrations(dataSource);
  return {
    url,
    dataSource,
    dispose: async () => {
      await dataSource.destroy();
      if (process.env.DATABASE_URL) {
        await withAdminClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      }
      await stop();
    },
  };
}

/**
 * Starts a node process and waits until `readyUrl` answers 200. With BENCH_CPU_PROF=DIR set, the
 * process writes a V8 CPU profile (.cpuprofile) into DIR when it stops: see bench/profile-top.ts.
 */
export async function startProcess(script: string, env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...flags, script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${script} did not become ready`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ connections: 50, duration: 10, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
