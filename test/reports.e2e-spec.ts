import { User } from '../src/auth/user';
import { runReportExports } from '../src/cli/report-exports.command';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { insertOrder } from './support/order-rows';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Export reports (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let safi: Cooperative;
  let fes: Cooperative;
  let tagine: Product;
  let rug: Product;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const report = (query: Record<string, string>) =>
    t.http
      .get('/api/v1/admin/reports/exports')
      .query({ from: '2026-01-01', to: '2026-12-31', ...query })
      .set(auth(admin));

  /*
   * 2026: US (MAD) pottery 2000.00 + carpets 3000.00; FR (EUR at 10.5) carpets 200 EUR = 2100.00 MAD;
   * ES (EUR at 10) pottery 100 EUR + 25 EUR shipping, 50 EUR refunded: the line keeps 100 × 75/125 =
   * 60 EUR = 600.00 MAD. A refunded order, an unpaid one and one paid in 2027 count for nothing.
   * 2025: US pottery 2500.00 MAD in March; DE carpets 1000.00 MAD on 31 December.
   */
  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    safi = await make.cooperative({ name: 'Safi Potters', region: 'MA-07', branches: ['pottery'] });
    fes = await make.cooperative({ name: 'Fès Weavers', region: 'MA-03', branches: ['carpets'] });
    tagine = await make.product(safi, { hsCode: '691200', branch: 'pottery' });
    rug = await make.product(fes, { hsCode: '570110', branch: 'carpets', title: { en: 'Beni Ourain rug' } });
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(auth(admin)).send({ madPerUnit: '10.85', asOf: '2026-11-27' }).expect(200);

    const pottery = (unitPriceMinor: number, quantity = 1) => ({ cooperative: safi, product: tagine, quantity, unitPriceMinor });
    const carpet = (unitPriceMinor: number) => ({ cooperative: fes, product: rug, quantity: 1, unitPriceMinor });
    await insertOrder(t.db, {
      buyer,
      lines: [pottery(100000, 2), carpet(300000)],
      shippingMinor: 50000,
      paidAt: new Date('2026-03-10T10:00:00Z'),
    });
    await insertOrder(t.db, {
      buyer,
      lines: [carpet(20000)],
      currency: 'EUR',
      madPerUnit: '10.5',
      country: 'FR',
      shippingMinor: 2000,
      status: 'completed',
      paidAt: new Date('2026-03-20T10:00:00Z'),
    });
    await insertOrder(t.db, {
      buyer,
      lines: [pottery(10000)],
      currency: 'EUR',
      madPerUnit: '10',
      country: 'ES',
      shippingMinor: 2500,
      refundedMinor: 5000,
      status: 'partially_refunded',
      paidAt: new Date('2026-07-05T10:00:00Z'),
    });
    await insertOrder(t.db, {
      buyer,
      lines: [carpet(1000000)],
      refundedMinor: 1000000,
      status: 'refunded',
      paidAt: new Date('2026-04-01T10:00:00Z'),
    });
    await insertOrder(t.db, { buyer, lines: [carpet(700000)], status: 'pending_payment', paidAt: null });
    await insertOrder(t.db, { buyer, lines: [carpet(800000)], paidAt: new Date('2027-01-01T00:00:00Z') });
    await insertOrder(t.db, { buyer, lines: [pottery(250000)], paidAt: new Date('2025-03-01T10:00:00Z') });
    await insertOrder(t.db, { buyer, lines: [carpet(100000)], country: 'DE', paidAt: new Date('2025-12-31T23:00:00Z') });
  });
  afterAll(() => t.close());

  it('groups by destination country in MAD with shares summing to 100 and growth on 2025', async () => {
    const res = await report({ groupBy: 'country' }).expect(200);
    expect(res.body).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      groupBy: 'country',
      currency: 'MAD',
      totalMinor: 770000,
      growthPct: 120,
      rows: [
        { key: 'US', label: 'United States', valueMinor: 500000, orders: 1, sharePct: 64.94, growthPct: 100 },
        { key: 'FR', label: 'France', valueMinor: 210000, orders: 1, sharePct: 27.27, growthPct: null },
        { key: 'ES', label: 'Spain', valueMinor: 60000, orders: 1, sharePct: 7.79, growthPct: null },
      ],
    });
  });

  it('groups by branch, HS chapter, region and cooperative', async () => {
    const byBranch = (await report({ groupBy: 'branch' }).expect(200)).body;
    expect(byBranch.rows).toEqual([
      { key: 'carpets', label: 'Carpets', valueMinor: 510000, orders: 2, sharePct: 66.23, growthPct: 410 },
      { key: 'pottery', label: 'Pottery', valueMinor: 260000, orders: 2, sharePct: 33.77, growthPct: 4 },
    ]);

    const chapters: { code: string; description: string }[] = await t.db.query(
      `SELECT code, description FROM hs_chapters WHERE code IN ('57', '69') ORDER BY code`,
    );
    const byChapter = (await report({ groupBy: 'hsChapter' }).expect(200)).body;
    expect(byChapter.rows).toEqual([
      { key: '57', label: chapters[0]?.description ?? '57', valueMinor: 510000, orders: 2, sharePct: 66.23, growthPct: 410 },
      { key: '69', label: chapters[1]?.description ?? '69', valueMinor: 260000, orders: 2, sharePct: 33.77, growthPct: 4 },
    ]);

    const byRegion = (await report({ groupBy: 'region' }).expect(200)).body;
    expect(byRegion.rows.map((r: { key: string; label: string; valueMinor: number }) => [r.key, r.label, r.valueMinor])).toEqual([
      ['MA-03', 'Fès-Meknès', 510000],
      ['MA-07', 'Marrakech-Safi', 260000],
    ]);

    const byCooperative = (await report({ groupBy: 'cooperative' }).expect(200)).body;
    expect(byCooperative.rows).toEqual([
      { key: fes.id, label: 'Fès Weavers', valueMinor: 510000, orders: 2, sharePct: 66.23, growthPct: 410 },
      { key: safi.id, label: 'Safi Potters', valueMinor: 260000, orders: 2, sharePct: 33.77, growthPct: 4 },
    ]);
    expect(byCooperative.totalMinor).toBe(770000);
  });

  it('groups by month and compares each month with the same month a year earlier', async () => {
    const res = await report({ groupBy: 'month' }).expect(200);
    expect(res.body.rows).toEqual([
      { key: '2026-03', label: 'March 2026', valueMinor: 710000, orders: 2, sharePct: 92.21, growthPct: 184 },
      { key: '2026-07', label: 'July 2026', valueMinor: 60000, orders: 1, sharePct: 7.79, growthPct: null },
    ]);
  });

  it('limits to the period asked, the last day included', async () => {
    const res = await report({ groupBy: 'country', from: '2026-03-20', to: '2026-03-20' }).expect(200);
    expect(res.body.rows).toEqual([{ key: 'FR', label: 'France', valueMinor: 210000, orders: 1, sharePct: 100, growthPct: null }]);
    const empty = await report({ from: '2024-01-01', to: '2024-12-31' }).expect(200);
    expect(empty.body).toMatchObject({ totalMinor: 0, rows: [], growthPct: null });
  });

  it('converts to another currency once, at the current admin rate, keeping the rows adding up', async () => {
    const res = await report({ groupBy: 'country', currency: 'EUR' }).expect(200);
    // 7,700.00 MAD / 10.85 = 709.6774 → 709.68 EUR, split like the MAD values.
    expect(res.body.totalMinor).toBe(70968);
    expect(res.body.currency).toBe('EUR');
    expect(res.body.rows.map((r: { valueMinor: number }) => r.valueMinor)).toEqual([46083, 19355, 5530]);
    expect(res.body.rows.map((r: { sharePct: number }) => r.sharePct)).toEqual([64.94, 27.27, 7.79]);
  });

  it('returns CSV on request', async () => {
    const res = await report({ groupBy: 'country', format: 'csv' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('exports-country-2026-01-01-2026-12-31.csv');
    expect(res.text).toBe(
      'key,label,currency,value,orders,share_pct,growth_pct\r\n' +
        'US,United States,MAD,5000.00,1,64.94,100.00\r\n' +
        'FR,France,MAD,2100.00,1,27.27,\r\n' +
        'ES,Spain,MAD,600.00,1,7.79,\r\n',
    );
  });

  it('refuses bad input with 4xx and a code', async () => {
    expect((await report({ groupBy: 'colour' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await report({ from: '2026-13-01' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await report({ from: '2026-12-01', to: '2026-01-01' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await report({ currency: 'GBP' }).expect(422)).body.code).toBe('UNPROCESSABLE');
    expect((await report({ currency: 'XYZ' }).expect(422)).body.code).toBe('UNPROCESSABLE');
    // The last day there is: the day after it is past what a date string can say, not past PostgreSQL.
    expect((await report({ to: '9999-12-31' }).expect(200)).body).toMatchObject({ to: '9999-12-31', totalMinor: 770000 + 800000 });
  });

  it('is for admins only', async () => {
    await t.http.get('/api/v1/admin/reports/exports').expect(401);
    const res = await t.http.get('/api/v1/admin/reports/exports').set(auth(buyer)).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    const artisan = await make.artisan();
    await t.http.get('/api/v1/admin/reports/exports').set(auth(artisan)).expect(403);
  });

  it('prints the same table from the command line', async () => {
    const lines: string[] = [];
    await runReportExports(t.db, { year: '2026', groupBy: 'branch' }, (line) => lines.push(line));
    expect(lines[0]).toBe('Exports 2026-01-01 to 2026-12-31 by branch, MAD; growth on the same days a year earlier');
    expect(lines.slice(3)).toEqual([
      'carpets  Carpets     5,100.00       2    66.23    410.00',
      'pottery  Pottery     2,600.00       2    33.77      4.00',
      '-------  -------  -----------  ------  -------  --------',
      'Total                7,700.00           100.00    120.00',
    ]);
    await expect(runReportExports(t.db, { year: '26' }, () => undefined)).rejects.toThrow('--year YYYY');
    await expect(runReportExports(t.db, { year: '2026', groupBy: 'colour' }, () => undefined)).rejects.toThrow('--groupBy must be one of');
  });
});
