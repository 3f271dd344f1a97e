import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Order } from '../src/orders/order';
import { FakeStripe } from './support/fake-stripe';
import { Factories } from './support/factories';
import { deliverWebhook } from './support/orders';
import { pdfText } from './support/pdf-text';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

const PARIS = { name: 'Léa Martin', line1: '3 rue Oberkampf', city: 'Paris', postalCode: '75011', country: 'FR' };
const PORTLAND = { name: 'Emma Johnson', line1: '12 Orchard Street', city: 'Portland', postalCode: '97205', country: 'US' };
const MADRID = { name: 'Lucía García', line1: 'Calle Mayor 5', city: 'Madrid', postalCode: '28013', country: 'ES' };

describe('Landed cost: estimates, DDP and IOSS orders, rule versions (e2e)', () => {
  const stripe = new FakeStripe();
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let coop: Cooperative;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const orderRow = (id: string): Promise<Order> => t.db.getRepository(Order).findOneByOrFail({ id });
  const stripeLines = (sessionId: string) =>
    (stripe.sessions.get(sessionId)!.line_items_sent as { price_data: { unit_amount: string; product_data: { name: string } } }[]).map(
      (l) => [l.price_data.product_data.name, Number(l.price_data.unit_amount)],
    );

  beforeAll(async () => {
    await stripe.start();
    t = await createTestApp({ ...stripe.env(), IOSS_NUMBER: 'IM2500000042' });
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    coop = await make.cooperative({ name: 'Tazenakht' });
    // 10 MAD to the euro keeps the arithmetic readable.
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10', asOf: '2026-11-27' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  const rug = (priceMad: number) =>
    make.product(coop, { priceMinor: priceMad * 100, weightGrams: 3000, stock: 20, hsCode: '570110', title: { en: 'Kilim' } });
  const place = (productId: string, shippingAddress: object, incoterm?: 'DAP' | 'DDP') =>
    t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send({ items: [{ productId, quantity: 1 }], currency: 'EUR', shippingAddress, paymentMethod: 'card', incoterm });

  it('estimates bare lines for anyone: IOSS VAT, the EUR 3 duty and the French fee at checkout', async () => {
    const res = await t.http
      .post('/api/v1/landed-cost/estimate')
      .send({
        destinationCountry: 'fr',
        currency: 'EUR',
        lines: [{ hsCode: '570110', originCountry: 'MA', valueMinor: 12000 }],
        shippingMinor: 1500,
      })
      .expect(200);
    expect(res.body).toMatchObject({
      destination: 'FR',
      incoterm: 'DAP',
      vatScheme: 'IOSS',
      atCheckoutMinor: 2700 + 300 + 200,
      atDoorMinor: 0,
      unknown: [],
    });
    expect(res.body.charges.map((c: { ruleId: string; ruleVersion: number }) => [c.ruleId, c.ruleVersion])).toEqual([
      ['FR-low-value-duty', 1],
      ['FR-handling-fee', 1],
      ['FR-vat', 1],
    ]);
  });

  it('estimates catalog items as the order will price them, shipping included', async () => {
    const product = await rug(1000);
    const estimate = await t.http
      .post('/api/v1/landed-cost/estimate')
      .send({ destinationCountry: 'ES', currency: 'EUR', items: [{ productId: product.id, quantity: 1 }], incoterm: 'DDP' })
      .expect(200);
    const order = (await place(product.id, MADRID, 'DDP').expect(201)).body;
    expect(estimate.body.atCheckoutMinor).toBe(order.landedCostMinor);
    expect(order.landedCost.charges).toEqual(estimate.body.charges);
  });

  it('refuses bad estimate requests with 4xx and a field', async () => {
    const product = await rug(100);
    await t.http.post('/api/v1/landed-cost/estimate').send({ destinationCountry: 'FR', currency: 'EUR' }).expect(400);
    await t.http
      .post('/api/v1/landed-cost/estimate')
      .send({
        destinationCountry: 'FR',
        currency: 'EUR',
        items: [{ productId: product.id, quantity: 1 }],
        lines: [{ hsCode: '570110', originCountry: 'MA', valueMinor: 1 }],
      })
      .expect(400);
    const badHs = await t.http
      .post('/api/v1/landed-cost/estimate')
      .send({ destinationCountry: 'FR', currency: 'EUR', lines: [{ hsCode: '57', originCountry: 'MA', valueMinor: 1 }] })
      .expect(400);
    expect(badHs.body.code).toBe('VALIDATION_FAILED');
    await t.http
      .post('/api/v1/landed-cost/estimate')
      .send({ destinationCountry: 'MA', currency: 'EUR', items: [{ productId: product.id, quantity: 1 }] })
      .expect(422);
  });

  it('a DDP order adds the duties and taxes to its total and to the Stripe lines', async () => {
    const product = await rug(4000);
    const res = await place(product.id, MADRID, 'DDP').expect(201);
    const order = res.body;
    // EUR 400 goods over EUR 150: no IOSS; under DDP Hirfa prepays import VAT (21 % of CIF, no duty on Moroccan goods).
    const vat = Math.round(((40000 + order.shippingMinor) * 21) / 100);
    expect(order.landedCostMinor).toBe(vat);
    expect(order.totalMinor).toBe(order.subtotalMinor + order.shippingMinor + vat);
    expect(order.landedCost).toMatchObject({ incoterm: 'DDP', atCheckoutMinor: vat, atDoorMinor: 0, vatScheme: null });
    expect(await orderRow(order.id)).toMatchObject({ landedCostMinor: vat, totalMinor: order.totalMinor });

    const checkout = await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200);
    expect(stripeLines(checkout.body.sessionId)).toContainEqual(['Import duties and taxes', vat]);
    expect(stripe.sessions.get(checkout.body.sessionId)!.amount_total).toBe(order.totalMinor);
  });

  it("duties collected under DDP are the platform's: the cooperative is credited its goods and shipping, and nets to zero after a full refund", async () => {
    const product = await rug(4000);
    const order = (await place(product.id, MADRID, 'DDP').expect(201)).body;
    const checkout = await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200);
    await deliverWebhook(t, stripe, stripe.event('checkout.session.completed', stripe.complete(checkout.body.sessionId))).expect(200);
    const entries = async () =>
      t.db.query(`SELECT kind, amount_mad_minor::int AS amount FROM ledger_entries WHERE order_id = $1 ORDER BY created_at, id`, [
        order.id,
      ]);
    const credited = (await entries())
      .filter((e: { amount: number }) => e.amount > 0)
      .reduce((acc: number, e: { amount: number }) => acc + e.amount, 0);
    // Goods and shipping at 10 MAD to the euro; the duties and taxes never reach the cooperative.
    expect(credited).toBe((order.subtotalMinor + order.shippingMinor) * 10);
    await t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ reason: 'Returned' }).expect(200);
    expect((await entries()).reduce((acc: number, e: { amount: number }) => acc + e.amount, 0)).toBe(0);
    expect((await orderRow(order.id)).refundedMinor).toBe(order.totalMinor);
  });

  it('a DAP order over the IOSS threshold collects nothing and shows what the buyer pays at the door', async () => {
    const product = await rug(4000);
    const order = (await place(product.id, MADRID).expect(201)).body;
    expect(order.landedCostMinor).toBe(0);
    expect(order.totalMinor).toBe(order.subtotalMinor + order.shippingMinor);
    expect(order.landedCost).toMatchObject({
      incoterm: 'DAP',
      atCheckoutMinor: 0,
      atDoorMinor: Math.round(((40000 + order.shippingMinor) * 21) / 100),
    });
    const checkout = await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200);
    expect(stripeLines(checkout.body.sessionId).map(([name]) => name)).not.toContain('Import duties and taxes');
  });

  it('a DAP order under the IOSS threshold collects French VAT at checkout all the same', async () => {
    const product = await rug(1000);
    const order = (await place(product.id, PARIS).expect(201)).body;
    expect(order.landedCost.vatScheme).toBe('IOSS');
    expect(order.landedCostMinor).toBe(order.landedCost.atCheckoutMinor);
    expect(order.landedCostMinor).toBeGreaterThan(0);
    expect(order.totalMinor).toBe(order.subtotalMinor + order.shippingMinor + order.landedCostMinor);
  });

  it('admins publish rules as new versions (audited): new quotes change, placed orders keep theirs', async () => {
    const product = await rug(4000);
    const before = (await place(product.id, MADRID, 'DDP').expect(201)).body;

    const current = (await t.http.get('/api/v1/admin/landed-cost/rules').set(auth(admin)).expect(200)).body.find(
      (s: { destination: string }) => s.destination === 'ES',
    );
    const rules = current.rules.map((r: { id: string }) => r);
    const vat = rules.find((r: { id: string }) => r.id === 'ES-vat');
    const raised = [
      ...rules.filter((r: { id: string }) => r.id !== 'ES-vat'),
      { ...vat, effectiveTo: '2026-01-01' },
      { ...vat, version: 2, effectiveFrom: '2026-01-01', rateBps: 2500 },
    ];
    await t.http.put('/api/v1/admin/landed-cost/rules/ES').set(auth(buyer)).send({ rules: raised }).expect(403);
    const published = await t.http.put('/api/v1/admin/landed-cost/rules/es').set(auth(admin)).send({ rules: raised }).expect(200);
    expect(published.body).toMatchObject({ destination: 'ES', version: current.version + 1, createdBy: admin.id });

    const after = (await place(product.id, MADRID, 'DDP').expect(201)).body;
    expect(after.landedCost.charges[0]).toMatchObject({
      ruleId: 'ES-vat',
      ruleVersion: 2,
      amountMinor: Math.round(((40000 + after.shippingMinor) * 25) / 100),
    });
    const kept = (await t.http.get(`/api/v1/orders/${before.id}`).set(auth(buyer)).expect(200)).body;
    expect(kept.landedCost).toEqual(before.landedCost);
    expect(kept.totalMinor).toBe(before.totalMinor);

    const [audit] = await t.db.query(`SELECT after FROM audit_log WHERE action = 'landed_cost_rules.publish' AND target_id = 'ES'`);
    expect(audit.after.version).toBe(current.version + 1);
  });

  it('refuses unusable rules with the field at fault and keeps the current version', async () => {
    const current = (await t.http.get('/api/v1/admin/landed-cost/rules').set(auth(admin)).expect(200)).body.find(
      (s: { destination: string }) => s.destination === 'DE',
    );
    const broken = current.rules.map((r: { kind: string }) => (r.kind === 'vat' ? { ...r, effectiveFrom: '9999-12-31' } : r));
    const res = await t.http.put('/api/v1/admin/landed-cost/rules/DE').set(auth(admin)).send({ rules: broken }).expect(400);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field: expect.stringMatching(/^rules\[\d+\]\.effectiveFrom$/) }));
    await t.http.put('/api/v1/admin/landed-cost/rules/MA').set(auth(admin)).send({ rules: current.rules }).expect(400);
    const [{ max }] = await t.db.query(`SELECT max(version) AS max FROM landed_cost_rule_sets WHERE destination = 'DE'`);
    expect(max).toBe(current.version);
  });

  /** Places a bank-transfer order and has an admin confirm it, so it is paid. */
  const paid = async (productId: string, shippingAddress: object, incoterm: 'DAP' | 'DDP' = 'DAP') => {
    const order = (
      await t.http
        .post('/api/v1/orders')
        .set(auth(buyer))
        .send({ items: [{ productId, quantity: 1 }], currency: 'EUR', shippingAddress, paymentMethod: 'bank_transfer', incoterm })
        .expect(201)
    ).body;
    await t.http
      .post(`/api/v1/orders/${order.id}/confirm-bank-transfer`)
      .set(auth(admin))
      .send({ reference: 'WIRE', amountMinor: order.totalMinor })
      .expect(200);
    return order;
  };
  const invoiceOf = async (order: { cooperativeOrders: { id: string }[] }) =>
    (await t.http.get(`/api/v1/cooperative-orders/${order.cooperativeOrders[0].id}/commercial-invoice`).set(auth(buyer)).expect(200)).body;

  it('the commercial invoice shows the IOSS number and the prepaid charges, or the FTA statement for a US importer', async () => {
    const iossOrder = await paid((await rug(1000)).id, PARIS);
    const ioss = await invoiceOf(iossOrder);
    expect(ioss.importCharges).toEqual({
      collectedMinor: iossOrder.landedCostMinor,
      vatScheme: 'IOSS',
      iossNumber: 'IM2500000042',
      ukVatNumber: null,
    });
    expect(ioss.incoterm).toBe('DAP');
    expect(ioss.preferentialOrigin).toMatchObject({
      scheme: 'EU–Morocco Association Agreement',
      text: expect.stringContaining('preferential origin'),
    });

    const usOrder = await paid((await rug(3000)).id, PORTLAND);
    const us = await invoiceOf(usOrder);
    expect(us.importCharges).toEqual({ collectedMinor: 0, vatScheme: null, iossNumber: null, ukVatNumber: null });
    expect(us.preferentialOrigin.text).toContain('SPI "MA"');
    // Postal entries to the US declare 10-digit HTS codes.
    expect(us.postalForm.declaredDigits).toBe(10);
    expect(us.lines[0]).toMatchObject({ hsCode: '570110', declaredCode: '5701109000' });
    expect(ioss.postalForm.declaredDigits).toBe(6);
    const pdf = await t.http
      .get(`/api/v1/cooperative-orders/${iossOrder.cooperativeOrders[0].id}/commercial-invoice`)
      .set(auth(buyer))
      .set('Accept', 'application/pdf')
      .responseType('blob')
      .expect(200);
    expect(await pdfText(pdf.body as Buffer)).toMatch(/IOSS number IM2500000042/);
  });

  it('the collected report sums what paid orders collected at checkout, per month, destination and scheme; CSV matches', async () => {
    const from = new Date().toISOString().slice(0, 10);
    const report = async () =>
      (await t.http.get(`/api/v1/admin/reports/landed-cost?from=${from}&to=${from}`).set(auth(admin)).expect(200)).body;
    const before = await report();
    const a = await paid((await rug(1000)).id, PARIS);
    const b = await paid((await rug(900)).id, PARIS);
    const ddp = await paid((await rug(4000)).id, MADRID, 'DDP');
    await place((await rug(1000)).id, PARIS).expect(201); // unpaid: not collected
    const after = await report();
    const sum = (
      r: { rows: { destination: string; kind: string; scheme: string; amountMinor: number }[] },
      destination: string,
      kind: string,
      scheme: string,
    ) =>
      r.rows
        .filter((row) => row.destination === destination && row.kind === kind && row.scheme === scheme)
        .reduce((acc, row) => acc + row.amountMinor, 0);
    const charged = (order: { landedCost: { charges: { kind: string; amountMinor: number; collectedAt: string }[] } }, kind: string) =>
      order.landedCost.charges.filter((c) => c.kind === kind && c.collectedAt === 'checkout').reduce((acc, c) => acc + c.amountMinor, 0);
    expect(sum(after, 'FR', 'vat', 'IOSS') - sum(before, 'FR', 'vat', 'IOSS')).toBe(charged(a, 'vat') + charged(b, 'vat'));
    expect(sum(after, 'FR', 'duty', 'IOSS') - sum(before, 'FR', 'duty', 'IOSS')).toBe(600);
    expect(sum(after, 'ES', 'vat', 'DDP') - sum(before, 'ES', 'vat', 'DDP')).toBe(ddp.landedCostMinor);

    const csv = await t.http.get(`/api/v1/admin/reports/landed-cost?from=${from}&to=${from}&format=csv`).set(auth(admin)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('month,destination,currency,kind,scheme,amount,orders,refunded,net');
    expect(lines).toHaveLength(after.rows.length + 1);
    const frVat = after.rows.find((r: { destination: string; kind: string }) => r.destination === 'FR' && r.kind === 'vat');
    expect(lines).toContain(
      `${frVat.month},FR,EUR,vat,IOSS,${(frVat.amountMinor / 100).toFixed(2)},${frVat.orders},${(frVat.refundedMinor / 100).toFixed(2)},${(frVat.netMinor / 100).toFixed(2)}`,
    );
    await t.http.get('/api/v1/admin/reports/landed-cost').set(auth(buyer)).expect(403);
    await t.http.get('/api/v1/admin/reports/landed-cost?from=2026-12-31&to=2026-01-01').set(auth(admin)).expect(400);
  });

  it('the collected report gives back the share of a partial refund, charge by charge, and drops an order refunded in full', async () => {
    const from = new Date().toISOString().slice(0, 10);
    const report = async () =>
      (await t.http.get(`/api/v1/admin/reports/landed-cost?from=${from}&to=${from}`).set(auth(admin)).expect(200)).body;
    const row = (r: { rows: Record<string, number | string>[] }) =>
      r.rows.find((x) => x.destination === 'ES' && x.kind === 'vat' && x.scheme === 'DDP') ?? {
        amountMinor: 0,
        refundedMinor: 0,
        netMinor: 0,
      };
    const cardDdp = async () => {
      const order = (await place((await rug(4000)).id, MADRID, 'DDP').expect(201)).body;
      const checkout = await t.http.post(`/api/v1/orders/${order.id}/checkout`).set(auth(buyer)).expect(200);
      await deliverWebhook(t, stripe, stripe.event('checkout.session.completed', stripe.complete(checkout.body.sessionId))).expect(200);
      return order;
    };
    const refund = (order: { id: string }, amountMinor?: number) =>
      t.http.post(`/api/v1/orders/${order.id}/refund`).set(auth(admin)).send({ amountMinor, reason: 'Arrived chipped' }).expect(200);

    const before = row(await report());
    const kept = await cardDdp();
    const gone = await cardDdp();
    // A third of the total back: the VAT prepaid keeps two thirds, rounded once.
    const back = Math.round(kept.totalMinor / 3);
    await refund(kept, back);
    await refund(gone);
    const after = row(await report());
    const vat = kept.landedCostMinor;
    const net = Math.round((vat * (kept.totalMinor - back)) / kept.totalMinor);
    expect(Number(after.amountMinor) - Number(before.amountMinor)).toBe(vat);
    expect(Number(after.netMinor) - Number(before.netMinor)).toBe(net);
    expect(Number(after.refundedMinor) - Number(before.refundedMinor)).toBe(vat - net);
    expect(vat - net).toBeGreaterThan(0);

    const csv = await t.http.get(`/api/v1/admin/reports/landed-cost?from=${from}&to=${from}&format=csv`).set(auth(admin)).expect(200);
    const toMajor = (minor: number | string) => (Number(minor) / 100).toFixed(2);
    expect(csv.text.split('\r\n')).toContain(
      [
        after.month,
        'ES',
        'EUR',
        'vat',
        'DDP',
        toMajor(after.amountMinor),
        after.orders,
        toMajor(after.refundedMinor),
        toMajor(after.netMinor),
      ].join(','),
    );
  });

  it('a destination without rules says so instead of guessing', async () => {
    const res = await t.http
      .post('/api/v1/landed-cost/estimate')
      .send({ destinationCountry: 'BR', currency: 'EUR', lines: [{ hsCode: '570110', originCountry: 'MA', valueMinor: 10000 }] })
      .expect(200);
    expect(res.body).toMatchObject({ charges: [], atCheckoutMinor: 0, atDoorMinor: 0, unknown: [{ kind: 'destination' }] });
  });
});
