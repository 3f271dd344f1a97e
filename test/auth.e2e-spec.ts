import { User } from '../src/auth/user';
import { Factories, TEST_PASSWORD } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

// One proxy hop in front of the app: the client is the right-most X-Forwarded-For address.
const THROTTLE_ENV = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
  LOGIN_MAX_FAILURES_PER_IP: '6',
  LOGIN_BACKOFF_BASE_SECONDS: '60',
  TRUST_PROXY: '1',
};

function login(t: TestApp, ip: string, email: string, password: string) {
  return t.http.post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });
}

describe('Accounts (e2e)', () => {
  let t: TestApp;
  let make: Factories;

  beforeAll(async () => {
    t = await createTestApp(THROTTLE_ENV);
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
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ email: user.email, password: 'not-the-password' })
      .expect(401);
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ email: 'nobody@example.com', password: 'not-the-password' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect' });
  });

  it('refuses /me without a token, with a malformed one and with a forged one', async () => {
    const none = await t.http.get('/api/v1/auth/me').expect(401);
    expect(none.body.code).toBe('UNAUTHENTICATED');
    await t.http.get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged')).expect(401);
  });

  it('slows down failed logins per account and IP (429), even with the right password, not from elsewhere', async () => {
    const user = await make.buyer();
    for (let i = 0; i < 3; i++) await login(t, '10.0.1.1', user.email, 'wrong-password').expect(401);
    const limited = await login(t, '10.0.1.1', user.email, TEST_PASSWORD).expect(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The owner elsewhere is not locked out by someone guessing their password.
    await login(t, '10.0.1.2', user.email, TEST_PASSWORD).expect(200);
    // An unknown email is limited the same way (no enumeration).
    for (let i = 0; i < 3; i++) await login(t, '10.0.1.3', 'ghost@example.com', 'wrong-password').expect(401);
    await login(t, '10.0.1.3', 'ghost@example.com', 'wrong-password').expect(429);
  });

  it('counts parallel guesses before hashing: 30 at once on two instances give 3 × 401 and 27 × 429', async () => {
    const user = await make.buyer();
    const other = await createTestApp(THROTTLE_ENV, { databaseUrl: t.databaseUrl });
    try {
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => login(i % 2 ? other : t, '10.0.6.1', user.email, 'wrong-password')),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([...Array(3).fill(401), ...Array(27).fill(429)]);
    } finally {
      await other.close();
    }
    await login(t, '10.0.6.2', user.email, TEST_PASSWORD).expect(200);
  });

  it('lets a slowed-down caller try again after a wait that doubles with each further failure', async () => {
    const user = await make.buyer();
    for (let i = 0; i < 3; i++) await login(t, '10.0.7.1', user.email, 'wrong-password').expect(401);
    const first = await login(t, '10.0.7.1', user.email, 'wrong-password').expect(429);
    expect(Number(first.headers['retry-after'])).toBeGreaterThanOrEqual(59);
    expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(60);
    // The wait is over (moved back rather than slept through): one more attempt is heard, and fails.
    await t.db.query(`UPDATE login_throttles SET blocked_until = now() WHERE key = $1`, [`account-ip:${user.email}|10.0.7.1`]);
    await login(t, '10.0.7.1', user.email, 'wrong-password').expect(401);
    const second = await login(t, '10.0.7.1', user.email, TEST_PASSWORD).expect(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(60);
    expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(120);
  });

  it('takes the client address from the trusted hop, not from what the client wrote', async () => {
    for (let i = 0; i < 6; i++) await login(t, `203.0.113.${i}, 10.0.8.1`, `spray-${i}@example.com`, 'wrong-password').expect(401);
    await login(t, '203.0.113.99, 10.0.8.1', 'spray-7@example.com', 'wrong-password').expect(429);
  });

  it('rate limits failed logins per IP across accounts', async () => {
    for (let i = 0; i < 6; i++) {
      await t.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '10.0.2.1')
        .send({ email: `spray${i}@example.com`, password: 'wrong-password' })
        .expect(401);
    }
    const user = await make.buyer();
    await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.2.1')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(429);
    await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.2.9')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
  });

  it('a successful login clears the account counter', async () => {
    const user = await make.buyer();
    for (let i = 0; i < 2; i++) {
      await t.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '10.0.3.1')
        .send({ email: user.email, password: 'wrong-password' })
        .expect(401);
    }
    await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.3.1')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    for (let i = 0; i < 2; i++) {
      await t.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '10.0.3.2')
        .send({ email: user.email, password: 'wrong-password' })
        .expect(401);
    }
    await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.3.3')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
  });
});
