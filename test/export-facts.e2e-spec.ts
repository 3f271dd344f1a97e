import type { User } from '../src/auth/user';
import { CURRENCY_EXPONENTS, divideRounded } from '../src/common/money';
import type { Cooperative } from '../src/cooperatives/cooperative';
import type { OrderView } from '../src/orders/dto/order.view';
import { Order } from '../src/orders/order';
import type { Product } from '../src/products/product';
import { rebuildExportFacts } from '../src/reports/export-fact.repository';
import { exportDayTotals, EXPORTED_STATUSES, exportTotalsFromOrders } from './support/export-facts';
import { Factories } from './support/factories';
import { FakeStripe } from './support/fake-stripe';
import { deliverWebhook, paidOrder, placeOrder, US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

const EXPORTED = EXPORTED_STATUSES;

describe('Export facts and day totals (e2e)', () => {
  const stripe = new FakeStripe();
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const deliver = (event: Record<string, unknown>) => deliverWebhook(t, stripe, event).expect(200);

  const dayTotals = () => exportDayTotals(t.db);
  const fromOrders = () => exportTotalsFromOrders(t.db);

  const factsOf = (orderId: string): Promise<{ dimension: string; key: string; value: string }[]> =>
    t.db.query(`SELECT dimension, key, value_mad::text AS value FROM export_facts WHERE order_id = $1 ORDER BY dimension, key`, [orderId]);

  const report = async (day: string, groupBy: string) =>
    (await t.http.get('/api/v1/admin/reports/exports').query({ from: day, to: day, groupBy }).set(auth(admin)).expect(200)).body as {
      rows: { key: string; valueMinor: number; orders: number }[];
    };

  const paidDay = async (orderId: string): Promise<string> =>
    (
      (await t.db.query(`SELECT (paid_at AT TIME ZONE 'UTC')::date::text AS day FROM orders WHERE id = $1`, [orderId]))[0] as {
        day: string;
      }
    ).day;

  /** A pending EUR card order with its Checkout Session. */
  const cardOrder = async (items: { product: Product; quantity: number }[]): Promise<{ order: OrderView; sessionId: string }> => {
    const placed = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send({
        items: items.map((i) => ({ productId: i.product.id, quantity: i.quantity })),
        currency: 'EUR',
        shippingAddress: US_ADDRESS,
        paymentMethod: 'card',
      })
      .expect(201);
    const checkout = await t.http.post(`/api/v1/orders/${placed.body.id}/checkout`).set(auth(buyer)).expect(200);
    return { order: placed.body as OrderView, sessionId: checkout.body.sessionId as string };
  };

  const twoCooperatives = async (): Promise<{ safi: Cooperative; fes: Cooperative; tagine: Product; rug: Product }> => {
    const safi = await make.cooperative({ region: 'MA-07', branches: ['pottery'] });
    const fes = await make.cooperative({ region: 'MA-03', branches: ['carpets'] });
    const tagine = await make.product(safi, { priceMinor: 45000, hsCode: '691200', branch: 'pottery', stock: 100 });
    const rug = await make.product(fes, { priceMinor: 260000, hsCode: '570110', branch: 'carpets', stock: 100 });
    return { safi, fes, tagine, rug };
  };

  beforeAll(async () => {
    await stripe.start();
    t = await createTestApp(stripe.env());
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10.85', asOf: '2026-11-27' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  it('counts an order once paid, shrinks it with a partial refund and drops it with a full one', async () => {
    const { safi, fes, tagine, rug } = await twoCooperatives();
    const { order, sessionId } = await cardOrder([
      { product: tagine, quantity: 2 },
      { product: rug, quantity: 1 },
    ]);
    expect(await factsOf(order.id)).toEqual([]);

    await deliver(stripe.event('checkout.session.completed', stripe.complete(sessionId)));
    const day = await paidDay(order.id);
    // Each line in MAD at the order's rate of 10.85 MAD per EUR, net of the refunded share.
    const lineMad = (lineTotalMinor: number, refundedMinor: number): number =>
      Number(
        divideRounded(
          BigInt(lineTotalMinor) * BigInt(order.totalMinor - refundedMinor) * 1085n,
          BigInt(order.totalMinor) * 100n,
          'half_up',
        ),
      );
    const expected = (refundedMinor: number) => {
      const pottery = lineMad(order.lines.find((l) => l.productId === tagine.id)!.lineTotalMinor, refundedMinor);
      const carpets = lineMad(order.lines.find((l) => l.productId === rug.id)!.lineTotalMinor, refundedMinor);
      return [
        { dimension: 'branch', key: 'carpets', value: String(carpets) },
        { dimension: 'branch', key: 'pottery', value: String(pottery) },
        { dimension: 'cooperative', key: fes.id, value: String(carpets) },
        { dimension: 'cooperative', key: safi.id, value: String(pottery) },
        { dimension: 'country', key: 'US', value: String(pottery + carpets) },
        { dimension: 'hsChapter', key: '57', value: String(carpets) },
        { dimension: 'hsChapter', key: '69', value: String(pottery) },
        { dimension: 'region', key: 'MA-03', value: String(carpets) },
        { dimension: 'region', key: 'MA-07', value: String(pottery) },
      ].sort((a, b) => (a.dimension + a.key < b.dimension + b.key ? -1 : 1));
    };
    expect(await factsOf(order.id)).toEqual(expected(0));
    const byCooperative = async () => (await report(day, 'cooperative')).rows.filter((row) => row.key === safi.id || row.key === fes.id);
    const valueOf = (refundedMinor: number, cooperative: Cooperative): number =>
      Number(expected(refundedMinor).find((f) => f.key === cooperative.id)!.value);
    expect(await byCooperative()).toEqual([
      expect.objectContaining({ key: fes.id, valueMinor: valueOf(0, fes), orders: 1 }),
      expect.objectContaining({ key: safi.id, valueMinor: valueOf(0, safi), orders: 1 }),
    ]);

    await t.http
      .post(`/api/v1/orders/${order.id}/refund`)
      .set(auth(admin))
      .send({ amountMinor: 10000, reason: 'Tagine arrived chipped' })
      .expect(200);
    expect(await factsOf(order.id)).toEqual(expected(10000));
    // Stripe's webhook for the same refund changes nothing more.
    const intent = (await t.db.getRepository(Order).findOneByOrFail({ id: order.id })).paymentIntentId!;
    await deliver(stripe.event('charge.refunded', stripe.chargeRefunded(intent)));
    expect(await factsOf(order.id)).toEqual(expected(10000));
    expect((await byCooperative()).map((row) => row.valueMinor)).toEqual([valueOf(10000, fes), valueOf(10000, safi)]);

    await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ reason: 'Returned' }).expect(200);
    expect(await factsOf(order.id)).toEqual([]);
    expect(await byCooperative()).toEqual([]);
    expect(await dayTotals()).toEqual(await fromOrders());
  });

  it('keeps day totals equal to the orders under concurrent payments, duplicate webhooks and refunds', async () => {
    const { tagine, rug } = await twoCooperatives();
    const transfers = await Promise.all(Array.from({ length: 10 }, () => placeOrder(t, buyer, [{ productId: tagine.id, quantity: 1 }])));
    const cards = await Promise.all(
      Array.from({ length: 6 }, () =>
        cardOrder([
          { product: rug, quantity: 1 },
          { product: tagine, quantity: 1 },
        ]),
      ),
    );

    // Every payment lands on the same day, destination and branches: the hottest rows there are.
    const paid = cards.map(({ sessionId }) => stripe.event('checkout.session.completed', stripe.complete(sessionId)));
    await Promise.all([
      ...transfers.map((order) =>
        t.http
          .post(`/api/v1/orders/${order.id}/confirm-bank-transfer`)
          .set(auth(admin))
          .send({ reference: `WIRE-${order.number}`, amountMinor: order.totalMinor })
          .expect(200),
      ),
      ...paid.map((event) => deliver(event)),
      ...paid.map((event) => deliver(event)),
    ]);
    await Promise.all(
      cards.map(({ order }, i) =>
        t.http
          .post(`/api/v1/orders/${order.id}/refund`)
          .set(auth(admin))
          .send({ amountMinor: 1000 * (i + 1), reason: 'Damaged' })
          .expect(200),
      ),
    );

    const totals = await dayTotals();
    expect(totals).toEqual(await fromOrders());
    const day = await paidDay(transfers[0]!.id);
    const pottery = (await report(day, 'cooperative')).rows.find((row) => row.key === tagine.cooperativeId)!;
    expect(pottery.orders).toBe(16);
    expect(
      Number(
        (
          await t.db.query(`SELECT count(*) AS n FROM export_facts WHERE dimension = 'country' AND order_id = ANY($1)`, [
            [...transfers.map((o) => o.id), ...cards.map((c) => c.order.id)],
          ])
        )[0].n,
      ),
    ).toBe(16);
  });

  it('rebuilds facts and day totals from the orders, repairing a total edited by hand', async () => {
    const { tagine } = await twoCooperatives();
    await paidOrder(t, buyer, admin, [{ productId: tagine.id, quantity: 1 }], 'WIRE-R');
    await t.db.query(`UPDATE export_day_totals SET value_mad = value_mad + 1 WHERE dimension = 'country' AND key = 'US'`);
    expect(await dayTotals()).not.toEqual(await fromOrders());

    const counts = await t.db.transaction((manager) => rebuildExportFacts(manager));
    const expected = await fromOrders();
    expect(await dayTotals()).toEqual(expected);
    const [exported] = await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE status IN ${EXPORTED}`);
    expect(counts.orders).toBe(exported.n);
    // One fact per order and key: the orders counted in every day total.
    expect(counts.facts).toBe(expected.reduce((sum, row) => sum + row.orders, 0));
  });

  it('values every supported currency with the exponent the money module uses', async () => {
    const rows: { currency: string; factor: string }[] = await t.db.query(
      `SELECT c AS currency, currency_mad_minor_factor(c)::float8::text AS factor FROM unnest($1::text[]) AS c ORDER BY c`,
      [Object.keys(CURRENCY_EXPONENTS)],
    );
    expect(Object.fromEntries(rows.map((row) => [row.currency, Number(row.factor)]))).toEqual(
      Object.fromEntries(
        Object.entries(CURRENCY_EXPONENTS)
          .map(([currency, exponent]) => [currency, 10 ** (2 - exponent)])
          .sort(([a], [b]) => (a! < b! ? -1 : 1)),
      ),
    );
  });
});
