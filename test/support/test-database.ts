import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Client } from 'pg';

/** Set by global-setup for every worker: where to create databases and which template to clone. */
export const TEST_ENV = {
  adminUrl: 'HIRFA_TEST_ADMIN_URL',
  template: 'HIRFA_TEST_TEMPLATE',
  prefix: 'HIRFA_TEST_DB_PREFIX',
} as const;

/** A TCP port free on 127.0.0.1 right now, for an embedded PostgreSQL or an app under test. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A private database for one test file, cloned from the migrated template in milliseconds. */
export async function cloneTestDatabase(): Promise<string> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  const prefix = process.env[TEST_ENV.prefix];
  if (!adminUrl || !template || !prefix) throw new Error('Test database environment missing: run the tests through jest');
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return databaseUrl(adminUrl, name);
}
