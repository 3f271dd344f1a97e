import { PasswordResetToken } from '../src/auth/password-reset-token';
import { User } from '../src/auth/user';
import request from 'supertest';
import { OutboxMessage } from '../src/notifications/outbox-message';
import { Factories, TEST_PASSWORD, uniqueIce } from './support/factories';
import { linkIn, mailEnv, SmtpCatcher } from './support/smtp-catcher';
import { csrfToken } from './support/web-forms';
import { bearer, createTestApp, TestApp } from './support/test-app';

// Plain http, so the account page's cookies (Secure only under https) work over supertest.
const BASE = 'http://shop.hirfa.test';

describe('Account emails over SMTP: verification, password reset, changes (e2e)', () => {
  const smtp = new SmtpCatcher();
  let t: TestApp;
  let make: Factories;
  const tokenOf = (link: string): string => new URL(link).searchParams.get('token')!;
  const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });
  const application = {
    name: 'Tifawin',
    ice: uniqueIce(),
    region: 'MA-09',
    city: 'Tiznit',
    branches: ['jewelry'],
    description: { en: 'Silver' },
    members: { total: 10, women: 8 },
    contactEmail: 'tifawin@coop.test',
  };

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp({ ...mailEnv(smtp), PUBLIC_BASE_URL: BASE });
    make = new Factories(t.db);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('verifies a new address with a single-use link; an unverified artisan cannot apply for a cooperative', async () => {
    const reg = await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'Nadia@Coop.test', password: 'long-enough-pw', name: 'Nadia', role: 'artisan', locale: 'fr' })
      .expect(201);
    expect(reg.body.user.emailVerified).toBe(false);
    const auth = bearer(reg.body.accessToken);
    const refused = await t.http.post('/api/v1/cooperatives').set(auth).send(application).expect(403);
    expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');

    const mail = await smtp.waitFor('nadia@coop.test', /^Confirmez votre adresse e-mail$/);
    const link = linkIn(mail, `${BASE}/verify-email?token=`);
    expect(mail.html).toContain('lang="fr"');
    expect(mail.text).toContain('un compte Hirfa utilise cette adresse');
    await t.http
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenOf(link) })
      .expect(200);
    const again = await t.http
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenOf(link) })
      .expect(400);
    expect(again.body.code).toBe('TOKEN_INVALID');
    await t.http.post('/api/v1/auth/verify-email').send({ token: 'forged.token.value' }).expect(400);
    expect((await t.http.get('/api/v1/auth/me').set(auth).expect(200)).body.emailVerified).toBe(true);
    await t.http.post('/api/v1/cooperatives').set(auth).send(application).expect(201);
  });

  it('lets an unverified buyer browse and order (no verification needed to buy)', async () => {
    const reg = await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'fresh@buyer.test', password: 'long-enough-pw', name: 'Fresh' })
      .expect(201);
    const coop = await make.cooperative();
    const product = await make.product(coop);
    await t.http
      .post('/api/v1/orders')
      .set(bearer(reg.body.accessToken))
      .send({
        items: [{ productId: product.id, quantity: 1 }],
        currency: 'MAD',
        paymentMethod: 'bank_transfer',
        shippingAddress: { name: 'F', line1: '1 Main St', city: 'Austin', postalCode: '73301', country: 'US' },
      })
      .expect(201);
  });

  it('resets a password once with an emailed link, ends every other session, and answers the same for unknown emails', async () => {
    const user = await make.buyer({ email: 'reset@buyer.test', locale: 'en' });
    const first = (await login(user.email, TEST_PASSWORD).expect(200)).body.accessToken as string;
    const second = (await login(user.email, TEST_PASSWORD).expect(200)).body.accessToken as string;

    const known = await t.http.post('/api/v1/auth/password-reset').send({ email: 'RESET@buyer.test' }).expect(202);
    const unknown = await t.http.post('/api/v1/auth/password-reset').send({ email: 'nobody@buyer.test' }).expect(202);
    expect(known.body).toEqual(unknown.body);
    expect(await t.db.getRepository(OutboxMessage).countBy({ toAddress: 'nobody@buyer.test' })).toBe(0);

    const mail = await smtp.waitFor(user.email, /^Reset your Hirfa password$/);
    const token = tokenOf(linkIn(mail, `${BASE}/reset-password?token=`));
    const [stored] = await t.db.getRepository(PasswordResetToken).findBy({ userId: user.id });
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeGreaterThan(59 * 60_000);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeLessThanOrEqual(60 * 60_000 + 1000);

    const done = await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'a-brand-new-password' }).expect(200);
    const reuse = await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'yet-another-password' }).expect(400);
    expect(reuse.body.code).toBe('TOKEN_INVALID');
    await login(user.email, TEST_PASSWORD).expect(401);
    await login(user.email, 'a-brand-new-password').expect(200);
    await t.http.get('/api/v1/auth/me').set(bearer(first)).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(second)).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(done.body.accessToken)).expect(200);
    await smtp.waitFor(user.email, /^Your password was changed$/);
    expect(mail.text + mail.html).not.toContain(TEST_PASSWORD);
  });

  it('refuses an expired reset token and sends at most three reset emails an hour', async () => {
    const user = await make.buyer({ email: 'expired@buyer.test' });
    await t.http.post('/api/v1/auth/password-reset').send({ email: user.email }).expect(202);
    const mail = await smtp.waitFor(user.email, /^Reset your Hirfa password$/);
    await t.db.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const expired = await t.http
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: tokenOf(linkIn(mail, `${BASE}/reset-password?token=`)), password: 'a-brand-new-password' })
      .expect(400);
    expect(expired.body.code).toBe('TOKEN_INVALID');
    await login(user.email, TEST_PASSWORD).expect(200);

    for (let i = 0; i < 4; i++) await t.http.post('/api/v1/auth/password-reset').send({ email: user.email }).expect(202);
    expect(await t.db.getRepository(PasswordResetToken).countBy({ userId: user.id })).toBe(3);
  });

  it('changes the password (other sessions end) and the email (verified again, the old address told)', async () => {
    const user = await make.buyer({ email: 'change@buyer.test', locale: 'ar' });
    const other = (await login(user.email, TEST_PASSWORD).expect(200)).body.accessToken as string;
    const mine = (await login(user.email, TEST_PASSWORD).expect(200)).body.accessToken as string;
    await t.http
      .post('/api/v1/auth/change-password')
      .set(bearer(mine))
      .send({ currentPassword: 'wrong-password', newPassword: 'another-long-password' })
      .expect(401);
    const changed = await t.http
      .post('/api/v1/auth/change-password')
      .set(bearer(mine))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'another-long-password' })
      .expect(200);
    await t.http.get('/api/v1/auth/me').set(bearer(other)).expect(401);
    const fresh = bearer(changed.body.accessToken);
    await t.http.get('/api/v1/auth/me').set(fresh).expect(200);
    const notice = await smtp.waitFor(user.email, /^تم تغيير كلمة مرورك$/);
    expect(notice.html).toContain('dir="rtl"');

    await make.buyer({ email: 'taken@buyer.test' });
    await t.http
      .post('/api/v1/auth/change-email')
      .set(fresh)
      .send({ currentPassword: 'another-long-password', newEmail: 'taken@buyer.test' })
      .expect(409);
    const moved = await t.http
      .post('/api/v1/auth/change-email')
      .set(fresh)
      .send({ currentPassword: 'another-long-password', newEmail: 'New@Buyer.test' })
      .expect(200);
    expect(moved.body.user).toMatchObject({ email: 'new@buyer.test', emailVerified: false });
    await smtp.waitFor('new@buyer.test', /^أكّد عنوان بريدك الإلكتروني$/);
    const told = await smtp.waitFor(user.email, /^تم تغيير البريد الإلكتروني لحسابك$/);
    expect(told.text).toContain('new@buyer.test');
  });

  it('updates name, language and message preferences through PATCH /auth/me', async () => {
    const user = await make.buyer();
    const auth = bearer((await login(user.email, TEST_PASSWORD).expect(200)).body.accessToken);
    const res = await t.http
      .patch('/api/v1/auth/me')
      .set(auth)
      .send({ name: 'Layla', locale: 'ar', notifications: { nonEssential: false } })
      .expect(200);
    expect(res.body).toMatchObject({ name: 'Layla', locale: 'ar', notifications: { nonEssential: false } });
    await t.http.patch('/api/v1/auth/me').set(auth).send({ locale: 'de' }).expect(400);
    await t.http.patch('/api/v1/auth/me').set(auth).send({ email: 'x@y.test' }).expect(400);
    expect(await t.db.getRepository(User).findOneByOrFail({ id: user.id })).toMatchObject({ locale: 'ar', notifyNonEssential: false });
  });

  it('saves the language of emails and the message preference from the account page', async () => {
    const user = await make.buyer({ email: 'page@buyer.test', locale: 'en', emailVerifiedAt: null });
    const browser = request.agent(t.app.getHttpServer());
    const signIn = await browser.get('/sign-in').expect(200);
    await browser
      .post('/sign-in')
      .type('form')
      .send({ _csrf: csrfToken(signIn.text), email: user.email, password: TEST_PASSWORD, next: '/' })
      .expect(303);
    const page = await browser.get('/account').expect(200);
    expect(page.text).toContain('Your email address is not confirmed yet.');
    await browser
      .post('/account')
      .type('form')
      .send({ _csrf: csrfToken(page.text), name: 'Page Buyer', locale: 'fr' })
      .expect(303);
    expect(await t.db.getRepository(User).findOneByOrFail({ id: user.id })).toMatchObject({
      name: 'Page Buyer',
      locale: 'fr',
      notifyNonEssential: false,
    });
    await browser
      .post('/account/verification')
      .type('form')
      .send({ _csrf: csrfToken(page.text) })
      .expect(303);
    await smtp.waitFor(user.email, /^Confirmez votre adresse e-mail$/);
  });
});
