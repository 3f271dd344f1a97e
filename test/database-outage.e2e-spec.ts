import { Logger } from '@nestjs/common';
import { createTestApp, TestApp } from './support/test-app';
import { startStoppablePostgres, StoppablePostgres } from './support/stoppable-postgres';

/** PostgreSQL stopped under a running app: 503 with Retry-After, one log line, then service again. */
describe('Database outage', () => {
  let pg: StoppablePostgres;
  let t: TestApp;

  beforeAll(async () => {
    pg = await startStoppablePostgres();
    t = await createTestApp(
      { DATABASE_CONNECT_TIMEOUT_MS: '2000', DATABASE_STATEMENT_TIMEOUT_MS: '7000', DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '8000' },
      { databaseUrl: pg.url },
    );
  });

  afterAll(async () => {
    await t?.close();
    await pg?.destroy();
  });

  it('sets the configured statement and idle-in-transaction timeouts on its connections', async () => {
    const [row] = await t.db.query('SELECT current_setting($1) AS statement, current_setting($2) AS idle', [
      'statement_timeout',
      'idle_in_transaction_session_timeout',
    ]);
    expect(row).toEqual({ statement: '7s', idle: '8s' });
  });

  it('documents the 503 on every route', async () => {
    const { body } = await t.http.get('/docs-json').expect(200);
    for (const [path, method] of [
      ['/api/v1/products', 'get'],
      ['/api/v1/orders', 'post'],
      ['/health/ready', 'get'],
    ]) {
      expect(body.paths[path][method].responses['503']).toBeDefined();
    }
    expect(body.paths['/api/v1/products'].get.responses['503'].description).toContain('Retry-After');
  });

  /** Resolves once `check` holds, polling every 100 ms; fails after `ms`. */
  async function eventually(check: () => boolean, ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while PostgreSQL is stopped, and 200 once it is back', async () => {
    const login = { email: 'nobody@example.com', password: 'long-enough-password' };
    await t.http.get('/api/v1/products').expect(200);
    await t.http.post('/api/v1/auth/login').send(login).expect(401);
    const errors = jest.spyOn(Logger.prototype, 'error');
    const infos = jest.spyOn(Logger.prototype, 'log');
    const recovered = (): boolean => infos.mock.calls.some(([message]) => /^Database reachable again/.test(String(message)));

    try {
      await pg.stop();
      try {
        for (let i = 0; i < 3; i++) {
          const res = await t.http.get('/api/v1/products');
          expect(res.status).toBe(503);
          expect(res.body).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        }
        const signIn = await t.http.post('/api/v1/auth/login').send(login);
        expect(signIn.status).toBe(503);
        expect(signIn.headers['retry-after']).toBeDefined();
        // The storefront answers a 503 page too.
        const page = await t.http.get('/products');
        expect(page.status).toBe(503);
        expect(page.headers['retry-after']).toBeDefined();
        expect(page.text).toContain('Please try again in a moment.');
        await t.http.get('/health/ready').expect(503);
        // Six failed requests, one outage: logged once.
        expect(errors).toHaveBeenCalledTimes(1);
      } finally {
        await pg.start();
      }

      // No restart of the app: the pool connects again.
      await t.http.get('/api/v1/products').expect(200);
      await t.http.post('/api/v1/auth/login').send(login).expect(401);
      await t.http.get('/health/ready').expect(200);
      // The end of the outage is logged once too, and a later outage is logged again.
      await eventually(recovered, 10_000);
      await pg.stop();
      try {
        await t.http.get('/api/v1/products').expect(503);
        expect(errors).toHaveBeenCalledTimes(2);
      } finally {
        await pg.start();
      }
      await t.http.get('/api/v1/products').expect(200);
    } finally {
      errors.mockRestore();
      infos.mockRestore();
    }
  });

  it('answers /health/ready with 503 within a second when no connection can be had', async () => {
    const held: { release(): Promise<void> }[] = [];
    // Take every connection of the pool (DATABASE_POOL_SIZE, 10 by default) so the probe must wait.
    const pool = (t.db.driver as unknown as { master: { options: { max: number } } }).master;
    for (let i = 0; i < pool.options.max; i++) {
      const runner = t.db.createQueryRunner();
      await runner.connect();
      held.push(runner);
    }
    try {
      const started = Date.now();
      await t.http.get('/health/ready').expect(503);
      // The pool would wait DATABASE_CONNECT_TIMEOUT_MS (2 s here) for a connection.
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    await t.http.get('/health/ready').expect(200);
  });
});
