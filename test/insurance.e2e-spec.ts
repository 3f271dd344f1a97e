import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { InsuranceQuote } from '../src/insurance/insurance-quote';
import { Order } from '../src/orders/order';
import { Product } from '../src/products/product';
import { FakeStripe } from './support/fake-stripe';
import { Factories } from './support/factories';
import { deliverWebhook, US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Export-risk insurance (e2e)', () => {
  const stripe = new FakeStripe();
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let artisan: User;
  let safi: Cooperative;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const address = US_ADDRESS;
  const stockOf = async (p: Product): Promise<number> => (await t.db.getRepository(Product).findOneByOrFail({ id: p.id })).stock;
  const orderCount = (): Promise<number> => t.db.getRepository(Order).count();
  const quoteFor = (user: User, body: Record<string, unknown>) => t.http.post('/api/v1/insurance/quotes').set(auth(user)).send(body);
  const itemsQuote = (product: Product, quantity = 2, overrides: Record<string, unknown> = {}) =>
    quoteFor(buyer, {
      destinationCountry: 'US',
      currency: 'EUR',
      items: [{ productId: product.id, quantity }],
      coverages: ['transit'],
      ...overrides,
    });
  const placeOrder = (items: { productId: string; quantity: number }[], overrides: Record<string, unknown> = {}) =>
    t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send({ items, currency: 'EUR', shippingAddress: address, paymentMethod: 'card', ...overrides });
  const tagine = (stock = 10) =>
    make.product(safi, { priceMinor: 45000, weightGrams: 2500, stock, hsCode: '691200', title: { en: 'Glazed tagine' } });

  beforeAll(async () => {
    await stripe.start();
    t = await createTestApp({ ...stripe.env(), PUBLIC_BASE_URL: 'https://shop.hirfa.example' });
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    artisan = await make.artisan();
    safi = await make.cooperative({ name: 'Safi' }, artisan);
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10.85', asOf: '2026-11-27' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  it('lists the seeded country risk classes publicly, with their as-of date', async () => {
    const res = await t.http.get('/api/v1/insurance/country-risks').expect(200);
    expect(res.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ iso2: 'US', riskClass: null, pricedAsClass: 0, asOf: '2026-01-30' }),
        expect.objectContaining({ iso2: 'SN', riskClass: 7, pricedAsClass: 7, asOf: '2026-01-30' }),
      ]),
    );
    expect(res.body).toHaveLength(23);
  });

  it('quotes transit cover for catalog items with the shipping an order would charge', async () => {
    const p = await tagine();
    const res = await itemsQuote(p).expect(201);
    // 2 × 450.00 MAD at 10.85 = 2 × 41.47 EUR; 5 kg to North America 720.00 MAD = 66.36 EUR.
    // Fragile 80 + NORTH_AMERICA 10 = 90 bps on 110% of CIF solves to 1.50 EUR, under the minimum
    // of 400.00 MAD = 36.87 EUR (rounded up), which applies; insured 110% × (82.94 + 66.36 + 36.87).
    expect(res.body).toMatchObject({
      status: 'quoted',
      destinationCountry: 'US',
      currency: 'EUR',
      countryRiskClass: 0,
      countryRiskAsOf: '2026-01-30',
      goodsValueMinor: 8294,
      shippingMinor: 6636,
      goodsClass: 'fragile',
      premiumMinor: 3687,
      insuredValueMinor: 20479,
      rateTableAsOf: '2026-01-30',
      items: [{ productId: p.id, quantity: 2 }],
      orderId: null,
      policyNumber: null,
    });
    expect(res.body.breakdown).toEqual([
      expect.objectContaining({ coverage: 'transit', rateBps: 90, premiumMinor: 3687, basis: expect.stringContaining('minimum premium') }),
    ]);
    const days = (new Date(res.body.validUntil).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const stored = await t.db.getRepository(InsuranceQuote).findOneByOrFail({ id: res.body.id });
    expect(stored).toMatchObject({ requesterId: buyer.id, premiumMadMinor: 40004, madPerUnit: '10.85000000' });
  });

  it('quotes a goods value as fragile goods; admins reclassify a country and only new quotes use it', async () => {
    const body = { destinationCountry: 'TR', currency: 'EUR', goodsValueMinor: 500_000, coverages: ['political', 'transit'] };
    const old = await quoteFor(buyer, body).expect(201);
    // Transit 85 bps (fragile 80 + EUROPE_OTHER 5): ⌈0.0085 × 1.1 × 500000 / (1 − 0.00935)⌉ = 4720; political class 5: 20 bps = 1000.
    expect(old.body).toMatchObject({ countryRiskClass: 5, goodsClass: 'fragile', shippingMinor: 0, items: null, premiumMinor: 5720 });
    expect(
      old.body.breakdown.map((l: { coverage: string; rateBps: number; premiumMinor: number }) => [l.coverage, l.rateBps, l.premiumMinor]),
    ).toEqual([
      ['transit', 85, 4720],
      ['political', 20, 1000],
    ]);

    await t.http.put('/api/v1/admin/country-risks/TR').set(auth(buyer)).send({ riskClass: 6, asOf: '2026-06-26' }).expect(403);
    const audits = await make.auditCount();
    const put = await t.http.put('/api/v1/admin/country-risks/tr').set(auth(admin)).send({ riskClass: 6, asOf: '2026-06-26' }).expect(200);
    expect(put.body).toMatchObject({ iso2: 'TR', riskClass: 6, pricedAsClass: 6, asOf: '2026-06-26' });
    expect(await make.auditCount()).toBe(audits + 1);

    const fresh = await quoteFor(buyer, body).expect(201);
    expect(fresh.body).toMatchObject({ countryRiskClass: 6, countryRiskAsOf: '2026-06-26', premiumMinor: 4720 + 1750 });
    const again = await t.http.get(`/api/v1/insurance/quotes/${old.body.id}`).set(auth(buyer)).expect(200);
    expect(again.body).toMatchObject({ countryRiskClass: 5, countryRiskAsOf: '2026-01-30', premiumMinor: 5720 });
  });

  it.each([
    ['credit cover to a class 7 country', { destinationCountry: 'SN', coverages: ['credit'], paymentTermDays: 30 }, 'RISK_CLASS_OFF_COVER'],
    ['a payment term over 180 days', { destinationCountry: 'FR', coverages: ['credit'], paymentTermDays: 181 }, 'PAYMENT_TERM_TOO_LONG'],
    ['credit cover without a term', { destinationCountry: 'FR', coverages: ['credit'] }, 'PAYMENT_TERM_REQUIRED'],
    [
      'goods over the ceiling',
      { destinationCountry: 'FR', coverages: ['transit'], goodsValueMinor: 10_000_000 },
      'GOODS_VALUE_OVER_CEILING',
    ],
    ['political cover where no class is on file', { destinationCountry: 'MX', coverages: ['political'] }, 'COUNTRY_NOT_RATED'],
  ])('declines %s with the reason, storing nothing', async (_, change, code) => {
    const before = await t.db.getRepository(InsuranceQuote).count();
    const res = await quoteFor(buyer, { currency: 'EUR', goodsValueMinor: 100_000, ...change }).expect(422);
    expect(res.body).toMatchObject({ code: 'COVER_DECLINED', details: { code } });
    expect(res.body.message.length).toBeGreaterThan(10);
    expect(await t.db.getRepository(InsuranceQuote).count()).toBe(before);
  });

  it('quotes transit only where no class is on file', async () => {
    const res = await quoteFor(artisan, {
      destinationCountry: 'MX',
      currency: 'EUR',
      goodsValueMinor: 100_000,
      coverages: ['transit'],
    }).expect(201);
    expect(res.body).toMatchObject({ status: 'quoted', countryRiskClass: null, countryRiskAsOf: null });
    expect(res.body.premiumMinor).toBeGreaterThan(0);
  });

  it('adds the premium to the order total and the Stripe checkout, then binds a policy on payment', async () => {
    const p = await tagine();
    const quote = (await itemsQuote(p)).body;
    const placed = await placeOrder(
      [
        { productId: p.id, quantity: 1 },
        { productId: p.id, quantity: 1 },
      ],
      { insuranceQuoteId: quote.id },
    ).expect(201);
    const order = placed.body;
    expect(order).toMatchObject({ subtotalMinor: 8294, shippingMinor: 6636, insuranceMinor: 3687, totalMinor: 8294 + 6636 + 3687 });
    expect(order).toMatchObject({ insuranceQuoteId: quote.id, insurancePolicyNumber: null });
    const row = await t.db.getRepository(Order).findOneByOrFail({ id: order.id });
    expect(row.totalMadMinor).toBe(2 * 45000 + 72000 + 40004);
    const used = await t.http.get(`/api/v1/insurance/quotes/${quote.id}`).set(auth(buyer)).expect(200);
    expect(used.body).toMatchObject({ status: 'used', orderId: order.id });

    const checkout = await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200);
    const session = stripe.sessions.get(checkout.body.sessionId)!;
    expect(Number(session.amount_total)).toBe(order.totalMinor);
    const lines = session.line_items_sent as { price_data: { unit_amount: string; product_data: { name: string } }; quantity: string }[];
    expect(lines.map((l) => [l.price_data.product_data.name, Number(l.price_data.unit_amount)])).toContainEqual([
      'Export-risk insurance',
      3687,
    ]);

    await deliverWebhook(t, stripe, stripe.event('checkout.session.completed', stripe.complete(checkout.body.sessionId))).expect(200);
    const paid = await t.http.get(`/api/v1/orders/${order.id}`).set(auth(buyer)).expect(200);
    expect(paid.body.status).toBe('paid');
    expect(paid.body.insurancePolicyNumber).toMatch(/^HIRFA-POL-\d{6}$/);
    const bound = await t.http.get(`/api/v1/insurance/quotes/${quote.id}`).set(auth(buyer)).expect(200);
    expect(bound.body).toMatchObject({ status: 'bound', policyNumber: paid.body.insurancePolicyNumber });
    expect(bound.body.boundAt).not.toBeNull();
    const invoice = await t.http
      .get(`/api/v1/cooperative-orders/${order.cooperativeOrders[0].id}/commercial-invoice`)
      .set(auth(buyer))
      .expect(200);
    expect(invoice.body.insurance).toEqual({ amountMinor: 3687, policyNumber: paid.body.insurancePolicyNumber });
  });

  it('binds a policy when an admin confirms a bank transfer, numbering policies in sequence', async () => {
    const p = await tagine();
    const policies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const quote = (
        await quoteFor(buyer, {
          destinationCountry: 'US',
          currency: 'EUR',
          items: [{ productId: p.id, quantity: 1 }],
          coverages: ['transit'],
        })
      ).body;
      const order = (
        await placeOrder([{ productId: p.id, quantity: 1 }], { insuranceQuoteId: quote.id, paymentMethod: 'bank_transfer' }).expect(201)
      ).body;
      const paid = await t.http
        .post(`/api/v1/orders/${order.id}/confirm-bank-transfer`)
        .set(auth(admin))
        .send({ reference: `VIR-INS-${i}`, amountMinor: order.totalMinor })
        .expect(200);
      expect(paid.body.insurancePolicyNumber).toMatch(/^HIRFA-POL-\d{6}$/);
      policies.push(paid.body.insurancePolicyNumber);
      const listed = await t.http.get('/api/v1/orders').set(auth(buyer)).expect(200);
      expect(listed.body.items.find((o: { id: string }) => o.id === order.id).insurancePolicyNumber).toBe(paid.body.insurancePolicyNumber);
    }
    expect(Number(policies[1].slice(-6))).toBe(Number(policies[0].slice(-6)) + 1);
  });

  it('refuses an expired quote, reserving nothing', async () => {
    const p = await tagine(5);
    const quote = (await itemsQuote(p)).body;
    await t.db.getRepository(InsuranceQuote).update({ id: quote.id }, { validUntil: new Date(Date.now() - 1000) });
    const before = await orderCount();
    const res = await placeOrder([{ productId: p.id, quantity: 2 }], { insuranceQuoteId: quote.id }).expect(409);
    expect(res.body).toMatchObject({ code: 'QUOTE_EXPIRED', message: expect.stringContaining('expired') });
    expect(await stockOf(p)).toBe(5);
    expect(await orderCount()).toBe(before);
    const view = await t.http.get(`/api/v1/insurance/quotes/${quote.id}`).set(auth(buyer)).expect(200);
    expect(view.body.status).toBe('expired');
  });

  it('refuses a quote already used by another order, but replays the same order for its Idempotency-Key', async () => {
    const p = await tagine(10);
    const quote = (await itemsQuote(p)).body;
    const first = await placeOrder([{ productId: p.id, quantity: 2 }], { insuranceQuoteId: quote.id })
      .set('Idempotency-Key', 'insured-cart')
      .expect(201);
    const replay = await placeOrder([{ productId: p.id, quantity: 2 }], { insuranceQuoteId: quote.id })
      .set('Idempotency-Key', 'insured-cart')
      .expect(201);
    expect(replay.body.id).toBe(first.body.id);
    expect(await stockOf(p)).toBe(8);
    const before = await orderCount();
    const reused = await placeOrder([{ productId: p.id, quantity: 2 }], { insuranceQuoteId: quote.id }).expect(409);
    expect(reused.body).toMatchObject({ code: 'QUOTE_EXPIRED', message: expect.stringContaining('already used') });
    expect(await stockOf(p)).toBe(8);
    expect(await orderCount()).toBe(before);
  });

  it('lets one of two concurrent orders use a quote', async () => {
    const p = await tagine(10);
    const quote = (await itemsQuote(p)).body;
    const results = await Promise.all([1, 2].map(() => placeOrder([{ productId: p.id, quantity: 2 }], { insuranceQuoteId: quote.id })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await stockOf(p)).toBe(8);
    expect(await t.db.getRepository(Order).countBy({ insuranceQuoteId: quote.id })).toBe(1);
  });

  it.each([
    ['other quantities', { quantity: 3 }],
    ['another destination', { shippingAddress: { ...address, country: 'FR', postalCode: '75001', city: 'Paris' } }],
    ['another currency', { currency: 'MAD' }],
    ['another incoterm', { incoterm: 'DDP' }],
  ])('refuses a quote for %s, reserving nothing', async (_, change) => {
    const p = await tagine(5);
    const quote = (await itemsQuote(p)).body;
    const { quantity, ...overrides } = { quantity: 2, ...change };
    const before = await orderCount();
    const res = await placeOrder([{ productId: p.id, quantity }], { insuranceQuoteId: quote.id, ...overrides }).expect(422);
    expect(res.body.code).toBe('QUOTE_MISMATCH');
    expect(await stockOf(p)).toBe(5);
    expect(await orderCount()).toBe(before);
    expect((await t.db.getRepository(InsuranceQuote).findOneByOrFail({ id: quote.id })).orderId).toBeNull();
  });

  it('uses a value quote for an order whose goods come to that value, and refuses another buyer’s quote', async () => {
    const p = await tagine(5);
    const quote = (
      await quoteFor(buyer, { destinationCountry: 'US', currency: 'EUR', goodsValueMinor: 4147, coverages: ['transit'] }).expect(201)
    ).body;
    const other = await make.buyer();
    const theirs = await t.http
      .post('/api/v1/orders')
      .set(auth(other))
      .send({
        items: [{ productId: p.id, quantity: 1 }],
        currency: 'EUR',
        shippingAddress: address,
        paymentMethod: 'card',
        insuranceQuoteId: quote.id,
      })
      .expect(422);
    expect(theirs.body).toMatchObject({ code: 'UNPROCESSABLE', message: 'This insurance quote does not exist' });
    const order = await placeOrder([{ productId: p.id, quantity: 1 }], { insuranceQuoteId: quote.id }).expect(201);
    expect(order.body).toMatchObject({
      subtotalMinor: 4147,
      insuranceMinor: quote.premiumMinor,
      totalMinor: 4147 + order.body.shippingMinor + quote.premiumMinor,
    });
  });

  it('shows a quote to its requester and admins only', async () => {
    const p = await tagine();
    const quote = (await itemsQuote(p)).body;
    await t.http.get(`/api/v1/insurance/quotes/${quote.id}`).set(auth(admin)).expect(200);
    const other = await make.buyer();
    const hidden = await t.http.get(`/api/v1/insurance/quotes/${quote.id}`).set(auth(other)).expect(404);
    expect(hidden.body.code).toBe('NOT_FOUND');
    await t.http.get(`/api/v1/insurance/quotes/${quote.id}`).expect(401);
    await t.http.get('/api/v1/insurance/quotes/not-a-uuid').set(auth(buyer)).expect(400);
    await t.http
      .post('/api/v1/insurance/quotes')
      .set(auth(admin))
      .send({ destinationCountry: 'US', currency: 'EUR', goodsValueMinor: 100, coverages: ['transit'] })
      .expect(403);
  });

  it.each<[string, Record<string, unknown>]>([
    ['both items and a value', { items: [{ productId: '00000000-0000-4000-8000-000000000001', quantity: 1 }], goodsValueMinor: 100 }],
    ['neither items nor a value', {}],
    ['no coverage', { goodsValueMinor: 100, coverages: [] }],
    ['an unknown coverage', { goodsValueMinor: 100, coverages: ['fire'] }],
    ['a repeated coverage', { goodsValueMinor: 100, coverages: ['transit', 'transit'] }],
    ['a fractional value', { goodsValueMinor: 10.5 }],
    ['a negative term', { goodsValueMinor: 100, paymentTermDays: -1 }],
    ['an unknown country', { goodsValueMinor: 100, destinationCountry: 'XX' }],
    ['an unknown field', { goodsValueMinor: 100, premiumMinor: 1 }],
    ['a bad quantity', { items: [{ productId: '00000000-0000-4000-8000-000000000001', quantity: 0 }] }],
  ])('answers 400 to %s', async (_, change) => {
    const res = await quoteFor(buyer, { destinationCountry: 'US', currency: 'EUR', coverages: ['transit'], ...change }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses Morocco, currencies without a rate and unavailable products with 422', async () => {
    const ma = await quoteFor(buyer, { destinationCountry: 'MA', currency: 'EUR', goodsValueMinor: 100, coverages: ['transit'] }).expect(
      422,
    );
    expect(ma.body.code).toBe('INVALID_DESTINATION');
    await quoteFor(buyer, { destinationCountry: 'US', currency: 'GBP', goodsValueMinor: 100, coverages: ['transit'] }).expect(422);
    const draft = await make.product(safi, { status: 'draft' });
    const res = await quoteFor(buyer, {
      destinationCountry: 'US',
      currency: 'EUR',
      items: [{ productId: draft.id, quantity: 1 }],
      coverages: ['transit'],
    }).expect(422);
    expect(res.body).toMatchObject({ code: 'PRODUCT_UNAVAILABLE', details: { productIds: [draft.id] } });
    const centime = await make.product(safi, { priceMinor: 1 });
    const worthless = await quoteFor(buyer, {
      destinationCountry: 'US',
      currency: 'EUR',
      items: [{ productId: centime.id, quantity: 1 }],
      coverages: ['transit'],
    }).expect(422);
    expect(worthless.body.code).toBe('UNPROCESSABLE');
  });

  it('answers 400 to a bad country risk update', async () => {
    for (const [iso2, body] of [
      ['TR', { riskClass: 8, asOf: '2026-06-26' }],
      ['TR', { riskClass: 2.5, asOf: '2026-06-26' }],
      ['TR', { riskClass: 2, asOf: 'tomorrow' }],
      ['TR', { asOf: '2026-06-26' }],
      ['XX', { riskClass: 2, asOf: '2026-06-26' }],
    ] as const) {
      const res = await t.http.put(`/api/v1/admin/country-risks/${iso2}`).set(auth(admin)).send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const unclassified = await t.http
      .put('/api/v1/admin/country-risks/KR')
      .set(auth(admin))
      .send({ riskClass: null, asOf: '2026-06-26' })
      .expect(200);
    expect(unclassified.body).toMatchObject({ iso2: 'KR', riskClass: null, pricedAsClass: 0 });
  });

  // Last: it changes the tariff every later quote in this file would use.
  it('publishes rate table versions that price new quotes while old quotes keep theirs', async () => {
    const body = { destinationCountry: 'FR', currency: 'EUR', goodsValueMinor: 500_000, coverages: ['transit'] };
    const old = await quoteFor(buyer, body).expect(201);
    // Fragile 80 bps, EU 0: ⌈0.008 × 1.1 × 500000 / (1 − 0.0088)⌉ = 4440 (4439.06 rounded up).
    expect(old.body).toMatchObject({ premiumMinor: 4440, rateTableAsOf: '2026-01-30' });

    const current = await t.http.get('/api/v1/admin/insurance/rates').set(auth(admin)).expect(200);
    expect(current.body).toMatchObject({ asOf: '2026-01-30', createdBy: null, table: { transit: { baseRateBps: { fragile: 80 } } } });
    await t.http.get('/api/v1/admin/insurance/rates').set(auth(buyer)).expect(403);
    const { asOf: _seeded, ...tariff } = current.body.table;
    const today = new Date().toISOString().slice(0, 10);
    const dearer = { ...tariff, asOf: today, transit: { ...tariff.transit, baseRateBps: { standard: 15, fragile: 160 } } };
    await t.http.put('/api/v1/admin/insurance/rates').set(auth(buyer)).send(dearer).expect(403);

    const invalid = await t.http
      .put('/api/v1/admin/insurance/rates')
      .set(auth(admin))
      .send({ ...dearer, political: { ...tariff.political, rateBps: { ...tariff.political.rateBps, 4: 1 } } })
      .expect(400);
    expect(invalid.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'political.rateBps.4' })] });
    await t.http
      .put('/api/v1/admin/insurance/rates')
      .set(auth(admin))
      .send({ ...dearer, fire: {} })
      .expect(400);

    const audits = await make.auditCount();
    const published = await t.http.put('/api/v1/admin/insurance/rates').set(auth(admin)).send(dearer).expect(200);
    expect(published.body).toMatchObject({ asOf: today, createdBy: admin.id });
    expect(await make.auditCount()).toBe(audits + 1);
    // 160 bps: ⌈0.016 × 1.1 × 500000 / (1 − 0.0176)⌉ = 8958.
    const fresh = await quoteFor(buyer, body).expect(201);
    expect(fresh.body).toMatchObject({ premiumMinor: 8958, rateTableAsOf: today });
    expect((await t.http.get(`/api/v1/insurance/quotes/${old.body.id}`).set(auth(buyer)).expect(200)).body).toMatchObject({
      premiumMinor: 4440,
      rateTableAsOf: '2026-01-30',
    });

    // A version dated in the future waits for its date; one dated before the latest would never apply.
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    await t.http
      .put('/api/v1/admin/insurance/rates')
      .set(auth(admin))
      .send({ ...dearer, asOf: nextYear })
      .expect(200);
    expect((await t.http.get('/api/v1/admin/insurance/rates').set(auth(admin)).expect(200)).body.asOf).toBe(today);
    const backdated = await t.http.put('/api/v1/admin/insurance/rates').set(auth(admin)).send(dearer).expect(422);
    expect(backdated.body.message).toContain(nextYear);
  });
});
