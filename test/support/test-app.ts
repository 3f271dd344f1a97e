import { Type } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/common/config/app-config';
import { API_PREFIX, configureApp } from '../../src/common/http/configure-app';
import { createAppLogger } from '../../src/common/logging/app-logger';
import { cloneTestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  db: DataSource;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Boots the real AppModule, configured as in production, on its own database cloned from the
 * migrated template. `env` overrides configuration variables; `extraModules` adds probe routes under the API's /api/v1.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { databaseUrl?: string; extraModules?: Type[] } = {},
): Promise<TestApp> {
  const url = options.databaseUrl ?? (await cloneTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: url,
    // Tests run background jobs by hand, never on a timer.
    ORDER_EXPIRY_INTERVAL_SECONDS: '0',
    // Specs place many unpaid orders for one buyer; the unpaid-order limits have their own spec.
    MAX_UNPAID_ORDERS_PER_BUYER: '10000',
    MAX_UNPAID_UNITS_PER_PRODUCT: '1000000',
    IMAGE_JOB_INTERVAL_SECONDS: '0',
    // Each app its own media folder, never the checkout's .data.
    MEDIA_DIR: mkdtempSync(join(tmpdir(), 'hirfa-media-')),
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({ ...config, databaseUrl: url }),
      ...(options.extraModules ?? []),
      RouterModule.register([{ path: API_PREFIX, children: options.extraModules ?? [] }]),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ rawBody: true, bufferLogs: true });
  configureApp(app, config, createAppLogger(config));
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db: app.get(DataSource),
    databaseUrl: url,
    close: () => app.close(),
  };
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

export function tokenFor(app: NestExpressApplication, user: { id: string; email: string; role: string }): string {
  return app.get(JwtService).sign({ sub: user.id, email: user.email, role: user.role }, { expiresIn: 3600 });
}
