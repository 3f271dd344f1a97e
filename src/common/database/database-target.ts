import { AppConfig } from '../config/app-config';
import { startEmbeddedDatabase } from './embedded-database';

export interface DatabaseTarget {
  url: string;
  /** True when the embedded cluster was created just now (first start on this machine). */
  fresh: boolean;
  release(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under EMBEDDED_PG_DIR. */
export async function resolveDatabase(config: AppConfig, log: (message: string) => void): Promise<DatabaseTarget> {
  if (config.databaseUrl) return { url: config.databaseUrl, fresh: false, release: async () => undefined };
  log(`DATABASE_URL is not set: using embedded PostgreSQL in ${config.embeddedPg.dataDir} on port ${config.embeddedPg.port}`);
  const embedded = await startEmbeddedDatabase({ dataDir: config.embeddedPg.dataDir, port: config.embeddedPg.port });
  return { url: embedded.url, fresh: embedded.initialised, release: embedded.stop };
}
