import type { User } from '../src/auth/user';
import { formatMoney } from '../src/common/money';
import type { Cooperative } from '../src/cooperatives/cooperative';
import { OutboxMessage } from '../src/notifications/outbox-message';
import { FakeStripe } from './support/fake-stripe';
import { Factories } from './support/factories';
import { deliverWebhook, US_ADDRESS } from './support/orders';
import { pollUntil } from './support/poll';
import { mailEnv, SmtpCatcher } from './support/smtp-catcher';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

const BASE = 'https://shop.hirfa.example';

describe('Messages about an order, over SMTP (e2e)', () => {
  const smtp = new SmtpCatcher();
  const stripe = new FakeStripe();
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let manager: User;
  let member: User;
  let coop: Cooperative;
  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));

  /** A paid MAD card order of one tagine, with every message of placement and payment delivered. */
  const paidCardOrder = async (by: User) => {
    const product = await make.product(coop, { title: { en: 'Glazed tagine', fr: 'Tajine émaillé', ar: 'طاجين مزجج' }, priceMinor: 45000 });
    const placed = await t.http
      .post('/api/v1/orders')
      .set(auth(by))
      .send({ items: [{ productId: product.id, quantity: 2 }], currency: 'MAD', shippingAddress: US_ADDRESS, paymentMethod: 'card' })
      .expect(201);
    const checkout = await t.http.post(`/api/v1/orders/${placed.body.id}/checkout`).set(auth(by)).expect(200);
    await deliverWebhook(t, stripe, stripe.event('checkout.session.completed', stripe.complete(checkout.body.sessionId))).expect(200);
    return placed.body as { id: string; number: string; totalMinor: number; cooperativeOrders: { id: string }[] };
  };

  beforeAll(async () => {
    await smtp.start();
    await stripe.start();
    t = await createTestApp({ ...stripe.env(), ...mailEnv(smtp), PUBLIC_BASE_URL: BASE });
    make = new Factories(t.db);
    admin = await make.admin({ email: 'admin@hirfa.test' });
    buyer = await make.buyer({ email: 'claire@buyer.test', name: 'Claire', locale: 'fr' });
    manager = await make.artisan({ email: 'fatima@coop.test', name: 'Fatima', locale: 'ar' });
    member = await make.artisan({ email: 'omar@coop.test', name: 'Omar', locale: 'en' });
    coop = await make.cooperative({ name: 'Atlas Potters' }, manager);
    await make.member(coop, member);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
    await stripe.stop();
  });

  it('lists the duties and taxes a DDP order collects in its confirmation', async () => {
    const product = await make.product(coop, { title: { en: 'Kilim', fr: 'Kilim', ar: 'كليم' }, priceMinor: 400000, hsCode: '570110' });
    await t.db.query(
      `INSERT INTO exchange_rates (currency, mad_per_unit, as_of) VALUES ('EUR', '10', '2026-11-01') ON CONFLICT (currency) DO NOTHING`,
    );
    const lucia = await make.buyer({ email: 'lucia@buyer.test', name: 'Lucía', locale: 'fr' });
    const placed = await t.http
      .post('/api/v1/orders')
      .set(auth(lucia))
      .send({
        items: [{ productId: product.id, quantity: 1 }],
        currency: 'EUR',
        incoterm: 'DDP',
        paymentMethod: 'bank_transfer',
        shippingAddress: { name: 'Lucía', line1: 'Calle Mayor 5', city: 'Madrid', postalCode: '28013', country: 'ES' },
      })
      .expect(201);
    expect(placed.body.landedCostMinor).toBeGreaterThan(0);
    const mail = await smtp.waitFor(lucia.email, new RegExp(`^Commande ${placed.body.number} reçue$`));
    const amount = (placed.body.landedCostMinor / 100).toFixed(2).replace('.', ',');
    expect(mail.text).toMatch(new RegExp(`Droits et taxes à l’importation: ${amount}\\s€`));
  });

  it('tells the buyer and the members each step of an order, once, each in their language', async () => {
    const order = await paidCardOrder(buyer);
    const part = order.cooperativeOrders[0]!.id;
    await t.http
      .post(`/api/v1/cooperative-orders/${part}/ship`)
      .set(auth(member))
      .send({ carrier: 'DHL', trackingNumber: 'JD014600' })
      .expect(200);
    await t.http.post(`/api/v1/cooperative-orders/${part}/deliver`).set(auth(member)).expect(200);
    await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ reason: 'Arrived broken' }).expect(200);

    const placed = await smtp.waitFor(buyer.email, new RegExp(`^Commande ${order.number} reçue$`));
    expect(placed.text).toContain('Tajine émaillé');
    expect(placed.text).toContain('900,00');
    expect(placed.text).toContain(`${BASE}/orders/${order.id}`);
    expect(placed.text).toContain(`commande ${order.number} sur Hirfa`);
    expect(placed.html).toMatch(/<html lang="fr" dir="ltr">/);
    await smtp.waitFor(buyer.email, new RegExp(`^Paiement reçu pour la commande ${order.number}$`));
    const shipped = await smtp.waitFor(buyer.email, /expédiée$/);
    expect(shipped.text).toContain('JD014600');
    expect(shipped.text).toContain('https://www.dhl.com/global-en/home/tracking.html?tracking-id=JD014600');
    await smtp.waitFor(buyer.email, /est livrée$/);
    const refunded = await smtp.waitFor(buyer.email, new RegExp(`^Remboursement de la commande ${order.number}$`));
    expect(refunded.text).toContain(formatMoney(order.totalMinor, 'MAD', 'fr-FR'));

    const arabic = await smtp.waitFor(manager.email, new RegExp(`^طلب جديد ${order.number} للتحضير$`));
    expect(arabic.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic.text).toContain('طاجين مزجج');
    expect(arabic.text).toContain('12 Orchard Street');
    expect(arabic.text).toContain(`${BASE}/cooperative-orders/${part}/commercial-invoice.pdf`);
    expect(arabic.text).toContain('لأنك عضو في Atlas Potters');
    const english = await smtp.waitFor(member.email, new RegExp(`^New order ${order.number} to prepare$`));
    expect(english.html).toMatch(/dir="ltr"/);

    // Nothing else, and nothing twice.
    await pollUntil(
      async () => ((await t.db.getRepository(OutboxMessage).countBy({ status: 'pending' })) === 0 ? true : undefined),
      'an empty outbox',
    );
    const subjects = (to: string): string[] =>
      smtp
        .to(to)
        .map((m) => m.subject)
        .sort();
    expect(subjects(buyer.email)).toHaveLength(5);
    expect(new Set(subjects(buyer.email)).size).toBe(5);
    expect(subjects(manager.email)).toEqual([arabic.subject]);
    expect(subjects(member.email)).toEqual([english.subject]);
    const bodies = smtp.mails.map((m) => m.text + m.html).join('\n');
    expect(bodies).not.toMatch(/pi_|cs_|password/i);
  });

  it('tells the members not to ship a part refunded before shipping', async () => {
    const order = await paidCardOrder(buyer);
    await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ reason: 'Buyer changed their mind' }).expect(200);
    const stop = await smtp.waitFor(member.email, new RegExp(`^Order ${order.number} cancelled: do not ship it$`));
    expect(stop.text).toContain('Please do not ship');
    await smtp.waitFor(manager.email, new RegExp(`الطلب ${order.number}: لا تشحنه`));
  });

  it('leaves out non-essential messages for a buyer who turned them off, never essential ones', async () => {
    const quiet = await make.buyer({ email: 'quiet@buyer.test', locale: 'en' });
    await t.http
      .patch('/api/v1/auth/me')
      .set(auth(quiet))
      .send({ notifications: { nonEssential: false } })
      .expect(200);
    const order = await paidCardOrder(quiet);
    await t.http
      .post(`/api/v1/cooperative-orders/${order.cooperativeOrders[0]!.id}/ship`)
      .set(auth(member))
      .send({ carrier: 'Amana', trackingNumber: 'EE1MA' })
      .expect(200);
    await smtp.waitFor(quiet.email, /^Payment received/);
    const kinds = (await t.db.getRepository(OutboxMessage).findBy({ toAddress: quiet.email })).map((m) => m.kind).sort();
    expect(kinds).toEqual(['order.paid', 'order.placed']);
  });

  it('tells the admins of a payment that reached no paid order', async () => {
    const product = await make.product(coop);
    const placed = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send({ items: [{ productId: product.id, quantity: 1 }], currency: 'MAD', shippingAddress: US_ADDRESS, paymentMethod: 'card' })
      .expect(201);
    const checkout = await t.http.post(`/api/v1/orders/${placed.body.id}/checkout`).set(auth(buyer)).expect(200);
    await t.http.post(`/api/v1/orders/${placed.body.id}/cancel`).set(auth(buyer)).expect(200);
    const session = stripe.complete(checkout.body.sessionId);
    await deliverWebhook(t, stripe, stripe.event('checkout.session.completed', session)).expect(200);
    await deliverWebhook(t, stripe, stripe.event('checkout.session.completed', session)).expect(200);
    const mail = await smtp.waitFor(admin.email, new RegExp(`^A payment needs attention: order ${placed.body.number}$`));
    expect(mail.text).toContain('it arrived after the order was cancelled');
    expect(mail.text).toContain(`${BASE}/admin/payments`);
    await smtp.waitFor(buyer.email, new RegExp(`^Commande ${placed.body.number} annulée$`));
    expect((await t.db.getRepository(OutboxMessage).findBy({ kind: 'admin.payment_attention' })).length).toBe(1);
  });

  it('tells a cooperative of decisions about it and its products, with the reason', async () => {
    const applicant = await make.artisan({ email: 'hassan@coop.test', name: 'Hassan', locale: 'fr' });
    const pending = await make.cooperative({ name: 'Rif Weavers', status: 'pending' }, applicant);
    await t.http
      .post(`/api/v1/cooperatives/${pending.id}/reject`)
      .set(auth(admin))
      .send({ reason: 'ICE introuvable au registre' })
      .expect(200);
    const rejected = await smtp.waitFor(applicant.email, /^La candidature de Rif Weavers a été refusée$/);
    expect(rejected.text).toContain('ICE introuvable au registre');
    const draft = await make.product(coop, { status: 'pending_review', title: { en: 'Blue bowl', ar: 'زبدية زرقاء' } });
    await t.http.post(`/api/v1/products/${draft.id}/reject`).set(auth(admin)).send({ reason: 'Photo floue' }).expect(200);
    const product = await smtp.waitFor(manager.email, /لم يُنشر «زبدية زرقاء»/);
    expect(product.text).toContain('Photo floue');
  });
});

describe('Mail delivery faults, dead letters and several instances (e2e)', () => {
  const smtp = new SmtpCatcher();
  let a: TestApp;
  let b: TestApp;
  let make: Factories;
  let admin: User;
  const auth = (user: User): { Authorization: string } => bearer(tokenFor(a.app, user));
  const register = (t: TestApp, email: string) =>
    t.http.post('/api/v1/auth/register').send({ email, password: 'long-enough-pw', name: 'Test', locale: 'en' }).expect(201);
  const outbox = (t: TestApp): Promise<OutboxMessage[]> => t.db.getRepository(OutboxMessage).find();

  beforeAll(async () => {
    await smtp.start();
    a = await createTestApp(mailEnv(smtp, { MAIL_MAX_ATTEMPTS: '4' }));
    b = await createTestApp(mailEnv(smtp, { MAIL_MAX_ATTEMPTS: '4' }), { databaseUrl: a.databaseUrl });
    make = new Factories(a.db);
    admin = await make.admin();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await smtp.stop();
  });

  it('delivers every message exactly once when the server refuses for a while, across two instances', async () => {
    smtp.refuse = () => smtp.refusals < 6;
    const emails = Array.from({ length: 8 }, (_, i) => `fault-${i}@buyer.test`);
    await Promise.all(emails.map((email, i) => register(i % 2 ? b : a, email)));
    const rows = await pollUntil(
      async () => {
        const mine = (await outbox(a)).filter((m) => emails.includes(m.toAddress));
        return mine.length === emails.length && mine.every((m) => m.status === 'sent') ? mine : undefined;
      },
      'every verification email sent',
      30_000,
    );
    expect(smtp.refusals).toBe(6);
    for (const email of emails) expect(smtp.to(email)).toHaveLength(1);
    const ids = smtp.mails.filter((m) => emails.includes(m.to)).map((m) => m.messageId);
    expect(new Set(ids).size).toBe(emails.length);
    expect(rows.some((m) => m.attempts > 1)).toBe(true);
  });

  it('dead-letters a message that keeps failing, shows it to admins, and delivers it once on retry', async () => {
    smtp.refuse = (to) => to.includes('bounce@buyer.test');
    await register(a, 'bounce@buyer.test');
    const dead = await pollUntil(
      async () => {
        const [row] = (await outbox(a)).filter((m) => m.toAddress === 'bounce@buyer.test');
        return row?.status === 'dead' ? row : undefined;
      },
      'the message to die',
      30_000,
    );
    expect(dead.attempts).toBe(4);
    expect(dead.lastError).toMatch(/451/);

    const listed = await a.http.get('/api/v1/admin/outbox?status=dead').set(auth(admin)).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: dead.id, to: 'bounce@buyer.test', status: 'dead', attempts: 4 })]);
    await a.http.get('/api/v1/admin/outbox').expect(401);

    const page = await a.http
      .get('/admin/outbox?status=dead')
      .set('Cookie', `hirfa_session=${tokenFor(a.app, admin)}`)
      .expect(200);
    expect(page.text).toContain('bounce@buyer.test');
    expect(page.text).toContain(dead.id);

    smtp.refuse = () => false;
    const retried = await a.http.post(`/api/v1/admin/outbox/${dead.id}/retry`).set(auth(admin)).expect(200);
    expect(retried.body.status).toBe('pending');
    await smtp.waitFor('bounce@buyer.test', /Confirm your email/);
    await pollUntil(
      async () => ((await a.db.getRepository(OutboxMessage).findOneByOrFail({ id: dead.id })).status === 'sent' ? true : undefined),
      'sent',
    );
    await a.http.post(`/api/v1/admin/outbox/${dead.id}/retry`).set(auth(admin)).expect(409);
    expect(smtp.to('bounce@buyer.test')).toHaveLength(1);
  });
});

describe('Without SMTP (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: BASE });
  });
  afterAll(() => t.close());

  it('renders and keeps messages for the admin page instead of sending them', async () => {
    await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'kept@buyer.test', password: 'long-enough-pw', name: 'Kept', locale: 'ar' })
      .expect(201);
    const admin = await new Factories(t.db).admin();
    const list = await t.http
      .get('/api/v1/admin/outbox?to=kept@buyer.test')
      .set(bearer(tokenFor(t.app, admin)))
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ kind: 'account.verify_email', status: 'pending', locale: 'ar', attempts: 0 }),
    ]);
    const one = await t.http
      .get(`/api/v1/admin/outbox/${list.body.items[0].id}`)
      .set(bearer(tokenFor(t.app, admin)))
      .expect(200);
    expect(one.body.html).toMatch(/dir="rtl"/);
    expect(one.body.text).toContain(`${BASE}/verify-email?token=`);
  });
});
