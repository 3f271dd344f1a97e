import { INestApplicationContext, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { config as loadDotenv } from 'dotenv';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../common/config/app-config';
import { dataSourceOptions } from '../common/database/data-source-options';
import { resolveDatabase } from '../common/database/database-target';
import { runMigrations } from '../common/database/migrate';
import { ENTITIES } from '../entities';
import { CliModule } from './cli.module';

export interface CliContext {
  config: AppConfig;
  dataSource: DataSource;
  out: (line: string) => void;
}

/** Connects (starting the embedded database if needed), migrates, runs `work`, and cleans up. */
export async function withDatabase<T>(work: (context: CliContext) => Promise<T>, options = { migrate: true }): Promise<T> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const database = await resolveDatabase(config, (message) => process.stderr.write(`${message}\n`));
  // Imports, seeds and migrations may run long statements: no statement timeout for the CLI.
  const dataSource = new DataSource(dataSourceOptions(ENTITIES, database.url, 4, { ...config.databaseTimeouts, statementMs: 0 }));
  try {
    await dataSource.initialize();
    if (options.migrate) await runMigrations(dataSource);
    return await work({ config, dataSource, out });
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.release();
  }
}

/**
 * Runs `work` with a Nest application context of `modules` on `dataSource`, so that commands get the
 * API's services (and whatever those depend on) from its injector instead of building them by hand.
 */
export async function withServices<T>(
  dataSource: DataSource,
  modules: NonNullable<ModuleMetadata['imports']>,
  work: (app: INestApplicationContext) => Promise<T>,
  config?: AppConfig,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.forCommand(dataSource, modules, config), {
    logger: false,
    abortOnError: false,
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
