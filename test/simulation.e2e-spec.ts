import type { Response } from 'supertest';
import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { OrderExpiryJob } from '../src/orders/order-expiry.job';
import { Product } from '../src/products/product';
import { ReconciliationJob } from '../src/payments/reconciliation.job';
import { exportDayTotals, exportTotalsFromOrders } from './support/export-facts';
import { Factories } from './support/factories';
import { FakeStripe } from './support/fake-stripe';
import { deliverWebhook, US_ADDRESS } from './support/orders';
import { SeededRandom } from './support/seeded-random';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/**
 * A seeded random walk through what buyers, artisans, admins, Stripe and the jobs do, on two app
 * instances over one database, then the money and stock invariants. A failing seed is printed and
 * replays with SIM_SEED=<seed>; SIM_RUNS and SIM_STEPS size the run (npm run test:soak runs many).
 */
const STEPS = Number(process.env.SIM_STEPS ?? 60);
const RUNS = Number(process.env.SIM_RUNS ?? 3);
const BASE = process.env.SIM_SEED_BASE === 'random' ? Date.now() % 1_000_000_007 : Number(process.env.SIM_SEED_BASE ?? 1);
const SEEDS = process.env.SIM_SEED ? [Number(process.env.SIM_SEED)] : Array.from({ length: RUNS }, (_, i) => BASE + i);

const SOLD = ['paid', 'partially_refunded', 'refunded', 'completed'];
type Json = Record<string, unknown>;

interface SimOrder {
  id: string;
  buyer: User;
  method: 'card' | 'bank_transfer';
  totalMinor: number;
  sessionId?: string;
}

interface World {
  rng: SeededRandom;
  coops: { coop: Cooperative; artisan: User }[];
  products: Product[];
  buyers: User[];
  orders: SimOrder[];
  /** Webhooks Stripe has yet to deliver (delivered in any order, some twice). */
  webhooks: Json[];
  /** Sessions paid by a delayed method (SEPA debit) whose money has not settled yet. */
  settling: string[];
  initial: Map<string, number>;
  adjustments: Map<string, number>;
  payouts: Map<string, number>;
  problems: string[];
  log: string[];
}

describe('Money and stock under random sequences of events, on two instances (e2e simulation)', () => {
  const stripe = new FakeStripe();
  let apps: TestApp[];
  let make: Factories;
  let admin: User;

  beforeAll(async () => {
    await stripe.start();
    const one = await createTestApp({ ...stripe.env(), DATABASE_POOL_SIZE: '10' });
    const two = await createTestApp({ ...stripe.env(), DATABASE_POOL_SIZE: '10' }, { databaseUrl: one.databaseUrl });
    apps = [one, two];
    make = new Factories(one.db);
    admin = await make.admin();
    await one.http
      .put('/api/v1/admin/exchange-rates/EUR')
      .set(bearer(tokenFor(one.app, admin)))
      .send({ madPerUnit: '10.85', asOf: '2026-11-27' })
      .expect(200);
  });
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await stripe.stop();
  });

  const db = () => apps[0].db;

  async function setUp(seed: number): Promise<World> {
    const rng = new SeededRandom(seed);
    const coops = [];
    for (let i = 0; i < 2; i++) {
      const artisan = await make.artisan();
      coops.push({ coop: await make.cooperative({ region: i ? 'MA-03' : 'MA-07' }, artisan), artisan });
    }
    const products = [];
    for (let i = 0; i < 4; i++) {
      products.push(
        await make.product(coops[i % 2].coop, { stock: rng.int(3, 15), priceMinor: rng.int(1000, 90000), weightGrams: rng.int(200, 4000) }),
      );
    }
    const buyers = [];
    for (let i = 0; i < 3; i++) buyers.push(await make.buyer());
    return {
      rng,
      coops,
      products,
      buyers,
      orders: [],
      webhooks: [],
      settling: [],
      initial: new Map(products.map((p) => [p.id, p.stock])),
      adjustments: new Map(products.map((p) => [p.id, 0])),
      payouts: new Map(coops.map((c) => [c.coop.id, 0])),
      problems: [],
      log: [],
    };
  }

  /** A request on a random instance; any 5xx is a problem. */
  async function call(w: World, what: string, send: (app: TestApp) => Promise<Response>): Promise<Response> {
    const res = await send(w.rng.pick(apps)!);
    w.log.push(`${what} → ${res.status}`);
    if (res.status >= 500) w.problems.push(`${what} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  }

  const as = (app: TestApp, user: User) => bearer(tokenFor(app.app, user));
  const clone = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

  /**
   * Mostly an order in one of `statuses` (so most steps do something), sometimes any order (so the
   * refusals are exercised too).
   */
  async function pickOrder(w: World, statuses: string[], method?: SimOrder['method']): Promise<SimOrder | undefined> {
    const candidates = w.orders.filter((o) => !method || o.method === method);
    if (w.rng.chance(0.2)) return w.rng.pick(candidates);
    const rows: { id: string }[] = await db().query(`SELECT id FROM orders WHERE id = ANY($1::uuid[]) AND status = ANY($2) ORDER BY id`, [
      candidates.map((o) => o.id),
      statuses,
    ]);
    const id = w.rng.pick(rows)?.id;
    return candidates.find((o) => o.id === id);
  }

  async function paymentIntentOf(orderId: string): Promise<string | null> {
    const [row] = await db().query(`SELECT payment_intent_id FROM orders WHERE id = $1`, [orderId]);
    return row?.payment_intent_id ?? null;
  }

  const actions: Record<string, (w: World) => Promise<void>> = {
    async place(w) {
      const buyer = w.rng.pick(w.buyers)!;
      const first = w.rng.pick(w.products)!;
      const second = w.rng.chance(0.4) ? w.rng.pick(w.products.filter((p) => p.id !== first.id)) : undefined;
      const items = [first, ...(second ? [second] : [])].map((p) => ({ productId: p.id, quantity: w.rng.int(1, 3) }));
      const method = w.rng.chance(0.6) ? 'card' : 'bank_transfer';
      const body = { items, currency: w.rng.chance(0.5) ? 'MAD' : 'EUR', shippingAddress: US_ADDRESS, paymentMethod: method };
      const res = await call(w, `place ${JSON.stringify(items)} ${method}`, (app) =>
        app.http.post('/api/v1/orders').set(as(app, buyer)).send(body),
      );
      if (res.status === 201) w.orders.push({ id: res.body.id, buyer, method, totalMinor: res.body.totalMinor });
    },
    async checkout(w) {
      const order = await pickOrder(w, ['pending_payment'], 'card');
      if (!order) return;
      const res = await call(w, `checkout ${order.id}`, (app) =>
        app.http.post(`/api/v1/orders/${order.id}/checkout`).set(as(app, order.buyer)),
      );
      if (res.status === 200) order.sessionId = res.body.sessionId;
    },
    async pay(w) {
      const order = w.rng.pick(w.orders.filter((o) => o.sessionId && stripe.sessions.get(o.sessionId)?.status === 'open'));
      if (!order) return;
      w.log.push(`buyer pays session of ${order.id}`);
      w.webhooks.push(stripe.event('checkout.session.completed', clone(stripe.complete(order.sessionId!))));
    },
    /** A delayed method: the session completes unpaid now, and the money settles (or not) later. */
    async payDelayed(w) {
      const order = w.rng.pick(w.orders.filter((o) => o.sessionId && stripe.sessions.get(o.sessionId)?.status === 'open'));
      if (!order) return;
      w.log.push(`buyer pays session of ${order.id} by SEPA debit`);
      w.webhooks.push(stripe.event('checkout.session.completed', clone(stripe.complete(order.sessionId!, { payment_status: 'unpaid' }))));
      w.settling.push(order.sessionId!);
    },
    async settle(w) {
      const sessionId = w.rng.pick(w.settling);
      if (!sessionId) return;
      w.settling.splice(w.settling.indexOf(sessionId), 1);
      const session = stripe.sessions.get(sessionId)!;
      const paid = w.rng.chance(0.8);
      w.log.push(`SEPA debit of ${session.client_reference_id as string} ${paid ? 'settles' : 'fails'}`);
      if (paid) session.payment_status = 'paid';
      w.webhooks.push(stripe.event(`checkout.session.async_payment_${paid ? 'succeeded' : 'failed'}`, clone(session)));
    },
    async deliver(w) {
      if (w.webhooks.length === 0) return;
      const index = w.rng.int(0, w.webhooks.length - 1);
      const event = w.webhooks[index];
      // Stripe redelivers at least once: sometimes the same event comes again later.
      if (!w.rng.chance(0.25)) w.webhooks.splice(index, 1);
      await call(w, `webhook ${event.type as string}`, (app) => deliverWebhook(app, stripe, event));
    },
    async cancel(w) {
      const order = await pickOrder(w, ['pending_payment']);
      if (!order) return;
      await call(w, `cancel ${order.id}`, (app) => app.http.post(`/api/v1/orders/${order.id}/cancel`).set(as(app, order.buyer)));
    },
    async confirmTransfer(w) {
      const order = await pickOrder(w, ['pending_payment', 'expired'], 'bank_transfer');
      if (!order) return;
      await call(w, `confirm transfer ${order.id}`, (app) =>
        app.http
          .post(`/api/v1/orders/${order.id}/confirm-bank-transfer`)
          .set(as(app, admin))
          .send({ reference: `WIRE-${order.id.slice(0, 8)}`, amountMinor: order.totalMinor }),
      );
    },
    async adjustStock(w) {
      const product = w.rng.pick(w.products)!;
      const artisan = w.coops.find((c) => c.coop.id === product.cooperativeId)!.artisan;
      const delta = w.rng.pick([-3, -2, -1, 1, 2, 4])!;
      const res = await call(w, `stock ${product.id} ${delta}`, (app) =>
        app.http.patch(`/api/v1/products/${product.id}`).set(as(app, artisan)).send({ stockDelta: delta }),
      );
      if (res.status === 200) w.adjustments.set(product.id, w.adjustments.get(product.id)! + delta);
    },
    async refund(w) {
      const order = await pickOrder(w, ['paid', 'partially_refunded', 'completed'], 'card');
      if (!order) return;
      const amount = w.rng.chance(0.5) ? undefined : w.rng.int(1, Math.max(1, Math.floor(order.totalMinor / 2)));
      const res = await call(w, `refund ${order.id} ${amount ?? 'all'}`, (app) =>
        app.http
          .post(`/api/v1/orders/${order.id}/refund`)
          .set(as(app, admin))
          .send({ reason: 'simulated return', ...(amount ? { amountMinor: amount } : {}) }),
      );
      const intent = await paymentIntentOf(order.id);
      if (res.status === 200 && intent) w.webhooks.push(stripe.event('charge.refunded', clone(stripe.chargeRefunded(intent))));
    },
    /** An admin refunds a payment from the Stripe dashboard, as the issue describes for a payment that landed after a cancel. */
    async dashboardRefund(w) {
      const session = w.rng.pick(
        [...stripe.sessions.values()].filter((s) => s.payment_intent && w.orders.some((o) => o.id === s.client_reference_id)),
      );
      if (!session) return;
      const intent = session.payment_intent as string;
      const refunded = [...stripe.refunds.values()]
        .filter((r) => r.payment_intent === intent)
        .reduce((sum, r) => sum + Number(r.amount), 0);
      if (refunded >= Number(session.amount_total)) return;
      const res = await fetch(`http://127.0.0.1:${stripe.port}/v1/refunds`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${FakeStripe.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ payment_intent: intent }).toString(),
      });
      w.log.push(`dashboard refund of ${intent} → ${res.status}`);
      if (res.ok) w.webhooks.push(stripe.event('charge.refunded', clone(stripe.chargeRefunded(intent))));
    },
    async payout(w) {
      const { coop } = w.rng.pick(w.coops)!;
      const statement = await call(w, `payout statement ${coop.id}`, (app) =>
        app.http.get(`/api/v1/cooperatives/${coop.id}/payouts`).set(as(app, admin)),
      );
      const balance = Number(statement.body.balanceMadMinor ?? 0);
      if (balance <= 0) return;
      const amount = w.rng.int(1, balance);
      const res = await call(w, `payout ${coop.id} ${amount}`, (app) =>
        app.http
          .post('/api/v1/admin/payouts')
          .set(as(app, admin))
          .send({ cooperativeId: coop.id, amountMinor: amount, reference: `PAYOUT-${w.rng.int(1, 1e9)}` }),
      );
      if (res.status === 201) w.payouts.set(coop.id, w.payouts.get(coop.id)! + amount);
    },
    /** Time passes for one pending order: Stripe expires its session, then a job on either instance runs. */
    async expire(w) {
      const pending: { id: string; checkout_session_id: string | null }[] = await db().query(
        `SELECT id, checkout_session_id FROM orders WHERE status = 'pending_payment' AND id = ANY($1::uuid[])`,
        [w.orders.map((o) => o.id)],
      );
      const order = w.rng.pick(pending);
      if (!order) return;
      await db().query(`UPDATE orders SET expires_at = now() - interval '1 second' WHERE id = $1`, [order.id]);
      const session = order.checkout_session_id ? stripe.sessions.get(order.checkout_session_id) : undefined;
      if (session?.status === 'open' && w.rng.chance(0.5)) {
        w.webhooks.push(stripe.event('checkout.session.expired', clone(stripe.expire(session.id as string))));
      }
      w.log.push(`order ${order.id} falls due`);
      await actions.jobs(w);
    },
    async jobs(w) {
      const app = w.rng.pick(apps)!;
      try {
        if (w.rng.chance(0.5)) await app.app.get(OrderExpiryJob).runOnce();
        else await app.app.get(ReconciliationJob).runOnce();
      } catch (error) {
        w.problems.push(`a job threw: ${(error as Error).message}`);
      }
    },
  };

  const WEIGHTS = {
    place: 14,
    checkout: 10,
    pay: 8,
    payDelayed: 2,
    settle: 2,
    deliver: 16,
    cancel: 5,
    confirmTransfer: 6,
    adjustStock: 8,
    refund: 6,
    dashboardRefund: 2,
    payout: 4,
    expire: 4,
    jobs: 3,
  };

  async function invariants(w: World): Promise<void> {
    const productIds = w.products.map((p) => p.id);
    const coopIds = w.coops.map((c) => c.coop.id);
    const orderIds = w.orders.map((o) => o.id);

    const stock: { id: string; stock: number; reserved: number; sold: number }[] = await db().query(
      `SELECT p.id, p.stock,
              coalesce(sum(l.quantity) FILTER (WHERE o.status = 'pending_payment'), 0)::int AS reserved,
              coalesce(sum(l.quantity) FILTER (WHERE o.status = ANY($2)), 0)::int AS sold
         FROM products p LEFT JOIN order_lines l ON l.product_id = p.id LEFT JOIN orders o ON o.id = l.order_id
        WHERE p.id = ANY($1::uuid[]) GROUP BY p.id`,
      [productIds, SOLD],
    );
    for (const row of stock) {
      const expected = w.initial.get(row.id)! + w.adjustments.get(row.id)!;
      if (expected !== row.stock + row.reserved + row.sold) {
        w.problems.push(
          `product ${row.id}: initial + adjustments = ${expected}, available ${row.stock} + reserved ${row.reserved} + sold ${row.sold}`,
        );
      }
    }

    const payouts: { cooperative_id: string; total: number }[] = await db().query(
      `SELECT cooperative_id, coalesce(-sum(amount_mad_minor), 0)::int AS total FROM ledger_entries
        WHERE kind = 'payout' AND cooperative_id = ANY($1::uuid[]) GROUP BY 1`,
      [coopIds],
    );
    for (const id of coopIds) {
      const recorded = payouts.find((p) => p.cooperative_id === id)?.total ?? 0;
      if (recorded !== w.payouts.get(id)) w.problems.push(`cooperative ${id}: payouts recorded ${recorded}, made ${w.payouts.get(id)}`);
    }
    const credited: { order_id: string; cooperative_id: string }[] = await db().query(
      `SELECT DISTINCT order_id, cooperative_id FROM ledger_entries WHERE kind = 'sale' AND cooperative_id = ANY($1::uuid[])`,
      [coopIds],
    );
    const paidParts: { order_id: string; cooperative_id: string }[] = await db().query(
      `SELECT co.order_id, co.cooperative_id FROM cooperative_orders co JOIN orders o ON o.id = co.order_id
        WHERE o.paid_at IS NOT NULL AND o.id = ANY($1::uuid[])`,
      [orderIds],
    );
    const key = (r: { order_id: string; cooperative_id: string }) => `${r.order_id}/${r.cooperative_id}`;
    const creditedKeys = new Set(credited.map(key));
    for (const part of paidParts)
      if (!creditedKeys.has(key(part))) w.problems.push(`paid order ${part.order_id} never credited ${part.cooperative_id}`);
    for (const part of credited)
      if (!paidParts.some((p) => key(p) === key(part))) w.problems.push(`order ${part.order_id} credited but never paid`);
    const uncredited: { order_id: string; cooperative_id: string; amount: number }[] = await db().query(
      `SELECT r.order_id, r.cooperative_id, sum(r.amount_mad_minor)::int AS amount FROM ledger_entries r
        WHERE r.kind = 'refund' AND r.cooperative_id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM ledger_entries s WHERE s.kind = 'sale' AND s.order_id = r.order_id AND s.cooperative_id = r.cooperative_id)
        GROUP BY 1, 2`,
      [coopIds],
    );
    for (const row of uncredited)
      w.problems.push(`refund of ${row.amount} debited from ${row.cooperative_id} never credited for order ${row.order_id}`);
    const fullyRefunded: { order_id: string; cooperative_id: string; net: number }[] = await db().query(
      `SELECT e.order_id, e.cooperative_id, sum(e.amount_mad_minor)::int AS net
         FROM ledger_entries e JOIN orders o ON o.id = e.order_id
        WHERE o.refunded_minor >= o.total_minor AND o.paid_at IS NOT NULL AND e.cooperative_id = ANY($1::uuid[])
        GROUP BY 1, 2 HAVING sum(e.amount_mad_minor) <> 0`,
      [coopIds],
    );
    for (const row of fullyRefunded)
      w.problems.push(`fully refunded order ${row.order_id} nets ${row.net} for cooperative ${row.cooperative_id}, not 0`);

    // Every payment Stripe took is on a paid order, or listed for admins with what was done about it.
    const listed = new Set<string>();
    for (let cursor: string | undefined, page = 0; page === 0 || cursor; page++) {
      const res = await call(w, 'admin payments', (app) =>
        app.http
          .get('/api/v1/admin/payments')
          .set(as(app, admin))
          .query({ limit: 100, ...(cursor ? { cursor } : {}) }),
      );
      for (const item of res.body.items ?? []) listed.add(item.reference);
      cursor = res.body.nextCursor ?? undefined;
    }
    for (const session of stripe.sessions.values()) {
      const order = w.orders.find((o) => o.id === session.client_reference_id);
      if (!order || !session.payment_intent || session.payment_status !== 'paid') continue;
      const intent = session.payment_intent as string;
      const [row] = await db().query(`SELECT status, payment_intent_id FROM orders WHERE id = $1`, [order.id]);
      const onPaidOrder = row.payment_intent_id === intent && SOLD.includes(row.status);
      if (!onPaidOrder && !listed.has(intent)) {
        w.problems.push(
          `Stripe payment ${intent} of ${session.amount_total} for order ${order.id} (${row.status}) is on no paid order and not in GET /admin/payments`,
        );
      }
    }

    const [facts, fromOrders] = [await exportDayTotals(db()), await exportTotalsFromOrders(db())];
    if (JSON.stringify(facts) !== JSON.stringify(fromOrders)) w.problems.push('export day totals differ from a recomputation from orders');
  }

  it.each(SEEDS)(
    'seed %i keeps every invariant',
    async (seed) => {
      const w = await setUp(seed);
      for (let step = 0; step < STEPS; step++) await actions[w.rng.weighted(WEIGHTS)](w);
      // Debits settle, Stripe delivers what it still owes, in any order; the jobs run once more.
      while (w.settling.length > 0) await actions.settle(w);
      while (w.webhooks.length > 0) await actions.deliver(w);
      await apps[0].app.get(ReconciliationJob).runOnce();
      await apps[1].app.get(OrderExpiryJob).runOnce();
      await invariants(w);
      if (w.problems.length > 0) {
        throw new Error(
          `Simulation seed ${seed} broke ${w.problems.length} invariant(s); replay with SIM_SEED=${seed} SIM_STEPS=${STEPS}:\n` +
            `${w.problems.join('\n')}\n-- steps --\n${w.log.join('\n')}`,
        );
      }
    },
    30_000 + STEPS * 400,
  );
});
