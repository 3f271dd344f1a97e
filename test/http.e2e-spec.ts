import { Controller, Get, Module } from '@nestjs/common';
import { Auth } from '../src/auth/auth.decorator';
import { User } from '../src/auth/user';
import { Factories } from './support/factories';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('HTTP foundation (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '2kb', CORS_ORIGINS: 'https://shop.example' });
  });
  afterAll(() => t.close());

  it('answers /health and /health/ready outside the API prefix', async () => {
    await t.http.get('/health').expect(200, { status: 'ok' });
    await t.http.get('/health/ready').expect(200, { status: 'ok', database: 'up' });
  });

  it('reports validation errors with field details and changes nothing', async () => {
    const res = await t.http.post('/api/v1/auth/register').send({ email: 'not-an-email', password: 'short', name: '' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.statusCode).toBe(400);
    const fields = res.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    expect(await t.db.getRepository(User).count()).toBe(0);
  });

  it('rejects unknown fields', async () => {
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'a@example.com', password: 'long-enough-pw', name: 'A', isAdmin: true })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([{ field: 'isAdmin', errors: ['property isAdmin should not exist'] }]);
  });

  it('answers malformed JSON, oversized bodies and unknown routes in the error shape', async () => {
    const bad = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
    const big = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'a@example.com', password: 'x'.repeat(5000) })
      .expect(413);
    expect(big.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    const missing = await t.http.get('/api/v1/nothing-here').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'No route for GET /api/v1/nothing-here' });
  });

  it('sets security headers, a request id and CORS for configured origins only', async () => {
    const res = await t.http.get('/health').set('Origin', 'https://shop.example').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['access-control-allow-origin']).toBe('https://shop.example');
    const other = await t.http.get('/health').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const generated = await t.http.get('/health').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document listing the routes, and the UI', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/auth/me', '/health', '/health/ready']),
    );
    expect(doc.body.components.securitySchemes.bearer).toBeDefined();
    const ui = await t.http.get('/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });
});

@Controller('role-probe')
class RoleProbeController {
  @Get()
  @Auth('admin')
  adminOnly(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({ controllers: [RoleProbeController] })
class RoleProbeModule {}

describe('Role guard (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The guard is global; a probe route shows it independently of any feature's own routes.
    t = await createTestApp({}, { extraModules: [RoleProbeModule] });
  });
  afterAll(() => t.close());

  it('refuses a buyer on an admin route with 403 and lets an admin in', async () => {
    const make = new Factories(t.db);
    const buyer = await make.buyer();
    const admin = await make.admin();
    const denied = await t.http
      .get('/api/v1/role-probe')
      .set(bearer(tokenFor(t.app, buyer)))
      .expect(403);
    expect(denied.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    await t.http.get('/api/v1/role-probe').expect(401);
    await t.http
      .get('/api/v1/role-probe')
      .set(bearer(tokenFor(t.app, admin)))
      .expect(200, { ok: true });
  });
});

describe('Logging', () => {
  it('writes structured JSON with request ids and redacts secrets', async () => {
    const { PassThrough } = await import('node:stream');
    const pino = (await import('pino')).default;
    const { requestLogging } = await import('../src/common/logging/request-logging');
    const { REDACTED_PATHS } = await import('../src/common/logging/redaction');
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().trim().split('\n')));
    const logger = pino({ level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream);
    logger.info({ password: 'hunter2-hunter2', nested: { accessToken: 'abc' }, headers: { authorization: 'Bearer x' } }, 'login attempt');
    const express = (await import('express')).default;
    const app = express();
    app.use(requestLogging(logger));
    app.get('/x', (_req, res) => void res.json({ ok: true }));
    const request = (await import('supertest')).default;
    const res = await request(app).get('/x').set('X-Request-Id', 'req-42').expect(200);
    expect(res.headers['x-request-id']).toBe('req-42');
    await new Promise((resolve) => setImmediate(resolve));
    const [secret, completed] = lines.map((line) => JSON.parse(line));
    expect(secret).toMatchObject({
      password: '[redacted]',
      nested: { accessToken: '[redacted]' },
      headers: { authorization: '[redacted]' },
      msg: 'login attempt',
    });
    expect(completed).toMatchObject({ reqId: 'req-42', method: 'GET', url: '/x', statusCode: 200, msg: 'request completed' });
  });
});
