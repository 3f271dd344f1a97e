import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/common/database/data-source-options';
import { ENTITIES } from '../../src/entities';
import { startEmbeddedDatabase } from '../../src/common/database/embedded-database';
import { runMigrations } from '../../src/common/database/migrate';
import { databaseUrl, freePort, TEST_ENV, withAdminClient } from './test-database';

/**
 * Starts an embedded PostgreSQL in a temporary directory (or uses DATABASE_URL's server), migrates a
 * template database once, and tells workers how to clone it: each test file gets its own database.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'hirfa-test-pg-')), 'data');
    const embedded = await startEmbeddedDatabase({ dataDir, port: await freePort(), database: 'postgres' });
    (globalThis as { __hirfaEmbedded?: { stop(): Promise<void>; dataDir: string } }).__hirfaEmbedded = {
      stop: embedded.stop,
      dataDir,
    };
    adminUrl = embedded.adminUrl;
  }
  const template = `hirfa_tpl_${runId}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
  const dataSource = await new DataSource(dataSourceOptions(ENTITIES, databaseUrl(adminUrl, template), 1)).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.prefix] = `hirfa_t_${runId}_`;
}
