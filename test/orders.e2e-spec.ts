import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { CooperativeOrder } from '../src/orders/cooperative-order';
import { Order } from '../src/orders/order';
import { OrderExpiryJob } from '../src/orders/order-expiry.job';
import { OrderLine } from '../src/orders/order-line';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Orders (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let artisan: User;
  let safi: Cooperative;
  let fes: Cooperative;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const stockOf = async (p: Product): Promise<number> => (await t.db.getRepository(Product).findOneByOrFail({ id: p.id })).stock;
  const address = US_ADDRESS;
  const orderBody = (
    items: { productId: string; quantity: number }[],
    overrides: Record<string, unknown> = {},
  ): Record<string, unknown> => ({
    items,
    currency: 'EUR',
    shippingAddress: address,
    paymentMethod: 'card',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp({ ORDER_TTL_MINUTES: '30' });
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    artisan = await make.artisan();
    safi = await make.cooperative({ name: 'Safi' }, artisan);
    fes = await make.cooperative({ name: 'Fes' });
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10.85', asOf: '2026-11-27' }).expect(200);
  });
  afterAll(() => t.close());

  it('places a multi-cooperative order with integer totals, parts, snapshots and reserved stock', async () => {
    const tagine = await make.product(safi, { priceMinor: 45000, weightGrams: 2500, stock: 10, hsCode: '691200' });
    const plate = await make.product(safi, { priceMinor: 28000, weightGrams: 1400, stock: 10, title: { en: 'Safi plate' } });
    const rug = await make.product(fes, {
      priceMinor: 820000,
      weightGrams: 9000,
      stock: 2,
      hsCode: '570110',
      title: { en: 'Beni Ourain rug' },
    });

    const res = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(
        orderBody([
          { productId: tagine.id, quantity: 2 },
          { productId: rug.id, quantity: 1 },
          { productId: plate.id, quantity: 1 },
        ]),
      )
      .expect(201);
    const order = res.body;
    // Units converted once at 10.85 MAD/EUR: 41.47, 25.81, 755.76 EUR.
    expect(order).toMatchObject({ status: 'pending_payment', currency: 'EUR', exchangeRate: '10.85', insuranceMinor: 0 });
    const safiPart = order.cooperativeOrders.find((p: { cooperativeId: string }) => p.cooperativeId === safi.id);
    const fesPart = order.cooperativeOrders.find((p: { cooperativeId: string }) => p.cooperativeId === fes.id);
    expect(safiPart).toMatchObject({ status: 'pending_payment', subtotalMinor: 2 * 4147 + 2581, weightGrams: 6400 });
    expect(fesPart).toMatchObject({ subtotalMinor: 75576, weightGrams: 9000 });
    // North America: 6.4 kg and 9 kg both fall in the 10 kg bracket, 1200.00 MAD = 110.60 EUR each.
    expect(safiPart.shippingMinor).toBe(11060);
    expect(fesPart.shippingMinor).toBe(11060);
    expect(order.subtotalMinor).toBe(2 * 4147 + 2581 + 75576);
    expect(order.shippingMinor).toBe(22120);
    expect(order.totalMinor).toBe(order.subtotalMinor + order.shippingMinor);
    expect(order.lines).toHaveLength(3);
    expect(order.lines.find((l: { productId: string }) => l.productId === rug.id)).toMatchObject({
      title: 'Beni Ourain rug',
      hsCode: '570110',
      originCountry: 'MA',
      quantity: 1,
      unitPriceMinor: 75576,
      lineTotalMinor: 75576,
    });
    expect(new Date(order.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);

    expect([await stockOf(tagine), await stockOf(plate), await stockOf(rug)]).toEqual([8, 9, 1]);
    const stored = await t.db.getRepository(Order).findOneByOrFail({ id: order.id });
    expect(stored).toMatchObject({
      totalMinor: order.totalMinor,
      totalMadMinor: 2 * 45000 + 28000 + 820000 + 2 * 120000,
      madPerUnit: '10.85000000',
    });
    expect(await t.db.getRepository(CooperativeOrder).countBy({ orderId: order.id })).toBe(2);
    // Later edits of the product do not touch the order's snapshot.
    await t.db.getRepository(Product).update({ id: rug.id }, { priceMinor: 1, title: { en: 'Renamed' } });
    const again = await t.http.get(`/api/v1/orders/${order.id}`).set(auth(buyer)).expect(200);
    expect(again.body.lines.find((l: { productId: string }) => l.productId === rug.id)).toMatchObject({
      title: 'Beni Ourain rug',
      unitPriceMinor: 75576,
    });
  });

  it('refuses insufficient stock with the short items, reserving nothing', async () => {
    const a = await make.product(safi, { stock: 1 });
    const b = await make.product(fes, { stock: 3 });
    const c = await make.product(fes, { stock: 0 });
    const before = await t.db.getRepository(Order).count();
    const res = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(
        orderBody([
          { productId: a.id, quantity: 2 },
          { productId: b.id, quantity: 1 },
          { productId: c.id, quantity: 1 },
        ]),
      )
      .expect(409);
    expect(res.body.code).toBe('OUT_OF_STOCK');
    expect(res.body.details.items).toEqual(
      [
        { productId: a.id, requested: 2, available: 1 },
        { productId: c.id, requested: 1, available: 0 },
      ].sort((x, y) => x.productId.localeCompare(y.productId)),
    );
    expect([await stockOf(a), await stockOf(b), await stockOf(c)]).toEqual([1, 3, 0]);
    expect(await t.db.getRepository(Order).count()).toBe(before);
  });

  it('adds up repeated lines of one product against its stock', async () => {
    const a = await make.product(safi, { stock: 3 });
    await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(
        orderBody([
          { productId: a.id, quantity: 2 },
          { productId: a.id, quantity: 2 },
        ]),
      )
      .expect(409);
    const ok = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(
        orderBody([
          { productId: a.id, quantity: 1 },
          { productId: a.id, quantity: 2 },
        ]),
      )
      .expect(201);
    expect(ok.body.lines).toEqual([expect.objectContaining({ productId: a.id, quantity: 3 })]);
    expect(await stockOf(a)).toBe(0);
  });

  it('replays the same Idempotency-Key and body, and refuses the key with another body', async () => {
    const p = await make.product(safi, { stock: 5 });
    const body = orderBody([{ productId: p.id, quantity: 2 }]);
    const first = await t.http.post('/api/v1/orders').set(auth(buyer)).set('Idempotency-Key', 'cart-123').send(body).expect(201);
    const replay = await t.http.post('/api/v1/orders').set(auth(buyer)).set('Idempotency-Key', 'cart-123').send(body).expect(201);
    expect(replay.body.id).toBe(first.body.id);
    expect(await stockOf(p)).toBe(3);
    const conflict = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .set('Idempotency-Key', 'cart-123')
      .send(orderBody([{ productId: p.id, quantity: 1 }]))
      .expect(422);
    expect(conflict.body.code).toBe('IDEMPOTENCY_CONFLICT');
    expect(await stockOf(p)).toBe(3);
    // Keys belong to a buyer: another buyer's identical key is a new order.
    const other = await make.buyer();
    const theirs = await t.http.post('/api/v1/orders').set(auth(other)).set('Idempotency-Key', 'cart-123').send(body).expect(201);
    expect(theirs.body.id).not.toBe(first.body.id);
  });

  it('answers concurrent requests with the same key with one order', async () => {
    const p = await make.product(safi, { stock: 10 });
    const body = orderBody([{ productId: p.id, quantity: 1 }]);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.http.post('/api/v1/orders').set(auth(buyer)).set('Idempotency-Key', 'double-click').send(body)),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await stockOf(p)).toBe(9);
  });

  it.each([
    [
      'Morocco as destination',
      () =>
        orderBody([{ productId: '6f1d8a5e-1111-4a2b-9c3d-0123456789ab', quantity: 1 }], { shippingAddress: { ...address, country: 'MA' } }),
      422,
      'INVALID_DESTINATION',
    ],
    [
      'an unknown product',
      () => orderBody([{ productId: '6f1d8a5e-1111-4a2b-9c3d-0123456789ab', quantity: 1 }]),
      422,
      'PRODUCT_UNAVAILABLE',
    ],
    ['zero quantity', () => orderBody([{ productId: '6f1d8a5e-1111-4a2b-9c3d-0123456789ab', quantity: 0 }]), 400, 'VALIDATION_FAILED'],
    ['no items', () => orderBody([]), 400, 'VALIDATION_FAILED'],
    [
      'a currency without a rate',
      () => orderBody([{ productId: '6f1d8a5e-1111-4a2b-9c3d-0123456789ab', quantity: 1 }], { currency: 'CHF' }),
      422,
      'UNPROCESSABLE',
    ],
  ])('refuses %s', async (_label, body, status, code) => {
    const res = await t.http.post('/api/v1/orders').set(auth(buyer)).send(body()).expect(status);
    expect(res.body.code).toBe(code);
  });

  it('refuses unpublished products and products of suspended cooperatives, reserving nothing', async () => {
    const draft = await make.product(safi, { status: 'draft', stock: 5 });
    const suspended = await make.cooperative({ status: 'suspended', statusReason: 'checks' });
    const hidden = await make.product(suspended, { stock: 5 });
    const ok = await make.product(safi, { stock: 5 });
    const r1 = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(
        orderBody([
          { productId: draft.id, quantity: 1 },
          { productId: ok.id, quantity: 1 },
        ]),
      )
      .expect(422);
    expect(r1.body).toMatchObject({ code: 'PRODUCT_UNAVAILABLE', details: { productIds: [draft.id] } });
    const r2 = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(orderBody([{ productId: hidden.id, quantity: 1 }]))
      .expect(422);
    expect(r2.body.code).toBe('COOPERATIVE_UNAVAILABLE');
    expect([await stockOf(draft), await stockOf(hidden), await stockOf(ok)]).toEqual([5, 5, 5]);
  });

  it('only buyers order; another buyer gets 404 on your order and your list stays yours', async () => {
    const p = await make.product(safi);
    await t.http
      .post('/api/v1/orders')
      .set(auth(artisan))
      .send(orderBody([{ productId: p.id, quantity: 1 }]))
      .expect(403);
    const mine = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(orderBody([{ productId: p.id, quantity: 1 }]))
      .expect(201);
    const other = await make.buyer();
    await t.http.get(`/api/v1/orders/${mine.body.id}`).set(auth(other)).expect(404);
    await t.http.post(`/api/v1/orders/${mine.body.id}/cancel`).set(auth(other)).expect(404);
    const list = await t.http.get('/api/v1/orders').set(auth(other)).expect(200);
    expect(list.body.items).toEqual([]);
    await t.http.get(`/api/v1/orders/${mine.body.id}`).set(auth(admin)).expect(200);
    const own = await t.http.get('/api/v1/orders?limit=100').set(auth(buyer)).expect(200);
    expect(own.body.items.map((o: { id: string }) => o.id)).toContain(mine.body.id);
  });

  it('cancels a pending order once and releases its stock', async () => {
    const p = await make.product(safi, { stock: 4 });
    const order = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(orderBody([{ productId: p.id, quantity: 3 }]))
      .expect(201);
    expect(await stockOf(p)).toBe(1);
    const cancelled = await t.http.post(`/api/v1/orders/${order.body.id}/cancel`).set(auth(buyer)).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.cooperativeOrders[0].status).toBe('cancelled');
    expect(await stockOf(p)).toBe(4);
    const again = await t.http.post(`/api/v1/orders/${order.body.id}/cancel`).set(auth(buyer)).expect(409);
    expect(again.body.code).toBe('INVALID_STATE');
    expect(await stockOf(p)).toBe(4);
  });

  it('expires overdue orders exactly once, even with two job runs at the same time', async () => {
    const p = await make.product(safi, { stock: 6 });
    const due = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(orderBody([{ productId: p.id, quantity: 2 }]))
      .expect(201);
    const fresh = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(orderBody([{ productId: p.id, quantity: 1 }]))
      .expect(201);
    await t.db.getRepository(Order).update({ id: due.body.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await stockOf(p)).toBe(3);

    const job = t.app.get(OrderExpiryJob);
    const counts = await Promise.all([job.runOnce(), job.runOnce(), job.runOnce()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await stockOf(p)).toBe(5);
    expect((await t.db.getRepository(Order).findOneByOrFail({ id: due.body.id })).status).toBe('expired');
    expect((await t.db.getRepository(Order).findOneByOrFail({ id: fresh.body.id })).status).toBe('pending_payment');
    await job.runOnce();
    expect(await stockOf(p)).toBe(5);
    await t.http.post(`/api/v1/orders/${due.body.id}/cancel`).set(auth(buyer)).expect(409);
  });

  it('confirms a bank transfer only for the exact total', async () => {
    const p = await make.product(safi, { stock: 5 });
    const order = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(orderBody([{ productId: p.id, quantity: 1 }], { paymentMethod: 'bank_transfer' }))
      .expect(201);
    const wrong = await t.http
      .post(`/api/v1/orders/${order.body.id}/confirm-bank-transfer`)
      .set(auth(admin))
      .send({ reference: 'VIR-001', amountMinor: order.body.totalMinor - 1 })
      .expect(422);
    expect(wrong.body).toMatchObject({ code: 'AMOUNT_MISMATCH', details: { expectedMinor: order.body.totalMinor } });
    expect((await t.db.getRepository(Order).findOneByOrFail({ id: order.body.id })).status).toBe('pending_payment');
    await t.http
      .post(`/api/v1/orders/${order.body.id}/confirm-bank-transfer`)
      .set(auth(buyer))
      .send({ reference: 'VIR-001', amountMinor: order.body.totalMinor })
      .expect(403);
    const paid = await t.http
      .post(`/api/v1/orders/${order.body.id}/confirm-bank-transfer`)
      .set(auth(admin))
      .send({ reference: 'VIR-001', amountMinor: order.body.totalMinor })
      .expect(200);
    expect(paid.body).toMatchObject({ status: 'paid', cooperativeOrders: [expect.objectContaining({ status: 'paid' })] });
    expect(await t.db.getRepository(Order).findOneByOrFail({ id: order.body.id })).toMatchObject({
      status: 'paid',
      paymentReference: 'VIR-001',
    });
    await t.http
      .post(`/api/v1/orders/${order.body.id}/confirm-bank-transfer`)
      .set(auth(admin))
      .send({ reference: 'VIR-001', amountMinor: order.body.totalMinor })
      .expect(409);
    await t.http.post(`/api/v1/orders/${order.body.id}/cancel`).set(auth(buyer)).expect(409);

    const card = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(orderBody([{ productId: p.id, quantity: 1 }]))
      .expect(201);
    await t.http
      .post(`/api/v1/orders/${card.body.id}/confirm-bank-transfer`)
      .set(auth(admin))
      .send({ reference: 'VIR-002', amountMinor: card.body.totalMinor })
      .expect(409);
  });

  it('cooperatives fulfil their parts; the order completes when every part is delivered', async () => {
    const fesArtisan = await make.artisan();
    await make.member(fes, fesArtisan, 'member');
    const a = await make.product(safi, { stock: 5 });
    const b = await make.product(fes, { stock: 5 });
    const order = await t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send(
        orderBody(
          [
            { productId: a.id, quantity: 1 },
            { productId: b.id, quantity: 1 },
          ],
          { paymentMethod: 'bank_transfer' },
        ),
      )
      .expect(201);
    const safiPart = order.body.cooperativeOrders.find((p: { cooperativeId: string }) => p.cooperativeId === safi.id);
    const fesPart = order.body.cooperativeOrders.find((p: { cooperativeId: string }) => p.cooperativeId === fes.id);

    const early = await t.http
      .post(`/api/v1/cooperative-orders/${safiPart.id}/ship`)
      .set(auth(artisan))
      .send({ carrier: 'Amana', trackingNumber: 'EE1MA' })
      .expect(409);
    expect(early.body.code).toBe('INVALID_STATE');
    await t.http
      .post(`/api/v1/orders/${order.body.id}/confirm-bank-transfer`)
      .set(auth(admin))
      .send({ reference: 'VIR-9', amountMinor: order.body.totalMinor })
      .expect(200);

    await t.http
      .post(`/api/v1/cooperative-orders/${safiPart.id}/ship`)
      .set(auth(fesArtisan))
      .send({ carrier: 'Amana', trackingNumber: 'EE1MA' })
      .expect(403);
    const shipped = await t.http
      .post(`/api/v1/cooperative-orders/${safiPart.id}/ship`)
      .set(auth(artisan))
      .send({ carrier: 'Amana EMS', trackingNumber: 'EE123456789MA' })
      .expect(200);
    expect(shipped.body).toMatchObject({
      status: 'shipped',
      carrier: 'Amana EMS',
      trackingNumber: 'EE123456789MA',
      orderNumber: order.body.number,
    });
    await t.http.post(`/api/v1/cooperative-orders/${safiPart.id}/deliver`).set(auth(artisan)).expect(200);
    expect((await t.db.getRepository(Order).findOneByOrFail({ id: order.body.id })).status).toBe('paid');

    await t.http.post(`/api/v1/cooperative-orders/${fesPart.id}/deliver`).set(auth(fesArtisan)).expect(409);
    await t.http
      .post(`/api/v1/cooperative-orders/${fesPart.id}/ship`)
      .set(auth(fesArtisan))
      .send({ carrier: 'DHL', trackingNumber: '1234567890' })
      .expect(200);
    await t.http.post(`/api/v1/cooperative-orders/${fesPart.id}/deliver`).set(auth(fesArtisan)).expect(200);
    const done = await t.http.get(`/api/v1/orders/${order.body.id}`).set(auth(buyer)).expect(200);
    expect(done.body.status).toBe('completed');
    expect(done.body.cooperativeOrders.map((p: { status: string }) => p.status)).toEqual(['delivered', 'delivered']);

    const list = await t.http.get(`/api/v1/cooperatives/${fes.id}/orders?limit=100`).set(auth(fesArtisan)).expect(200);
    const part = list.body.items.find((p: { id: string }) => p.id === fesPart.id);
    expect(part).toMatchObject({ orderId: order.body.id, status: 'delivered', lines: [expect.objectContaining({ productId: b.id })] });
    expect(part.lines.map((l: { productId: string }) => l.productId)).not.toContain(a.id);
    await t.http.get(`/api/v1/cooperatives/${fes.id}/orders`).set(auth(artisan)).expect(403);
    expect(await t.db.getRepository(OrderLine).countBy({ orderId: order.body.id })).toBe(2);
  });
});

describe('Shipping rates (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
  });
  afterAll(() => t.close());

  it('lists the seeded table and lets admins replace a zone, which new orders then use', async () => {
    const list = await t.http.get('/api/v1/shipping-rates').expect(200);
    expect(list.body.map((z: { zone: string }) => z.zone).sort()).toEqual([
      'AFRICA',
      'ASIA_PACIFIC',
      'EU',
      'EUROPE_OTHER',
      'LATAM',
      'MIDDLE_EAST',
      'NORTH_AMERICA',
    ]);
    const admin = await make.admin();
    const buyer = await make.buyer();
    const body = {
      asOf: '2026-12-01',
      brackets: [
        { maxWeightGrams: 2000, priceMadMinor: 9900 },
        { maxWeightGrams: 30000, priceMadMinor: 50000 },
      ],
    };
    await t.http
      .put('/api/v1/admin/shipping-rates/EU')
      .set(bearer(tokenFor(t.app, buyer)))
      .send(body)
      .expect(403);
    await t.http
      .put('/api/v1/admin/shipping-rates/MOON')
      .set(bearer(tokenFor(t.app, admin)))
      .send(body)
      .expect(400);
    await t.http
      .put('/api/v1/admin/shipping-rates/EU')
      .set(bearer(tokenFor(t.app, admin)))
      .send({
        asOf: '2026-12-01',
        brackets: [
          { maxWeightGrams: 1000, priceMadMinor: 1 },
          { maxWeightGrams: 1000, priceMadMinor: 2 },
        ],
      })
      .expect(400);
    const put = await t.http
      .put('/api/v1/admin/shipping-rates/EU')
      .set(bearer(tokenFor(t.app, admin)))
      .send(body)
      .expect(200);
    expect(put.body).toEqual({ zone: 'EU', asOf: '2026-12-01', brackets: body.brackets });

    const coop = await make.cooperative();
    const p = await make.product(coop, { weightGrams: 1500, priceMinor: 10000 });
    const order = await t.http
      .post('/api/v1/orders')
      .set(bearer(tokenFor(t.app, buyer)))
      .send({
        items: [{ productId: p.id, quantity: 1 }],
        currency: 'MAD',
        shippingAddress: { name: 'A', line1: 'B', city: 'Lyon', postalCode: '69001', country: 'FR' },
        paymentMethod: 'card',
      })
      .expect(201);
    expect(order.body.shippingMinor).toBe(9900);
  });
});
