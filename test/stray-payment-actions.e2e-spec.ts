import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Order } from '../src/orders/order';
import { StrayPayment } from '../src/orders/stray-payment';
import { FakeStripe } from './support/fake-stripe';
import { Factories } from './support/factories';
import { mailEnv, SmtpCatcher } from './support/smtp-catcher';
import { deliverWebhook, US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';
import { signedInBrowser } from './support/web-forms';

/** What an admin does with money that reached no paid order: refund one kept for review, record a transfer sent back. */
describe('Admin actions on stray payments (e2e)', () => {
  const stripe = new FakeStripe();
  const smtp = new SmtpCatcher();
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let coop: Cooperative;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const strayOf = (orderId: string): Promise<StrayPayment> => t.db.getRepository(StrayPayment).findOneByOrFail({ orderId });
  const orderRow = (id: string): Promise<Order> => t.db.getRepository(Order).findOneByOrFail({ id });
  const audits = async (id: string): Promise<{ action: string; after: Record<string, unknown> }[]> =>
    t.db.query(`SELECT action, after FROM audit_log WHERE target_id = $1 ORDER BY created_at`, [id]);
  /** The messages written for the buyer that a payment went back, for one order (the outbox row is written with the change). */
  const returnedMessages = async (orderNumber: string): Promise<{ subject: string; text: string }[]> =>
    t.db.query(`SELECT subject, text FROM outbox_messages WHERE kind = 'order.payment_returned' AND subject LIKE '%' || $1 || '%'`, [
      orderNumber,
    ]);
  const refundsOf = (intent: unknown) => [...stripe.refunds.values()].filter((r) => r.payment_intent === intent);

  /** A card order paid for another amount than its total: the payment is kept for review. */
  const reviewedCardPayment = async () => {
    const product = await make.product(coop, { priceMinor: 45000, stock: 5 });
    const order = (
      await t.http
        .post('/api/v1/orders')
        .set(auth(buyer))
        .send({ items: [{ productId: product.id, quantity: 1 }], currency: 'EUR', shippingAddress: US_ADDRESS, paymentMethod: 'card' })
        .expect(201)
    ).body;
    const { sessionId } = (await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200)).body;
    const session = stripe.complete(sessionId, { amount_total: order.totalMinor - 100 });
    await deliverWebhook(t, stripe, stripe.event('checkout.session.completed', session)).expect(200);
    return { order, session, stray: await strayOf(order.id) };
  };

  /** A bank transfer that came for a cancelled order: due for refund by hand. */
  const dueBankTransfer = async () => {
    const product = await make.product(coop, { stock: 5 });
    const order = (
      await t.http
        .post('/api/v1/orders')
        .set(auth(buyer))
        .send({
          items: [{ productId: product.id, quantity: 1 }],
          currency: 'MAD',
          shippingAddress: US_ADDRESS,
          paymentMethod: 'bank_transfer',
        })
        .expect(201)
    ).body;
    await t.http.post(`/api/v1/orders/${order.id}/cancel`).set(auth(buyer)).expect(200);
    await t.http
      .post(`/api/v1/orders/${order.id}/confirm-bank-transfer`)
      .set(auth(admin))
      .send({ reference: `VIR-IN-${order.number}`, amountMinor: order.totalMinor })
      .expect(200);
    return { order, stray: await strayOf(order.id) };
  };

  beforeAll(async () => {
    await stripe.start();
    await smtp.start();
    t = await createTestApp({ ...stripe.env(), ...mailEnv(smtp) });
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    coop = await make.cooperative();
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10.85', asOf: '2026-11-27' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
    await smtp.stop();
  });

  it('refunds a card payment kept for review through Stripe once, and lifts the order’s review flag', async () => {
    const { order, session, stray } = await reviewedCardPayment();
    expect(stray.state).toBe('review');
    expect((await orderRow(order.id)).paymentFlag).toBe('review');
    expect(refundsOf(session.payment_intent)).toEqual([]);

    await t.http.post(`/api/v1/admin/payments/${stray.id}/refund`).set(auth(buyer)).expect(403);
    const res = await t.http.post(`/api/v1/admin/payments/${stray.id}/refund`).set(auth(admin)).expect(200);
    const [refund] = refundsOf(session.payment_intent);
    expect(res.body).toMatchObject({ id: stray.id, state: 'refunded', stripeRefundId: refund.id, action: 'Refunded' });
    expect(refund).toMatchObject({ amount: order.totalMinor - 100 });
    expect(stripe.requests.find((r) => r.path === '/v1/refunds' && r.body.payment_intent === session.payment_intent)!.idempotencyKey).toBe(
      `stray-refund-${stray.id}`,
    );
    expect(await strayOf(order.id)).toMatchObject({ state: 'refunded', stripeRefundId: refund.id });
    expect(await orderRow(order.id)).toMatchObject({ status: 'pending_payment', paymentFlag: null, paymentFlagReason: null });
    expect(await audits(stray.id)).toEqual([{ action: 'payment.decide_refund', after: { state: 'refund_due' } }]);
    const mail = await smtp.waitFor(buyer.email, new RegExp(`^Your payment for order ${order.number} has been sent back$`));
    expect(mail.text).toContain('the amount differed from the order total');
    expect(mail.text).toContain('We refunded it to your card');
    // Stripe then reports that refund: the buyer is not told twice.
    await deliverWebhook(t, stripe, stripe.event('charge.refunded', stripe.chargeRefunded(session.payment_intent as string))).expect(200);
    expect(await returnedMessages(order.number)).toHaveLength(1);

    const again = await t.http.post(`/api/v1/admin/payments/${stray.id}/refund`).set(auth(admin)).expect(409);
    expect(again.body).toMatchObject({ code: 'INVALID_STATE', message: 'This payment is refunded and cannot be sent for refund' });
    expect(refundsOf(session.payment_intent)).toHaveLength(1);
  });

  it('never records a card payment as refunded by hand', async () => {
    const { stray } = await reviewedCardPayment();
    const res = await t.http
      .post(`/api/v1/admin/payments/${stray.id}/refunded`)
      .set(auth(admin))
      .send({ reference: 'VIR-OUT-1' })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('refunded through Stripe') });
    expect(await strayOf(stray.orderId)).toMatchObject({ state: 'review', refundReference: null });
    expect(await audits(stray.id)).toEqual([]);
    expect(await returnedMessages((await orderRow(stray.orderId)).number)).toEqual([]);
  });

  it('records a bank transfer sent back, with its reference, once', async () => {
    const { order, stray } = await dueBankTransfer();
    expect(stray).toMatchObject({ method: 'bank_transfer', state: 'refund_due', cause: 'paid_after_cancel' });
    const url = `/api/v1/admin/payments/${stray.id}/refunded`;

    for (const body of [{}, { reference: '  ' }, { reference: 7 }, { reference: 'x'.repeat(101) }]) {
      const bad = await t.http.post(url).set(auth(admin)).send(body).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
    await t.http.post(url).set(auth(buyer)).send({ reference: 'VIR-OUT-2' }).expect(403);
    expect((await strayOf(order.id)).state).toBe('refund_due');

    const res = await t.http.post(url).set(auth(admin)).send({ reference: ' VIR-OUT-2 ' }).expect(200);
    expect(res.body).toMatchObject({ id: stray.id, state: 'refunded', refundReference: 'VIR-OUT-2', action: 'Refunded' });
    expect(await strayOf(order.id)).toMatchObject({ state: 'refunded', refundReference: 'VIR-OUT-2' });
    expect(await audits(stray.id)).toEqual([
      { action: 'payment.record_refund', after: { state: 'refunded', refundReference: 'VIR-OUT-2' } },
    ]);
    const seen = await t.http.get(`/api/v1/orders/${order.id}`).set(auth(buyer)).expect(200);
    expect(seen.body.strayPayments).toEqual([expect.objectContaining({ state: 'refunded', refundReference: 'VIR-OUT-2' })]);

    const again = await t.http.post(url).set(auth(admin)).send({ reference: 'VIR-OUT-3' }).expect(409);
    expect(again.body.code).toBe('INVALID_STATE');
    expect((await strayOf(order.id)).refundReference).toBe('VIR-OUT-2');
    expect(await returnedMessages(order.number)).toHaveLength(1);
  });

  it('lets an admin do both from the payments page', async () => {
    const card = await reviewedCardPayment();
    const bank = await dueBankTransfer();
    const { browser, token } = await signedInBrowser(t, admin.email);
    const rowOf = (html: string, orderNumber: string): string => html.split('<tr data-state=').find((row) => row.includes(orderNumber))!;

    const page = (await browser.get('/admin/payments').expect(200)).text;
    expect(rowOf(page, card.order.number)).toContain(`action="/admin/payments/${card.stray.id}/refund"`);
    expect(rowOf(page, bank.order.number)).toContain(`action="/admin/payments/${bank.stray.id}/refunded"`);
    // Without the form's token nothing happens.
    await browser.post(`/admin/payments/${card.stray.id}/refund`).type('form').send({}).expect(403);
    expect((await strayOf(card.order.id)).state).toBe('review');

    await browser
      .post(`/admin/payments/${card.stray.id}/refund`)
      .type('form')
      .send({ _csrf: token })
      .expect(303)
      .expect('Location', '/admin/payments?done=1');
    await browser
      .post(`/admin/payments/${bank.stray.id}/refunded`)
      .type('form')
      .send({ _csrf: token, reference: 'VIR-OUT-PAGE' })
      .expect(303)
      .expect('Location', '/admin/payments?done=1');
    expect((await strayOf(card.order.id)).state).toBe('refunded');
    expect(await strayOf(bank.order.id)).toMatchObject({ state: 'refunded', refundReference: 'VIR-OUT-PAGE' });

    const after = (await browser.get('/admin/payments?done=1').expect(200)).text;
    expect(after).toContain('<p class="notice" role="status">Done.</p>');
    expect(rowOf(after, bank.order.number)).toContain('<span dir="ltr">VIR-OUT-PAGE</span>');
    expect(rowOf(after, bank.order.number)).not.toContain('<form');
    expect(rowOf(after, card.order.number)).not.toContain('<form');
  });

  it('answers 404 for an unknown payment and 400 for a malformed id', async () => {
    await t.http.post('/api/v1/admin/payments/00000000-0000-4000-8000-000000000000/refund').set(auth(admin)).expect(404);
    const bad = await t.http.post('/api/v1/admin/payments/not-a-uuid/refunded').set(auth(admin)).send({ reference: 'VIR-1' }).expect(400);
    expect(bad.body.code).toBe('BAD_REQUEST');
  });
});
