import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { OrderExpiryJob } from '../src/orders/order-expiry.job';
import { Order } from '../src/orders/order';
import { StrayPayment } from '../src/orders/stray-payment';
import { ReconciliationJob } from '../src/payments/reconciliation.job';
import { LedgerEntry } from '../src/payouts/ledger-entry';
import { Product } from '../src/products/product';
import { FakeStripe } from './support/fake-stripe';
import { Factories } from './support/factories';
import { deliverWebhook, US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/** Issue 15: every payment lands somewhere visible, refunds net to zero, transfers get days, no lock over Stripe. */
describe('Payments under cancels, late money, refunds and slow Stripe (e2e)', () => {
  const stripe = new FakeStripe();
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let safi: Cooperative;
  let fes: Cooperative;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const deliver = (event: Record<string, unknown>) => deliverWebhook(t, stripe, event);
  const orderRow = (id: string): Promise<Order> => t.db.getRepository(Order).findOneByOrFail({ id });
  const stockOf = async (p: Product): Promise<number> => (await t.db.getRepository(Product).findOneByOrFail({ id: p.id })).stock;
  const refundsOf = (intent: unknown) => [...stripe.refunds.values()].filter((r) => r.payment_intent === intent);
  /** Each cooperative's ledger entries for one order, summed. */
  const netByCooperative = async (orderId: string): Promise<number[]> =>
    (
      await t.db.query('SELECT sum(amount_mad_minor)::bigint AS net FROM ledger_entries WHERE order_id = $1 GROUP BY cooperative_id', [
        orderId,
      ])
    ).map((r: { net: string }) => Number(r.net));
  const expireNow = (orderId: string) => t.db.getRepository(Order).update({ id: orderId }, { expiresAt: new Date(Date.now() - 1000) });

  /** Whether another connection could lock the order row right now (no request holds it). */
  const orderLockFree = async (orderId: string): Promise<boolean> => {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('SELECT 1 FROM orders WHERE id = $1 FOR UPDATE NOWAIT', [orderId]);
      return true;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '55P03') return false;
      throw error;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  const placeCard = async (items: { productId: string; quantity: number }[], extra: Record<string, unknown> = {}) =>
    (
      await t.http
        .post('/api/v1/orders')
        .set(auth(buyer))
        .send({ items, currency: 'EUR', shippingAddress: US_ADDRESS, paymentMethod: 'card', ...extra })
        .expect(201)
    ).body;

  /** A pending EUR card order from two cooperatives, with its checkout session. */
  const orderWithSession = async (stock = 5) => {
    const a = await make.product(safi, { priceMinor: 45000, weightGrams: 2500, stock });
    const b = await make.product(fes, { priceMinor: 260000, weightGrams: 900, stock });
    const order = await placeCard([
      { productId: a.id, quantity: 2 },
      { productId: b.id, quantity: 1 },
    ]);
    const checkout = (await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200)).body;
    return { order, sessionId: checkout.sessionId as string, a, b };
  };

  const adminPayments = (state?: string) => t.http.get(`/api/v1/admin/payments${state ? `?state=${state}` : ''}`).set(auth(admin));

  beforeAll(async () => {
    await stripe.start();
    t = await createTestApp({ ...stripe.env(), PLATFORM_COMMISSION_BPS: '1000', BANK_TRANSFER_HOLD_DAYS: '3' });
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    safi = await make.cooperative({ name: 'Safi' });
    fes = await make.cooperative({ name: 'Fes' });
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10.85', asOf: '2026-11-27' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  describe('every payment lands somewhere visible', () => {
    it('cancelling expires the checkout first; money that lands anyway is refunded once, listed, shown, and touches no ledger', async () => {
      const { order, sessionId } = await orderWithSession();
      await t.http.post(`/api/v1/orders/${order.id}/cancel`).set(auth(buyer)).expect(200);
      expect(stripe.requests.filter((r) => r.method === 'POST' && r.path === `/v1/checkout/sessions/${sessionId}/expire`)).toHaveLength(1);
      expect(stripe.sessions.get(sessionId)!.status).toBe('expired');

      // A payment reported for the cancelled order all the same (as Stripe may, racing the expiry).
      const session = stripe.complete(sessionId);
      const res = await deliver(stripe.event('checkout.session.completed', session)).expect(200);
      expect(res.body.outcome).toBe('refund_due');
      expect((await orderRow(order.id)).status).toBe('cancelled');
      expect(refundsOf(session.payment_intent)).toEqual([expect.objectContaining({ amount: order.totalMinor })]);
      expect(
        stripe.requests.find((r) => r.path === '/v1/refunds' && r.body.payment_intent === session.payment_intent)!.idempotencyKey,
      ).toMatch(/^stray-refund-/);
      // The same payment reported again (reconciliation, another event) refunds nothing more.
      await deliver(stripe.event('checkout.session.completed', session)).expect(200);
      expect(refundsOf(session.payment_intent)).toHaveLength(1);

      const [refund] = refundsOf(session.payment_intent);
      const expected = {
        orderId: order.id,
        orderNumber: order.number,
        orderStatus: 'cancelled',
        method: 'card',
        reference: session.payment_intent,
        amountMinor: order.totalMinor,
        currency: 'EUR',
        cause: 'paid_after_cancel',
        state: 'refunded',
        stripeRefundId: refund.id,
      };
      expect((await adminPayments('needs_attention').expect(200)).body.items).toContainEqual(expect.objectContaining(expected));
      expect((await adminPayments('refunded').expect(200)).body.items).toContainEqual(expect.objectContaining(expected));
      expect((await adminPayments('refund_due').expect(200)).body.items.map((i: { orderId: string }) => i.orderId)).not.toContain(order.id);
      const seen = await t.http.get(`/api/v1/orders/${order.id}`).set(auth(buyer)).expect(200);
      expect(seen.body.strayPayments).toEqual([
        expect.objectContaining({ cause: 'paid_after_cancel', state: 'refunded', action: 'Refunded' }),
      ]);

      // Stripe then reports the refund: the order was never credited, so no ledger entry moves.
      const refunded = await deliver(stripe.event('charge.refunded', stripe.chargeRefunded(session.payment_intent as string))).expect(200);
      expect(refunded.body.outcome).toBe('stray_refund_recorded');
      expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: order.id })).toBe(0);
      expect(await orderRow(order.id)).toMatchObject({ status: 'cancelled', refundedMinor: 0 });
    });

    it('lists payments for admins only, by state', async () => {
      await t.http.get('/api/v1/admin/payments').set(auth(buyer)).expect(403);
      const bad = await adminPayments('lost').expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      const { order, sessionId } = await orderWithSession();
      await deliver(
        stripe.event('checkout.session.completed', stripe.complete(sessionId, { amount_total: order.totalMinor - 100 })),
      ).expect(200);
      const review = (await adminPayments('review').expect(200)).body.items;
      expect(review).toContainEqual(
        expect.objectContaining({ orderId: order.id, cause: 'amount_mismatch', state: 'review', amountMinor: order.totalMinor - 100 }),
      );
      expect((await adminPayments().expect(200)).body.items.map((i: { orderId: string }) => i.orderId)).toContain(order.id);
    });

    it('a cancel that comes after the buyer paid loses: the order is paid', async () => {
      const { order, sessionId } = await orderWithSession();
      const session = stripe.complete(sessionId);
      const res = await t.http.post(`/api/v1/orders/${order.id}/cancel`).set(auth(buyer)).expect(409);
      expect(res.body).toMatchObject({ code: 'INVALID_STATE', details: { status: 'paid' } });
      expect(await orderRow(order.id)).toMatchObject({ status: 'paid', paymentIntentId: session.payment_intent });
      expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: order.id })).toBe(6);
      expect((await deliver(stripe.event('checkout.session.completed', session)).expect(200)).body.outcome).toBe('already_paid');
    });

    it('an order expired while a SEPA debit settled is revived when the money comes and the stock is there', async () => {
      const { order, sessionId, a, b } = await orderWithSession(5);
      const processing = stripe.complete(sessionId, { payment_status: 'unpaid' });
      await deliver(stripe.event('checkout.session.completed', processing)).expect(200);
      await expireNow(order.id);
      await t.app.get(ReconciliationJob).runOnce();
      expect((await orderRow(order.id)).status).toBe('expired');
      expect([await stockOf(a), await stockOf(b)]).toEqual([5, 5]);

      const paid = stripe.complete(sessionId, { payment_status: 'paid', payment_intent: processing.payment_intent });
      const res = await deliver(stripe.event('checkout.session.async_payment_succeeded', paid)).expect(200);
      expect(res.body.outcome).toBe('revived');
      expect(await orderRow(order.id)).toMatchObject({ status: 'paid', paymentIntentId: processing.payment_intent });
      expect([await stockOf(a), await stockOf(b)]).toEqual([3, 4]);
      expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: order.id })).toBe(6);
      expect(refundsOf(processing.payment_intent)).toHaveLength(0);
    });

    it('and refunded when its stock has been sold meanwhile', async () => {
      const { order, sessionId, a, b } = await orderWithSession(5);
      const processing = stripe.complete(sessionId, { payment_status: 'unpaid' });
      await deliver(stripe.event('checkout.session.completed', processing)).expect(200);
      await expireNow(order.id);
      await t.app.get(ReconciliationJob).runOnce();
      await t.db.getRepository(Product).update({ id: a.id }, { stock: 1 });

      const paid = stripe.complete(sessionId, { payment_status: 'paid', payment_intent: processing.payment_intent });
      expect((await deliver(stripe.event('checkout.session.async_payment_succeeded', paid)).expect(200)).body.outcome).toBe('refund_due');
      expect((await orderRow(order.id)).status).toBe('expired');
      expect([await stockOf(a), await stockOf(b)]).toEqual([1, 5]);
      expect(refundsOf(processing.payment_intent)).toEqual([expect.objectContaining({ amount: order.totalMinor })]);
      expect(await t.db.getRepository(StrayPayment).findOneByOrFail({ orderId: order.id })).toMatchObject({
        cause: 'paid_after_expiry',
        state: 'refunded',
      });
      expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: order.id })).toBe(0);
    });

    it('retries an automatic refund Stripe refused, with backoff, from the reconciliation job', async () => {
      const { order, sessionId } = await orderWithSession();
      await t.http.post(`/api/v1/orders/${order.id}/cancel`).set(auth(buyer)).expect(200);
      const session = stripe.complete(sessionId);
      stripe.failNext('POST', /^\/v1\/refunds$/);
      await deliver(stripe.event('checkout.session.completed', session)).expect(200);
      const stray = await t.db.getRepository(StrayPayment).findOneByOrFail({ orderId: order.id });
      expect(stray).toMatchObject({ state: 'refund_due', attempts: 1 });
      expect(stray.retryAfter!.getTime()).toBeGreaterThan(Date.now());
      expect((await adminPayments('refund_due').expect(200)).body.items).toContainEqual(
        expect.objectContaining({ orderId: order.id, attempts: 1 }),
      );

      await t.app.get(ReconciliationJob).runOnce();
      expect(refundsOf(session.payment_intent)).toHaveLength(0);
      // Meanwhile someone refunds part of it from the Stripe dashboard: the rest is still due.
      stripe.refunds.set('re_dashboard_stray', {
        id: 're_dashboard_stray',
        object: 'refund',
        amount: 500,
        currency: 'eur',
        payment_intent: session.payment_intent,
      });
      await deliver(stripe.event('charge.refunded', stripe.chargeRefunded(session.payment_intent as string))).expect(200);
      expect((await t.db.getRepository(StrayPayment).findOneByOrFail({ id: stray.id })).state).toBe('refund_due');

      await t.db.getRepository(StrayPayment).update({ id: stray.id }, { retryAfter: new Date(Date.now() - 1000) });
      await t.app.get(ReconciliationJob).runOnce();
      expect(refundsOf(session.payment_intent).map((r) => r.amount)).toEqual([500, order.totalMinor - 500]);
      expect((await t.db.getRepository(StrayPayment).findOneByOrFail({ id: stray.id })).state).toBe('refunded');
    });
  });

  describe('the ledger is exact', () => {
    it('a full refund of an insured card order brings the cooperative back to zero', async () => {
      const tagine = await make.product(safi, { priceMinor: 45000, weightGrams: 2500, stock: 10, hsCode: '691200' });
      const quote = await t.http
        .post('/api/v1/insurance/quotes')
        .set(auth(buyer))
        .send({ destinationCountry: 'US', currency: 'EUR', items: [{ productId: tagine.id, quantity: 3 }], coverages: ['transit'] })
        .expect(201);
      const order = await placeCard([{ productId: tagine.id, quantity: 3 }], { insuranceQuoteId: quote.body.id });
      expect(order.insuranceMinor).toBeGreaterThan(0);
      const checkout = (await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200)).body;
      await deliver(stripe.event('checkout.session.completed', stripe.complete(checkout.sessionId))).expect(200);
      await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ reason: 'Never arrived' }).expect(200);
      expect(await netByCooperative(order.id)).toEqual([0]);
    });

    it('partial refunds, from the admin and the Stripe dashboard, then the rest: every cooperative nets to zero', async () => {
      const { order, sessionId } = await orderWithSession();
      const session = stripe.complete(sessionId);
      await deliver(stripe.event('checkout.session.completed', session)).expect(200);
      const credited = await netByCooperative(order.id);
      for (const amountMinor of [1, 999]) {
        await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ amountMinor, reason: 'Chipped' }).expect(200);
      }
      stripe.refunds.set('re_dashboard_partial', {
        id: 're_dashboard_partial',
        object: 'refund',
        amount: 7777,
        currency: 'eur',
        payment_intent: session.payment_intent,
      });
      await deliver(stripe.event('charge.refunded', stripe.chargeRefunded(session.payment_intent as string))).expect(200);
      const part = await netByCooperative(order.id);
      part.forEach((net, i) => expect(net).toBeLessThan(credited[i]));
      await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ reason: 'Returned' }).expect(200);
      expect(await netByCooperative(order.id)).toEqual([0, 0]);
      expect((await orderRow(order.id)).status).toBe('refunded');
    });
  });

  describe('bank transfers', () => {
    const placeTransfer = async (p: Product, quantity = 1) =>
      (
        await t.http
          .post('/api/v1/orders')
          .set(auth(buyer))
          .send({ items: [{ productId: p.id, quantity }], currency: 'MAD', shippingAddress: US_ADDRESS, paymentMethod: 'bank_transfer' })
          .expect(201)
      ).body;
    const confirm = (order: { id: string; totalMinor: number }, reference: string) =>
      t.http.post(`/api/v1/orders/${order.id}/confirm-bank-transfer`).set(auth(admin)).send({ reference, amountMinor: order.totalMinor });

    it('hold their stock BANK_TRANSFER_HOLD_DAYS, and a transfer after the hold revives the order if the stock is there', async () => {
      const p = await make.product(fes, { stock: 4 });
      const order = await placeTransfer(p, 2);
      const held = new Date(order.expiresAt).getTime() - new Date(order.createdAt).getTime();
      expect(Math.abs(held - 3 * 86_400_000)).toBeLessThan(60_000);
      await expireNow(order.id);
      await t.app.get(OrderExpiryJob).runOnce();
      expect(await stockOf(p)).toBe(4);

      const res = await confirm(order, 'VIR-LATE-1').expect(200);
      expect(res.body).toMatchObject({ status: 'paid', strayPayments: [] });
      expect(await stockOf(p)).toBe(2);
      expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: order.id })).toBe(3);
    });

    it('a transfer after the hold with the stock gone, or for a cancelled order, is recorded for refund', async () => {
      const p = await make.product(fes, { stock: 2 });
      const late = await placeTransfer(p, 2);
      await expireNow(late.id);
      await t.app.get(OrderExpiryJob).runOnce();
      await t.db.getRepository(Product).update({ id: p.id }, { stock: 1 });
      const res = await confirm(late, 'VIR-LATE-2').expect(200);
      expect(res.body.status).toBe('expired');
      expect(res.body.strayPayments).toEqual([
        expect.objectContaining({
          method: 'bank_transfer',
          reference: 'VIR-LATE-2',
          cause: 'paid_after_expiry',
          state: 'refund_due',
          amountMinor: late.totalMinor,
        }),
      ]);
      expect(await stockOf(p)).toBe(1);

      const cancelled = await placeTransfer(p, 1);
      await t.http.post(`/api/v1/orders/${cancelled.id}/cancel`).set(auth(buyer)).expect(200);
      await confirm(cancelled, 'VIR-LATE-3').expect(200);
      const due = (await adminPayments('refund_due').expect(200)).body.items;
      expect(due).toContainEqual(
        expect.objectContaining({ orderId: late.id, action: 'To be refunded by bank transfer by an administrator' }),
      );
      expect(due).toContainEqual(expect.objectContaining({ orderId: cancelled.id, cause: 'paid_after_cancel' }));
      expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: late.id })).toBe(0);
    });
  });

  describe('no lock held while Stripe answers', () => {
    it('checkout, refund, cancel and reconciliation leave the order row free during their Stripe call', async () => {
      const p = await make.product(safi, { stock: 10 });
      const order = await placeCard([{ productId: p.id, quantity: 1 }]);
      let hold = stripe.hold('POST', /^\/v1\/checkout\/sessions$/);
      const checkout = t.http
        .post(`/api/v1/orders/${order.id}/checkout`)
        .set(auth(buyer))
        .then((r) => r);
      await hold.reached;
      expect(await orderLockFree(order.id)).toBe(true);
      hold.release();
      const { sessionId } = (await checkout).body;

      const session = stripe.complete(sessionId);
      await deliver(stripe.event('checkout.session.completed', session)).expect(200);
      hold = stripe.hold('POST', /^\/v1\/refunds$/);
      const refund = t.http
        .post(`/api/v1/orders/${order.id}/refund`)
        .set(auth(admin))
        .send({ amountMinor: 100, reason: 'Scratch' })
        .then((r) => r);
      await hold.reached;
      expect(await orderLockFree(order.id)).toBe(true);
      hold.release();
      expect((await refund).status).toBe(200);

      const open = await placeCard([{ productId: p.id, quantity: 1 }]);
      const openSession = (await t.http.post(`/api/v1/orders/${open.id}/checkout`).set(auth(buyer)).expect(200)).body.sessionId;
      hold = stripe.hold('POST', new RegExp(`^/v1/checkout/sessions/${openSession}/expire$`));
      const cancel = t.http
        .post(`/api/v1/orders/${open.id}/cancel`)
        .set(auth(buyer))
        .then((r) => r);
      await hold.reached;
      expect(await orderLockFree(open.id)).toBe(true);
      hold.release();
      expect((await cancel).status).toBe(200);

      const due = await placeCard([{ productId: p.id, quantity: 1 }]);
      const dueSession = (await t.http.post(`/api/v1/orders/${due.id}/checkout`).set(auth(buyer)).expect(200)).body.sessionId;
      await expireNow(due.id);
      hold = stripe.hold('GET', new RegExp(`^/v1/checkout/sessions/${dueSession}$`));
      const run = t.app.get(ReconciliationJob).runOnce();
      await hold.reached;
      expect(await orderLockFree(due.id)).toBe(true);
      hold.release();
      await run;
      expect((await orderRow(due.id)).status).toBe('expired');

      // The automatic refund of money that came after the cancel is asked for after the webhook's commit.
      const late = stripe.complete(openSession);
      hold = stripe.hold('POST', /^\/v1\/refunds$/);
      const webhook = deliver(stripe.event('checkout.session.completed', late)).then((r) => r);
      await hold.reached;
      expect(await orderLockFree(open.id)).toBe(true);
      hold.release();
      expect((await webhook).body.outcome).toBe('refund_due');
    });
  });

  describe('checkout', () => {
    it('two checkouts at once share one session', async () => {
      const p = await make.product(safi, { stock: 5 });
      const order = await placeCard([{ productId: p.id, quantity: 1 }]);
      const results = await Promise.all([1, 2, 3].map(() => t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer))));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(new Set(results.map((r) => r.body.sessionId)).size).toBe(1);
      expect((await orderRow(order.id)).checkoutSessionId).toBe(results[0].body.sessionId);
      expect([...stripe.sessions.values()].filter((s) => s.client_reference_id === order.id)).toHaveLength(1);
    });
  });

  describe('expiry', () => {
    it('an order whose products stay locked is retried later with backoff; the orders behind it expire', async () => {
      // A second instance on the same database, whose statements give up after a second.
      const other = await createTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: '1000' }, { databaseUrl: t.databaseUrl });
      const stuck = await make.product(fes, { stock: 5 });
      const free = await make.product(fes, { stock: 5 });
      const placeTransfer = async (p: Product) =>
        (
          await t.http
            .post('/api/v1/orders')
            .set(auth(buyer))
            .send({
              items: [{ productId: p.id, quantity: 1 }],
              currency: 'MAD',
              shippingAddress: US_ADDRESS,
              paymentMethod: 'bank_transfer',
            })
            .expect(201)
        ).body;
      const first = await placeTransfer(stuck);
      const second = await placeTransfer(free);
      await t.db.getRepository(Order).update({ id: first.id }, { expiresAt: new Date(Date.now() - 60_000) });
      await expireNow(second.id);
      const runner = t.db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query('SELECT 1 FROM products WHERE id = $1 FOR UPDATE', [stuck.id]);
        expect(await other.app.get(OrderExpiryJob).runOnce()).toBeGreaterThanOrEqual(1);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
        await other.close();
      }
      expect((await orderRow(second.id)).status).toBe('expired');
      const row = await orderRow(first.id);
      expect(row).toMatchObject({ status: 'pending_payment', settleAttempts: 1 });
      expect(row.settleAfter!.getTime()).toBeGreaterThan(Date.now());
      expect([await stockOf(stuck), await stockOf(free)]).toEqual([4, 5]);
    });
  });

  describe('reconciliation', () => {
    it('an order Stripe cannot answer for is retried later with backoff; the orders behind it are settled', async () => {
      const broken = await orderWithSession();
      const paid = await orderWithSession();
      const unpaid = await orderWithSession();
      stripe.sessions.delete(broken.sessionId);
      stripe.complete(paid.sessionId);
      // The broken order is the oldest due, so it is claimed first.
      await t.db.getRepository(Order).update({ id: broken.order.id }, { expiresAt: new Date(Date.now() - 60_000) });
      await expireNow(paid.order.id);
      await expireNow(unpaid.order.id);
      const retrievals = () =>
        stripe.requests.filter((r) => r.method === 'GET' && r.path === `/v1/checkout/sessions/${broken.sessionId}`).length;

      await t.app.get(ReconciliationJob).runOnce();
      expect((await orderRow(paid.order.id)).status).toBe('paid');
      expect((await orderRow(unpaid.order.id)).status).toBe('expired');
      const row = await orderRow(broken.order.id);
      expect(row).toMatchObject({ status: 'pending_payment', settleAttempts: 1 });
      expect(row.settleAfter!.getTime()).toBeGreaterThan(Date.now());
      const asked = retrievals();
      await t.app.get(ReconciliationJob).runOnce();
      expect(retrievals()).toBe(asked);
    });
  });
});
