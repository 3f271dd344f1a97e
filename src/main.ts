import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { loadConfig } from './common/config/app-config';
import { dataSourceOptions } from './common/database/data-source-options';
import { resolveDatabase } from './common/database/database-target';
import { runMigrations } from './common/database/migrate';
import { configureApp } from './common/http/configure-app';
import { createAppLogger } from './common/logging/app-logger';
import { ENTITIES } from './entities';
import { createMediaStorage } from './media/create-media-storage';
import { DEMO_LOGINS, demoDataAllowed, hasDemoData, seedDemoData } from './seed/demo-seed';

async function bootstrap(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  const logger = createAppLogger(config);
  const say = (message: string): void => logger.info(message);
  if (config.jwt.generated) say('JWT_SECRET is not set: using a random secret; tokens end with this process');

  const database = await resolveDatabase(config, say);
  // Migrations and the first seed may run long statements: no statement timeout for them.
  const setupTimeouts = { ...config.databaseTimeouts, statementMs: 0 };
  const dataSource = await new DataSource(dataSourceOptions(ENTITIES, database.url, 2, setupTimeouts)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) say(`Applied migrations: ${applied.join(', ')}`);
    const demo = demoDataAllowed(config.nodeEnv);
    if (database.fresh && demo) {
      await seedDemoData(dataSource, createMediaStorage(config.media));
      say('Seeded demo data into the new embedded database');
    }
    if (await hasDemoData(dataSource)) {
      if (demo)
        say(
          `Demo logins (password for all: ${DEMO_LOGINS.password}): ${DEMO_LOGINS.accounts.map((a) => `${a.role} ${a.email}`).join(', ')}`,
        );
      else logger.warn('This production database holds the demo accounts, whose password is public: remove them');
    }
  } finally {
    await dataSource.destroy();
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl: database.url }), {
    bufferLogs: true,
    rawBody: true,
  });
  configureApp(app, config, logger);
  await app.listen(config.port);
  // Stop taking requests, let in-flight ones finish and close the pool, then stop an embedded database.
  const shutdown = (signal: NodeJS.Signals): void => {
    say(`${signal} received: shutting down`);
    app
      .close()
      .then(() => database.release())
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  say(`Hirfa listening on http://localhost:${config.port} (API /api/v1, docs /docs)`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
