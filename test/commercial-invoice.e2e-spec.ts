import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { CooperativeOrder } from '../src/orders/cooperative-order';
import { Order } from '../src/orders/order';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { insertOrder } from './support/order-rows';
import { pdfText } from './support/pdf-text';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Commercial invoice (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let artisan: User;
  let safi: Cooperative;
  let fes: Cooperative;
  let tagine: Product;
  let plate: Product;
  let rug: Product;
  let order: Order;
  let safiPart: CooperativeOrder;
  let fesPart: CooperativeOrder;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const invoiceUrl = (part: CooperativeOrder): string => `/api/v1/cooperative-orders/${part.id}/commercial-invoice`;

  /*
   * An order in EUR at 10.5 MAD to France: Safi ships 2 tagines at 42.86 and a plate at 26.67
   * (112.39 EUR, with 20.00 EUR shipping), Fès a rug at 780.95 EUR. The order's 15.00 EUR insurance
   * is shared by goods: 1.89 EUR for Safi, 13.11 EUR for Fès.
   */
  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer({ name: 'Emma Johnson' });
    artisan = await make.artisan();
    safi = await make.cooperative({ name: 'تعاونية الفخار Safi', city: 'Safi', address: 'Quartier des potiers', region: 'MA-07' }, artisan);
    fes = await make.cooperative({ name: 'Fès Weavers', city: 'Fès', region: 'MA-03' });
    tagine = await make.product(safi, { hsCode: '691200', weightGrams: 2500, title: { en: 'Glazed tagine' } });
    plate = await make.product(safi, { hsCode: '691390', weightGrams: 1400, title: { en: 'Safi plate' } });
    rug = await make.product(fes, { hsCode: '570110', branch: 'carpets', weightGrams: 9000, title: { en: 'Beni Ourain rug' } });
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10.85', asOf: '2026-11-27' }).expect(200);
    const placed = await insertOrder(t.db, {
      buyer,
      currency: 'EUR',
      madPerUnit: '10.5',
      country: 'FR',
      shippingMinor: 2000,
      insuranceMinor: 1500,
      paidAt: new Date('2026-03-20T10:00:00Z'),
      lines: [
        { cooperative: safi, product: tagine, quantity: 2, unitPriceMinor: 4286 },
        { cooperative: safi, product: plate, quantity: 1, unitPriceMinor: 2667 },
        { cooperative: fes, product: rug, quantity: 1, unitPriceMinor: 78095 },
      ],
    });
    order = placed.order;
    [safiPart, fesPart] = placed.parts as [CooperativeOrder, CooperativeOrder];
  });
  afterAll(() => t.close());

  it('gives members of the cooperative the invoice of their part as JSON', async () => {
    const parts: { id: string }[] = await t.db.query('SELECT id FROM cooperative_orders WHERE order_id = $1 ORDER BY created_at, id', [
      order.id,
    ]);
    const position = parts.findIndex((p) => p.id === safiPart.id) + 1;
    const res = await t.http.get(invoiceUrl(safiPart)).set(auth(artisan)).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const netWeightGrams = 2 * 2500 + 1400;
    expect(res.body).toEqual({
      invoiceNumber: `${order.number}-${position}`,
      invoiceDate: '2026-03-20',
      orderId: order.id,
      orderNumber: order.number,
      cooperativeOrderId: safiPart.id,
      exporter: {
        cooperativeId: safi.id,
        name: 'تعاونية الفخار Safi',
        ice: safi.ice,
        address: ['Quartier des potiers', 'Safi', 'Marrakech-Safi', 'Morocco'],
        email: safi.contactEmail,
        phone: safi.phone,
      },
      buyer: { name: 'Emma Johnson', email: buyer.email },
      deliveryAddress: {
        name: 'Emma Johnson',
        line1: '12 Orchard Street',
        city: 'Portland',
        postalCode: '97205',
        country: 'FR',
        countryName: 'France',
      },
      incoterm: 'DAP',
      incotermPlace: 'DAP Portland, France',
      currency: 'EUR',
      lines: [
        {
          description: 'Glazed tagine',
          hsCode: '691200',
          declaredCode: '691200',
          originCountry: 'MA',
          origin: 'Morocco',
          quantity: 2,
          unitPriceMinor: 4286,
          lineTotalMinor: 8572,
          netWeightGrams: 5000,
        },
        {
          description: 'Safi plate',
          hsCode: '691390',
          declaredCode: '691390',
          originCountry: 'MA',
          origin: 'Morocco',
          quantity: 1,
          unitPriceMinor: 2667,
          lineTotalMinor: 2667,
          netWeightGrams: 1400,
        },
      ],
      goodsMinor: 11239,
      shippingMinor: 2000,
      insurance: { amountMinor: 189, policyNumber: null },
      totalMinor: 13428,
      proofOfOrigin: {
        kind: 'origin_declaration',
        valueEurMinor: 11239,
        limitEur: 6000,
        text:
          `The exporter of the products covered by this document, تعاونية الفخار Safi (ICE ${safi.ice}), declares that, ` +
          'except where otherwise clearly indicated, these products are of Moroccan preferential origin. Safi, 2026-03-20.',
      },
      // Placed before landed cost was estimated: nothing collected, no preference recorded.
      importCharges: { collectedMinor: 0, vatScheme: null, iossNumber: null, ukVatNumber: null },
      preferentialOrigin: null,
      // 1,180.10 MAD / 13.4 = 88.07 SDR.
      postalForm: {
        form: 'CN22',
        valueMadMinor: 118010,
        valueSdr: '88.07',
        limitSdr: 300,
        madPerSdr: '13.4',
        category: 'sale_of_goods',
        declaredDigits: 6,
        netWeightGrams,
        grossWeightGrams: netWeightGrams,
      },
    });
  });

  it('picks CN23 above 300 SDR and shares the insurance by goods', async () => {
    const res = await t.http.get(invoiceUrl(fesPart)).set(auth(buyer)).expect(200);
    // 8,199.98 MAD / 13.4 = 611.94 SDR; 780.95 EUR is still under the EUR 6,000 limit.
    expect(res.body.postalForm).toMatchObject({ form: 'CN23', valueMadMinor: 819998, valueSdr: '611.94' });
    expect(res.body.proofOfOrigin).toMatchObject({ kind: 'origin_declaration', valueEurMinor: 78095 });
    expect(res.body.insurance).toEqual({ amountMinor: 1311, policyNumber: null });
    expect(res.body.totalMinor).toBe(78095 + 1311);
  });

  it('asks for a EUR.1 above EUR 6,000 to the EU and none outside it', async () => {
    const big = await insertOrder(t.db, {
      buyer,
      country: 'DE',
      lines: [{ cooperative: safi, product: tagine, quantity: 1, unitPriceMinor: 7_000_000 }],
    });
    const toDe = (await t.http.get(invoiceUrl(big.parts[0]!)).set(auth(admin)).expect(200)).body;
    // 70,000.00 MAD / 10.85 = 6,451.61 EUR.
    expect(toDe.proofOfOrigin).toEqual({ kind: 'eur1_certificate', valueEurMinor: 645161, limitEur: 6000, text: null });
    const us = await insertOrder(t.db, {
      buyer,
      country: 'US',
      currency: 'USD',
      madPerUnit: '10',
      lines: [{ cooperative: safi, product: plate, quantity: 1, unitPriceMinor: 5000 }],
    });
    const toUs = (await t.http.get(invoiceUrl(us.parts[0]!)).set(auth(admin)).expect(200)).body;
    expect(toUs.proofOfOrigin).toEqual({ kind: 'not_eu', valueEurMinor: null, limitEur: 6000, text: null });
    expect(toUs.currency).toBe('USD');
  });

  it('renders a PDF whose text holds the HS codes, totals and ICE', async () => {
    const res = await t.http.get(invoiceUrl(safiPart)).set(auth(buyer)).set('Accept', 'application/pdf').responseType('blob').expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const expected of [
      'COMMERCIAL INVOICE',
      order.number,
      `ICE ${safi.ice}`,
      '691200',
      '691390',
      '85.72 EUR',
      '112.39 EUR',
      '20.00 EUR',
      '1.89 EUR',
      '134.28 EUR',
      'CN22',
      '88.07 SDR',
      'Moroccan preferential origin',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is hidden from everyone else and refused for an unpaid part', async () => {
    await t.http.get(invoiceUrl(safiPart)).expect(401);
    const stranger = await make.buyer();
    expect((await t.http.get(invoiceUrl(safiPart)).set(auth(stranger)).expect(404)).body.code).toBe('NOT_FOUND');
    const otherArtisan = await make.artisan();
    await t.http.get(invoiceUrl(safiPart)).set(auth(otherArtisan)).expect(404);
    await t.http.get(invoiceUrl(fesPart)).set(auth(artisan)).expect(404);
    await t.http.get('/api/v1/cooperative-orders/not-a-uuid/commercial-invoice').set(auth(admin)).expect(400);
    await t.http.get('/api/v1/cooperative-orders/00000000-0000-4000-8000-000000000000/commercial-invoice').set(auth(admin)).expect(404);
    const unpaid = await insertOrder(t.db, {
      buyer,
      status: 'pending_payment',
      paidAt: null,
      lines: [{ cooperative: safi, product: plate, quantity: 1, unitPriceMinor: 5000 }],
    });
    expect((await t.http.get(invoiceUrl(unpaid.parts[0]!)).set(auth(buyer)).expect(409)).body.code).toBe('INVALID_STATE');
  });
});
