import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { CooperativeOrder } from '../src/orders/cooperative-order';
import { Order } from '../src/orders/order';
import { ReconciliationJob } from '../src/payments/reconciliation.job';
import { Refund } from '../src/payments/refund';
import { StripeEvent } from '../src/payments/stripe-event';
import { LedgerEntry } from '../src/payouts/ledger-entry';
import { Product } from '../src/products/product';
import { FakeStripe } from './support/fake-stripe';
import { Factories } from './support/factories';
import { deliverWebhook, US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Stripe payments, refunds and the payout ledger (e2e)', () => {
  const stripe = new FakeStripe();
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let artisan: User;
  let safi: Cooperative;
  let fes: Cooperative;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const address = US_ADDRESS;
  const orderRow = (id: string): Promise<Order> => t.db.getRepository(Order).findOneByOrFail({ id });
  const stockOf = async (p: Product): Promise<number> => (await t.db.getRepository(Product).findOneByOrFail({ id: p.id })).stock;
  const balance = async (coop: Cooperative): Promise<number> =>
    Number(
      (await t.db.query('SELECT coalesce(sum(amount_mad_minor), 0) AS b FROM ledger_entries WHERE cooperative_id = $1', [coop.id]))[0].b,
    );

  const deliver = (event: Record<string, unknown>, signature?: string) => deliverWebhook(t, stripe, event, signature);

  /** A pending EUR card order from two cooperatives, with its checkout session. */
  const orderWithSession = async (stock = 5) => {
    const a = await make.product(safi, { priceMinor: 45000, weightGrams: 2500, stock, title: { en: 'Glazed tagine' } });
    const b = await make.product(fes, { priceMinor: 260000, weightGrams: 900, stock, title: { en: 'Zellige table' } });
    const placed = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send({
        items: [
          { productId: a.id, quantity: 2 },
          { productId: b.id, quantity: 1 },
        ],
        currency: 'EUR',
        shippingAddress: address,
        paymentMethod: 'card',
      })
      .expect(201);
    const checkout = await t.http.post(`/api/v1/orders/${placed.body.id}/checkout`).set(auth(buyer)).expect(200);
    return { order: placed.body, checkout: checkout.body, a, b };
  };

  beforeAll(async () => {
    await stripe.start();
    t = await createTestApp({ ...stripe.env(), PUBLIC_BASE_URL: 'https://shop.hirfa.example', PLATFORM_COMMISSION_BPS: '1000' });
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer({ email: 'emma@buyer.example' });
    artisan = await make.artisan();
    safi = await make.cooperative({ name: 'Safi' }, artisan);
    fes = await make.cooperative({ name: 'Fes' });
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10.85', asOf: '2026-11-27' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  it('creates a Checkout Session whose lines add up to the order total, once per order', async () => {
    const { order, checkout } = await orderWithSession();
    expect(checkout.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\//);
    const session = stripe.sessions.get(checkout.sessionId)!;
    expect(session).toMatchObject({
      mode: 'payment',
      currency: 'eur',
      amount_total: order.totalMinor,
      client_reference_id: order.id,
      customer_email: 'emma@buyer.example',
      metadata: { orderId: order.id, orderNumber: order.number },
      success_url: `https://shop.hirfa.example/orders/${order.id}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
    });
    const lines = session.line_items_sent as { price_data: { unit_amount: string; product_data: { name: string } }; quantity: string }[];
    expect(lines.map((l) => [l.price_data.product_data.name, Number(l.price_data.unit_amount), Number(l.quantity)])).toEqual(
      expect.arrayContaining([
        ['Glazed tagine', 4147, 2],
        ['Zellige table', 23963, 1],
        ['Shipping', order.shippingMinor, 1],
      ]),
    );
    // Stripe needs 30 minutes at least: the order keeps its stock as long as the session lives.
    expect(new Date(checkout.expiresAt).getTime()).toBe(Number(session.expires_at) * 1000);
    expect((await orderRow(order.id)).expiresAt.getTime()).toBe(Number(session.expires_at) * 1000);
    const creates = stripe.requests.filter((r) => r.path === '/v1/checkout/sessions' && r.body.client_reference_id === order.id);
    expect(creates).toHaveLength(1);
    expect(creates[0].idempotencyKey).toMatch(new RegExp(`^checkout-${order.id}-`));

    const again = await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200);
    expect(again.body.sessionId).toBe(checkout.sessionId);
    expect(stripe.requests.filter((r) => r.path === '/v1/checkout/sessions' && r.body.client_reference_id === order.id)).toHaveLength(1);
    const other = await make.buyer();
    await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(other)).expect(404);
  });

  it('pays the order from checkout.session.completed and credits each cooperative net of commission', async () => {
    const { order, checkout } = await orderWithSession();
    const before = { safi: await balance(safi), fes: await balance(fes) };
    const session = stripe.complete(checkout.sessionId);
    const res = await deliver(stripe.event('checkout.session.completed', session)).expect(200);
    expect(res.body).toEqual({ received: true, duplicate: false, outcome: 'paid' });
    expect(await orderRow(order.id)).toMatchObject({ status: 'paid', paymentIntentId: session.payment_intent, paymentFlag: null });
    expect((await t.db.getRepository(CooperativeOrder).findBy({ orderId: order.id })).map((p) => p.status)).toEqual(['paid', 'paid']);
    // Safi: 2 × 41.47 EUR = 82.94 EUR → 899.90 MAD lines; commission 10% = 89.99; shipping 5 kg NA bracket 720 MAD = 66.36 EUR → 720.01 MAD.
    const safiPart = order.cooperativeOrders.find((p: { cooperativeId: string }) => p.cooperativeId === safi.id);
    const safiEntries = await t.db.getRepository(LedgerEntry).find({ where: { cooperativeOrderId: safiPart.id }, order: { kind: 'ASC' } });
    expect(safiEntries.map((e) => [e.kind, e.amountMadMinor])).toEqual([
      ['commission', -8999],
      ['sale', 89990],
      ['shipping', 72001],
    ]);
    expect(await balance(safi)).toBe(before.safi + 89990 - 8999 + 72001);
    expect(await balance(fes)).toBeGreaterThan(before.fes);
  });

  it('processes the same event delivered five times once', async () => {
    const { order, checkout } = await orderWithSession();
    const event = stripe.event('checkout.session.completed', stripe.complete(checkout.sessionId));
    const results = await Promise.all(Array.from({ length: 5 }, () => deliver(event)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    expect(await t.db.getRepository(StripeEvent).countBy({ id: event.id as string })).toBe(1);
    expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: order.id })).toBe(6);
    expect((await orderRow(order.id)).status).toBe('paid');
  });

  it('refuses a forged or missing signature with 400 and changes nothing', async () => {
    const { order, checkout } = await orderWithSession();
    const event = stripe.event('checkout.session.completed', stripe.complete(checkout.sessionId));
    const forged = stripe.signed(event, 'whsec_not_the_real_secret').signature;
    const res = await deliver(event, forged).expect(400);
    expect(res.body.code).toBe('BAD_REQUEST');
    await t.http.post('/api/v1/payments/stripe/webhook').set('Content-Type', 'application/json').send(JSON.stringify(event)).expect(400);
    // A valid signature over a different body is refused too.
    const { signature } = stripe.signed(event);
    await t.http
      .post('/api/v1/payments/stripe/webhook')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(JSON.stringify({ ...event, id: 'evt_other' }))
      .expect(400);
    expect((await orderRow(order.id)).status).toBe('pending_payment');
    expect(await t.db.getRepository(StripeEvent).countBy({ id: event.id as string })).toBe(0);
  });

  it('flags a payment whose amount or currency differs for review and does not mark it paid', async () => {
    const { order, checkout } = await orderWithSession();
    const res = await deliver(
      stripe.event('checkout.session.completed', stripe.complete(checkout.sessionId, { amount_total: order.totalMinor - 100 })),
    ).expect(200);
    expect(res.body.outcome).toBe('flagged_review');
    expect(await orderRow(order.id)).toMatchObject({ status: 'pending_payment', paymentFlag: 'review' });
    expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: order.id })).toBe(0);
  });

  it('expires the order and releases its stock on checkout.session.expired, once', async () => {
    const { order, checkout, a, b } = await orderWithSession(5);
    expect([await stockOf(a), await stockOf(b)]).toEqual([3, 4]);
    const event = stripe.event('checkout.session.expired', stripe.expire(checkout.sessionId));
    await deliver(event).expect(200);
    await deliver(stripe.event('checkout.session.expired', stripe.sessions.get(checkout.sessionId)!)).expect(200);
    expect((await orderRow(order.id)).status).toBe('expired');
    expect([await stockOf(a), await stockOf(b)]).toEqual([5, 5]);
  });

  it('revives an expired order paid late while its stock is still there', async () => {
    const { order, checkout, a, b } = await orderWithSession(5);
    await deliver(stripe.event('checkout.session.expired', stripe.sessions.get(checkout.sessionId)!)).expect(200);
    expect([await stockOf(a), await stockOf(b)]).toEqual([5, 5]);
    const session = stripe.complete(checkout.sessionId);
    const res = await deliver(stripe.event('checkout.session.completed', session)).expect(200);
    expect(res.body.outcome).toBe('revived');
    expect(await orderRow(order.id)).toMatchObject({ status: 'paid', paymentFlag: null, paymentIntentId: session.payment_intent });
    expect([await stockOf(a), await stockOf(b)]).toEqual([3, 4]);
  });

  it('waits for async payments and pays on async_payment_succeeded', async () => {
    const { order, checkout } = await orderWithSession();
    const pending = stripe.complete(checkout.sessionId, { payment_status: 'unpaid' });
    expect((await deliver(stripe.event('checkout.session.completed', pending)).expect(200)).body.outcome).toBe('awaiting_async_payment');
    expect((await orderRow(order.id)).status).toBe('pending_payment');
    const paid = stripe.complete(checkout.sessionId, { payment_status: 'paid' });
    expect((await deliver(stripe.event('checkout.session.async_payment_succeeded', paid)).expect(200)).body.outcome).toBe('paid');
    expect((await orderRow(order.id)).status).toBe('paid');
    expect((await deliver(stripe.event('checkout.session.async_payment_failed', paid)).expect(200)).body.outcome).toBe(
      'async_payment_failed',
    );
    expect((await deliver(stripe.event('customer.created', { id: 'cus_1' })).expect(200)).body.outcome).toBe('ignored');
  });

  it('refunds partly then fully through Stripe; the webhook agrees; the ledger is debited once', async () => {
    const { order, checkout } = await orderWithSession();
    await deliver(stripe.event('checkout.session.completed', stripe.complete(checkout.sessionId))).expect(200);
    const paidBalance = (await balance(safi)) + (await balance(fes));

    await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(buyer)).send({ amountMinor: 1000, reason: 'broken' }).expect(403);
    await t.http
      .post(`/api/v1/orders/${order.id}/refund`)
      .set(auth(admin))
      .send({ amountMinor: order.totalMinor + 1, reason: 'too much' })
      .expect(422);
    const partial = await t.http
      .post(`/api/v1/orders/${order.id}/refund`)
      .set(auth(admin))
      .send({ amountMinor: 10000, reason: 'Tagine arrived chipped' })
      .expect(200);
    expect(partial.body).toMatchObject({ status: 'partially_refunded', refundedMinor: 10000 });
    const intent = (await orderRow(order.id)).paymentIntentId!;
    expect(stripe.requests.filter((r) => r.path === '/v1/refunds').at(-1)).toMatchObject({
      body: { payment_intent: intent, amount: '10000' },
    });
    // 100.00 EUR of the order's total: that share of what each cooperative was credited (goods less
    // commission, plus shipping), rounded per cooperative by the one allocate().
    expect(paidBalance - ((await balance(safi)) + (await balance(fes)))).toBe(100062);

    await deliver(stripe.event('charge.refunded', stripe.chargeRefunded(intent))).expect(200);
    expect(await orderRow(order.id)).toMatchObject({ status: 'partially_refunded', refundedMinor: 10000 });
    expect(await t.db.getRepository(Refund).countBy({ orderId: order.id })).toBe(1);

    const full = await t.http
      .post(`/api/v1/orders/${order.id}/refund`)
      .set(auth(admin))
      .send({ reason: 'Buyer returned everything' })
      .expect(200);
    expect(full.body).toMatchObject({ status: 'refunded', refundedMinor: order.totalMinor });
    expect(full.body.cooperativeOrders.map((p: { status: string }) => p.status)).toEqual(['refunded', 'refunded']);
    await deliver(stripe.event('charge.refunded', stripe.chargeRefunded(intent))).expect(200);
    expect(await t.db.getRepository(Refund).countBy({ orderId: order.id })).toBe(2);
    const refundDebits = await t.db.getRepository(LedgerEntry).findBy({ orderId: order.id, kind: 'refund' });
    expect(refundDebits).toHaveLength(4);
    await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ reason: 'again' }).expect(409);
  });

  it('records a refund made in the Stripe dashboard from charge.refunded', async () => {
    const { order, checkout } = await orderWithSession();
    const session = stripe.complete(checkout.sessionId);
    await deliver(stripe.event('checkout.session.completed', session)).expect(200);
    stripe.refunds.set('re_dashboard_1', {
      id: 're_dashboard_1',
      object: 'refund',
      amount: 500,
      currency: 'eur',
      payment_intent: session.payment_intent,
      status: 'succeeded',
    });
    await deliver(stripe.event('charge.refunded', stripe.chargeRefunded(session.payment_intent as string))).expect(200);
    expect(await orderRow(order.id)).toMatchObject({ status: 'partially_refunded', refundedMinor: 500 });
    expect(await t.db.getRepository(Refund).findOneByOrFail({ stripeRefundId: 're_dashboard_1' })).toMatchObject({
      amountMinor: 500,
      createdBy: null,
    });
  });

  it('reconciles orders whose webhook never came: paid sessions pay, others expire', async () => {
    const paid = await orderWithSession();
    const unpaid = await orderWithSession(5);
    stripe.complete(paid.checkout.sessionId);
    await t.db.getRepository(Order).update({ id: paid.order.id }, { expiresAt: new Date(Date.now() - 1000) });
    await t.db.getRepository(Order).update({ id: unpaid.order.id }, { expiresAt: new Date(Date.now() - 1000) });
    const settled = await t.app.get(ReconciliationJob).runOnce();
    expect(settled).toBeGreaterThanOrEqual(2);
    expect((await orderRow(paid.order.id)).status).toBe('paid');
    expect((await orderRow(unpaid.order.id)).status).toBe('expired');
    expect(stripe.sessions.get(unpaid.checkout.sessionId)!.status).toBe('expired');

    // A session paid for another amount is flagged for review once, then left to an admin.
    const mismatched = await orderWithSession();
    stripe.complete(mismatched.checkout.sessionId, { amount_total: mismatched.order.totalMinor - 100 });
    await t.db.getRepository(Order).update({ id: mismatched.order.id }, { expiresAt: new Date(Date.now() - 1000) });
    const retrievals = () =>
      stripe.requests.filter((r) => r.method === 'GET' && r.path === `/v1/checkout/sessions/${mismatched.checkout.sessionId}`).length;
    await t.app.get(ReconciliationJob).runOnce();
    await t.app.get(ReconciliationJob).runOnce();
    expect(retrievals()).toBe(1);
    expect(await orderRow(mismatched.order.id)).toMatchObject({ status: 'pending_payment', paymentFlag: 'review' });
    expect([await stockOf(unpaid.a), await stockOf(unpaid.b)]).toEqual([5, 5]);
    expect(await t.app.get(ReconciliationJob).runOnce()).toBe(0);
  });

  it('records payouts against the balance, for admins only, and shows the statement to members', async () => {
    const start = await balance(safi);
    await t.http
      .post('/api/v1/admin/payouts')
      .set(auth(artisan))
      .send({ cooperativeId: safi.id, amountMinor: 100, reference: 'VIR-1' })
      .expect(403);
    const over = await t.http
      .post('/api/v1/admin/payouts')
      .set(auth(admin))
      .send({ cooperativeId: safi.id, amountMinor: start + 1, reference: 'VIR-1' })
      .expect(422);
    expect(over.body.details.balanceMadMinor).toBe(start);
    await t.http
      .post('/api/v1/admin/payouts')
      .set(auth(admin))
      .send({ cooperativeId: safi.id, amountMinor: 10000, reference: 'VIR-PAYOUT-1' })
      .expect(201);
    const statement = await t.http.get(`/api/v1/cooperatives/${safi.id}/payouts`).set(auth(artisan)).expect(200);
    expect(statement.body).toMatchObject({ cooperativeId: safi.id, balanceMadMinor: start - 10000, currency: 'MAD' });
    expect(statement.body.entries[0]).toMatchObject({ kind: 'payout', amountMadMinor: -10000, reference: 'VIR-PAYOUT-1' });
    const outsider = await make.artisan();
    await t.http.get(`/api/v1/cooperatives/${safi.id}/payouts`).set(auth(outsider)).expect(403);
  });

  it('credits the ledger for a bank-transfer payment too', async () => {
    const p = await make.product(fes, { stock: 3 });
    const placed = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send({ items: [{ productId: p.id, quantity: 1 }], currency: 'MAD', shippingAddress: address, paymentMethod: 'bank_transfer' })
      .expect(201);
    await t.http.post(`/api/v1/orders/${placed.body.id}/checkout`).set(auth(buyer)).expect(409);
    await t.http
      .post(`/api/v1/orders/${placed.body.id}/confirm-bank-transfer`)
      .set(auth(admin))
      .send({ reference: 'VIR-77', amountMinor: placed.body.totalMinor })
      .expect(200);
    const entries = await t.db.getRepository(LedgerEntry).findBy({ orderId: placed.body.id });
    expect(entries.map((e) => e.kind).sort()).toEqual(['commission', 'sale', 'shipping']);
    expect(entries.find((e) => e.kind === 'sale')!.amountMadMinor).toBe(45000);
  });
});

describe('Payments without Stripe configured (e2e)', () => {
  it('starts, and answers card checkout with 503 PAYMENTS_NOT_CONFIGURED', async () => {
    const t = await createTestApp();
    try {
      const make = new Factories(t.db);
      const buyer = await make.buyer();
      const coop = await make.cooperative();
      const p = await make.product(coop);
      const placed = await t.http
        .post('/api/v1/orders')
        .set(bearer(tokenFor(t.app, buyer)))
        .send({
          items: [{ productId: p.id, quantity: 1 }],
          currency: 'MAD',
          shippingAddress: { name: 'A', line1: 'B', city: 'C', postalCode: 'D', country: 'FR' },
          paymentMethod: 'card',
        })
        .expect(201);
      const res = await t.http
        .post(`/api/v1/orders/${placed.body.id}/checkout`)
        .set(bearer(tokenFor(t.app, buyer)))
        .expect(503);
      expect(res.body.code).toBe('PAYMENTS_NOT_CONFIGURED');
      await t.http.post('/api/v1/payments/stripe/webhook').set('Stripe-Signature', 't=1,v1=x').send({}).expect(503);
    } finally {
      await t.close();
    }
  });
});
