import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_TIMEOUTS, dataSourceOptions } from '../src/common/database/data-source-options';
import { ENTITIES } from '../src/entities';
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
  // Seeding 100,000 products on a busy machine takes longer than the app's statement timeout.
  const dataSource = await new DataSource(
    dataSourceOptions(ENTITIES, url, 4, { ...DEFAULT_DATABASE_TIMEOUTS, statementMs: 600_000 }),
  ).initialize();
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
  const child = spawn(process.execPath, [...flags, script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
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

/** The run with the median throughput (the upper middle of an even count). */
export function median(results: LoadResult[]): LoadResult {
  return [...results].sort((a, b) => a.rps - b.rps)[Math.floor(results.length / 2)]!;
}

export interface Scenario {
  name: string;
  /** A fresh path per request (random product, query…). */
  path: () => string;
  headers?: Record<string, string>;
}

/** The servers a scenario runs against in the same run: the app, and the references it is measured by. */
export interface Servers {
  app: number;
  limit: number;
  /** The app's own SQL behind a bare node:http server, where there is one. */
  sameSql?: number;
  /** Another build of the app (`--baseline DIR`, e.g. main's), for an A/B ratio in the same run. */
  baseline?: number;
}

const fixed = (value: number): string => value.toFixed(0);
const ratio = (a: number, b: number): string => `${((100 * a) / b).toFixed(0)} %`;

/**
 * Runs each scenario against each server (a short warm-up first), one after the other, and returns
 * the rows of a markdown table: req/s of each, the app's ratio to each reference, p50/p99.
 */
export async function compare(
  scenarios: Scenario[],
  servers: Servers,
  options: { connections: number; duration: number },
): Promise<string[]> {
  const run = async (port: number, scenario: Scenario): Promise<LoadResult> => {
    const url = `http://127.0.0.1:${port}`;
    const requests = [
      {
        setupRequest: (request: autocannon.Request) => ({
          ...request,
          path: scenario.path(),
          headers: { ...request.headers, ...scenario.headers },
        }),
      },
    ];
    await load({ url, connections: options.connections, duration: 2, requests });
    return load({ url, connections: options.connections, duration: options.duration, requests });
  };
  const baselineHead =
    servers.baseline === undefined ? ['', ''] : [' baseline req/s | app / baseline | baseline p50 / p99 ms |', '---:|---:|---:|'];
  const rows = [
    `| scenario | limit req/s | same-SQL req/s | app req/s | app / limit | app / same-SQL | app p50 / p99 ms | limit p50 / p99 ms | app errors |${baselineHead[0]}`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|${baselineHead[1]}`,
  ];
  for (const scenario of scenarios) {
    const limit = await run(servers.limit, scenario);
    const sameSql = servers.sameSql === undefined ? undefined : await run(servers.sameSql, scenario);
    const baseline = servers.baseline === undefined ? undefined : await run(servers.baseline, scenario);
    const app = await run(servers.app, scenario);
    rows.push(
      `| ${scenario.name} | ${fixed(limit.rps)} | ${sameSql ? fixed(sameSql.rps) : '–'} | ${fixed(app.rps)} | ${ratio(app.rps, limit.rps)} | ` +
        `${sameSql ? ratio(app.rps, sameSql.rps) : '–'} | ${app.p50} / ${app.p99} | ${limit.p50} / ${limit.p99} | ${app.errors + app.non2xx} |` +
        (baseline ? ` ${fixed(baseline.rps)} | ${ratio(app.rps, baseline.rps)} | ${baseline.p50} / ${baseline.p99} |` : ''),
    );
  }
  return rows;
}

/** `--baseline DIR`: another checkout, built, whose app runs beside this one (dist/src/main.js). */
export function baselineDir(): string | undefined {
  const index = process.argv.indexOf('--baseline');
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** Starts the app, and the baseline's when asked, on fresh ports. */
export async function startApps(env: Record<string, string>): Promise<{ children: ChildProcess[]; app: number; baseline?: number }> {
  const start = async (root: string): Promise<{ child: ChildProcess; port: number }> => {
    const port = await freePort();
    return {
      child: await startProcess(join(root, 'dist/src/main.js'), { ...env, PORT: String(port) }, `http://127.0.0.1:${port}/health`),
      port,
    };
  };
  const app = await start(ROOT);
  const dir = baselineDir();
  const baseline = dir ? await start(dir) : undefined;
  return { children: [app.child, ...(baseline ? [baseline.child] : [])], app: app.port, baseline: baseline?.port };
}

/** `--products 2000,100000`: each catalog size to run, in order. */
export function sizes(name: string, fallback: number[]): number[] {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1].split(',').map(Number) : fallback;
}

/** The environment the app and the reference servers run with in every benchmark. */
export function serverEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '20',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    ORDER_EXPIRY_INTERVAL_SECONDS: '0',
  };
}
