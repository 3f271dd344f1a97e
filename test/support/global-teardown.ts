import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { TEST_ENV, withAdminClient } from './test-database';

/** Drops this run's databases (or the whole temporary cluster) so nothing is left behind. */
export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __hirfaEmbedded?: { stop(): Promise<void>; dataDir: string } }).__hirfaEmbedded;
  if (embedded) {
    await embedded.stop();
    rmSync(dirname(embedded.dataDir), { recursive: true, force: true });
    return;
  }
  const adminUrl = process.env[TEST_ENV.adminUrl]!;
  const prefix = process.env[TEST_ENV.prefix]!;
  const template = process.env[TEST_ENV.template]!;
  await withAdminClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2',
      [prefix, template],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
