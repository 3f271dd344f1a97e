import { User } from '../src/auth/user';
import { Factories, TEST_PASSWORD } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

describe('Accounts (e2e)', () => {
  let t: TestApp;
  let make: Factories;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '6', TRUST_PROXY: 'true' });
    make = new Factories(t.db);
  });
  afterAll(() => t.close());

  it('registers, logs in and reads /me with memberships', async () => {
    const register = await t.http
      .post('/api/v1/auth/register')
      .send({ email: ' Nadia@Example.com ', password: 'long-enough-pw', name: 'Nadia', role: 'artisan', country: 'ma', locale: 'fr' })
      .expect(201);
    expect(register.body.user).toMatchObject({ email: 'nadia@example.com', role: 'artisan', country: 'MA', locale: 'fr' });
    expect(register.body.user.passwordHash).toBeUndefined();
    expect(typeof register.body.accessToken).toBe('string');

    const stored = await t.db.getRepository(User).findOneByOrFail({ email: 'nadia@example.com' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const coop = await make.cooperative({ name: 'Tifawin' }, stored);
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'NADIA@example.com', password: 'long-enough-pw' }).expect(200);
    const me = await t.http.get('/api/v1/auth/me').set(bearer(login.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ id: stored.id, email: 'nadia@example.com', name: 'Nadia' });
    expect(me.body.memberships).toEqual([
      { cooperativeId: coop.id, cooperativeName: 'Tifawin', role: 'manager', cooperativeStatus: 'approved' },
    ]);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await make.buyer({ email: 'taken@example.com' });
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'TAKEN@example.com', password: 'long-enough-pw', name: 'Other' })
      .expect(409);
    expect(res.body).toEqual({ statusCode: 409, code: 'EMAIL_TAKEN', message: expect.any(String) });
    expect(await t.db.getRepository(User).countBy({ email: 'taken@example.com' })).toBe(1);
  });

  it('does not let anyone register as admin', async () => {
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'sneaky@example.com', password: 'long-enough-pw', name: 'Sneaky', role: 'admin' })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await t.db.getRepository(User).countBy({ email: 'sneaky@example.com' })).toBe(0);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const user = await make.buyer();
    const wrong = await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.0.1').send({ email: user.email, password: 'not-the-password' }).expect(401);
    const unknown = await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.0.1').send({ email: 'nobody@example.com', password: 'not-the-password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect' });
  });

  it('refuses /me without a token, with a malformed one and with a forged one', async () => {
    const none = await t.http.get('/api/v1/auth/me').expect(401);
    expect(none.body.code).toBe('UNAUTHENTICATED');
    await t.http.get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged')).expect(401);
  });

  it('rate limits failed logins per account (429), even with the right password', async () => {
    const user = await make.buyer();
    for (let i = 0; i < 3; i++) {
      await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.1.1').send({ email: user.email, password: 'wrong-password' }).expect(401);
    }
    const limited = await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.1.2')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The limit is about the account, so an unknown email is limited the same way (no enumeration).
    for (let i = 0; i < 3; i++) {
      await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.1.3').send({ email: 'ghost@example.com', password: 'wrong-password' }).expect(401);
    }
    await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.1.4').send({ email: 'ghost@example.com', password: 'wrong-password' }).expect(429);
  });

  it('rate limits failed logins per IP across accounts', async () => {
    for (let i = 0; i < 6; i++) {
      await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.2.1').send({ email: `spray${i}@example.com`, password: 'wrong-password' }).expect(401);
    }
    const user = await make.buyer();
    await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.2.1').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
    await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.2.9').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
  });

  it('a successful login clears the account counter', async () => {
    const user = await make.buyer();
    for (let i = 0; i < 2; i++) {
      await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.3.1').send({ email: user.email, password: 'wrong-password' }).expect(401);
    }
    await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.3.1').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    for (let i = 0; i < 2; i++) {
      await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.3.2').send({ email: user.email, password: 'wrong-password' }).expect(401);
    }
    await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '10.0.3.3').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
  });
});
