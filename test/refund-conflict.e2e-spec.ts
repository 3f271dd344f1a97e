import { Refund } from '../src/payments/refund';
import { Factories } from './support/factories';
import { FakeStripe } from './support/fake-stripe';
import { deliverWebhook, placeOrder } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/** Found by the simulation: an admin refund after a dashboard refund Stripe has not reported yet. */
describe('Refund refused by Stripe (e2e)', () => {
  const stripe = new FakeStripe();
  let t: TestApp;
  let make: Factories;

  beforeAll(async () => {
    await stripe.start();
    t = await createTestApp(stripe.env());
    make = new Factories(t.db);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  it('answers 409, not 502, when Stripe has less left to refund than Hirfa knows, and records nothing', async () => {
    const [buyer, admin] = [await make.buyer(), await make.admin()];
    const product = await make.product(await make.cooperative(), { stock: 5 });
    const order = await placeOrder(t, buyer, [{ productId: product.id, quantity: 1 }], 'card');
    const checkout = await t.http
      .post(`/api/v1/orders/${order.id}/checkout`)
      .set(bearer(tokenFor(t.app, buyer)))
      .expect(200);
    const session = stripe.complete(checkout.body.sessionId);
    await deliverWebhook(t, stripe, stripe.event('checkout.session.completed', session)).expect(200);

    // Refunded in full from the Stripe dashboard; its charge.refunded is still on its way.
    const dashboard = await fetch(`http://127.0.0.1:${stripe.port}/v1/refunds`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${FakeStripe.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ payment_intent: session.payment_intent as string }).toString(),
    });
    expect(dashboard.ok).toBe(true);

    const refused = await t.http
      .post(`/api/v1/orders/${order.id}/refund`)
      .set(bearer(tokenFor(t.app, admin)))
      .send({ reason: 'Broken in transit' })
      .expect(409);
    expect(refused.body.code).toBe('CONFLICT');
    expect(await t.db.getRepository(Refund).countBy({ orderId: order.id })).toBe(0);

    await deliverWebhook(t, stripe, stripe.event('charge.refunded', stripe.chargeRefunded(session.payment_intent as string))).expect(200);
    const [row] = await t.db.query(`SELECT status, refunded_minor::int AS refunded_minor FROM orders WHERE id = $1`, [order.id]);
    expect(row).toEqual({ status: 'refunded', refunded_minor: order.totalMinor });
  });
});
