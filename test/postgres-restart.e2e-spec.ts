import type { Response } from 'supertest';
import { User } from '../src/auth/user';
import { Order } from '../src/orders/order';
import { LedgerEntry } from '../src/payouts/ledger-entry';
import { Product } from '../src/products/product';
import { FakeStripe } from './support/fake-stripe';
import { Factories } from './support/factories';
import { deliverWebhook, US_ADDRESS } from './support/orders';
import { startStoppablePostgres, StoppablePostgres } from './support/stoppable-postgres';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/** Issue 15's fault test: PostgreSQL restarts under orders and Stripe webhooks; no paid order is lost. */
describe('PostgreSQL restart with orders and webhooks in flight (e2e)', () => {
  const stripe = new FakeStripe();
  let pg: StoppablePostgres;
  let t: TestApp;

  beforeAll(async () => {
    pg = await startStoppablePostgres();
    await stripe.start();
    t = await createTestApp({ ...stripe.env(), DATABASE_CONNECT_TIMEOUT_MS: '2000' }, { databaseUrl: pg.url });
  });
  afterAll(async () => {
    await t?.close();
    await stripe.stop();
    await pg?.destroy();
  });

  /** Repeats `attempt` until it answers 2xx, as Stripe redelivers a webhook (or a client retries), within a deadline. */
  const untilAccepted = async (attempt: () => Promise<Response>, deadlineMs = 30_000): Promise<Response> => {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const res = await attempt();
      if (res.status < 300) return res;
      expect(res.status).toBeGreaterThanOrEqual(500);
      if (Date.now() > deadline) throw new Error(`still ${res.status} after ${deadlineMs} ms: ${JSON.stringify(res.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  it('loses no paid order and serves again without a restart', async () => {
    const make = new Factories(t.db);
    const buyer: User = await make.buyer();
    const cooperative = await make.cooperative();
    const product = await make.product(cooperative, { stock: 100, priceMinor: 20000 });
    const auth = bearer(tokenFor(t.app, buyer));
    const place = () =>
      t.http
        .post('/api/v1/orders')
        .set(auth)
        .send({ items: [{ productId: product.id, quantity: 1 }], currency: 'MAD', shippingAddress: US_ADDRESS, paymentMethod: 'card' });

    // Eight card orders, each paid at Stripe; their webhooks are yet to come.
    const paid: { orderId: string; event: Record<string, unknown> }[] = [];
    for (let i = 0; i < 8; i++) {
      const order = (await place().expect(201)).body;
      const { sessionId } = (await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth).expect(200)).body;
      paid.push({ orderId: order.id, event: stripe.event('checkout.session.completed', stripe.complete(sessionId)) });
    }
    await deliverWebhook(t, stripe, paid[0].event).expect(200);

    // The rest of the webhooks and new orders arrive while PostgreSQL stops, and while it is down.
    const inFlight = [
      ...paid.slice(1, 5).map((p) => deliverWebhook(t, stripe, p.event).then((r) => r)),
      ...[1, 2, 3].map(() => place().then((r) => r)),
    ];
    await pg.stop();
    const during = await Promise.all([
      ...paid.slice(5).map((p) => deliverWebhook(t, stripe, p.event).then((r) => r)),
      place().then((r) => r),
    ]);
    expect(during.map((r) => r.status).every((s) => s >= 500)).toBe(true);
    const answered = await Promise.all(inFlight);
    expect(answered.map((r) => r.status).every((s) => (s >= 200 && s < 300) || s >= 500)).toBe(true);
    await pg.start();

    // Stripe redelivers every webhook not answered 2xx; the app takes them without being restarted.
    for (const p of paid) await untilAccepted(() => deliverWebhook(t, stripe, p.event));
    for (const p of paid) {
      expect((await t.db.getRepository(Order).findOneByOrFail({ id: p.orderId })).status).toBe('paid');
      expect(await t.db.getRepository(LedgerEntry).countBy({ orderId: p.orderId })).toBe(3);
    }
    // Orders answered 201 exist; any placement cut short left no stock reserved without its order.
    const placed = answered.slice(4).filter((r) => r.status === 201);
    for (const r of placed) expect(await t.db.getRepository(Order).existsBy({ id: r.body.id })).toBe(true);
    const [{ held }] = await t.db.query(
      `SELECT coalesce(sum(l.quantity), 0)::int AS held FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status NOT IN ('cancelled', 'expired') AND l.product_id = $1`,
      [product.id],
    );
    expect((await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).stock).toBe(100 - held);

    const again = await untilAccepted(() => place());
    expect(again.status).toBe(201);
    await t.http.get('/api/v1/products').expect(200);
  });
});
