import { User } from '../src/auth/user';
import { Factories } from './support/factories';
import { insertOrder } from './support/order-rows';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Impact report (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));

  /*
   * Approved: Safi potters (MA-07, 12 of 20 women), Fès weavers (MA-03, carpets and textiles, 15 of
   * 30: not a majority) and Tazenakht weavers (MA-07, 9 of 10). A pending cooperative counts nowhere.
   * 2026 exports: Safi 1,000.00, Fès 3,000.00, Tazenakht 1,000.00 MAD.
   */
  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    const safi = await make.cooperative({
      region: 'MA-07',
      branches: ['pottery'],
      membersTotal: 20,
      membersWomen: 12,
      membersYouth: 5,
      membersRural: 8,
    });
    const fes = await make.cooperative({
      region: 'MA-03',
      branches: ['carpets', 'textiles'],
      membersTotal: 30,
      membersWomen: 15,
      membersYouth: 10,
      membersRural: 30,
    });
    const tazenakht = await make.cooperative({
      region: 'MA-07',
      branches: ['carpets'],
      membersTotal: 10,
      membersWomen: 9,
      membersYouth: 0,
      membersRural: 10,
    });
    await make.cooperative({ region: 'MA-01', status: 'pending', membersTotal: 100, membersWomen: 100 });
    const paidAt = new Date('2026-02-01T10:00:00Z');
    for (const [cooperative, unitPriceMinor] of [
      [safi, 100000],
      [fes, 300000],
      [tazenakht, 100000],
    ] as const) {
      const product = await make.product(cooperative);
      await insertOrder(t.db, { buyer, paidAt, lines: [{ cooperative, product, quantity: 1, unitPriceMinor }] });
    }
  });
  afterAll(() => t.close());

  it('counts members of approved cooperatives by region and branch, with exports of women-led ones', async () => {
    const res = await t.http
      .get('/api/v1/admin/reports/impact')
      .query({ from: '2026-01-01', to: '2026-12-31' })
      .set(auth(admin))
      .expect(200);
    expect(res.body).toEqual({
      total: { cooperatives: 3, members: 60, women: 36, youth: 15, rural: 48, womenPct: 60, youthPct: 25, ruralPct: 80 },
      byRegion: [
        {
          key: 'MA-03',
          label: 'Fès-Meknès',
          cooperatives: 1,
          members: 30,
          women: 15,
          youth: 10,
          rural: 30,
          womenPct: 50,
          youthPct: 33.33,
          ruralPct: 100,
        },
        {
          key: 'MA-07',
          label: 'Marrakech-Safi',
          cooperatives: 2,
          members: 30,
          women: 21,
          youth: 5,
          rural: 18,
          womenPct: 70,
          youthPct: 16.67,
          ruralPct: 60,
        },
      ],
      byBranch: [
        {
          key: 'carpets',
          label: 'Carpets',
          cooperatives: 2,
          members: 40,
          women: 24,
          youth: 10,
          rural: 40,
          womenPct: 60,
          youthPct: 25,
          ruralPct: 100,
        },
        {
          key: 'textiles',
          label: 'Textiles',
          cooperatives: 1,
          members: 30,
          women: 15,
          youth: 10,
          rural: 30,
          womenPct: 50,
          youthPct: 33.33,
          ruralPct: 100,
        },
        {
          key: 'pottery',
          label: 'Pottery',
          cooperatives: 1,
          members: 20,
          women: 12,
          youth: 5,
          rural: 8,
          womenPct: 60,
          youthPct: 25,
          ruralPct: 40,
        },
      ],
      womenLedExports: {
        from: '2026-01-01',
        to: '2026-12-31',
        currency: 'MAD',
        cooperatives: 2,
        valueMinor: 200000,
        totalMinor: 500000,
        sharePct: 40,
      },
    });
  });

  it('is for admins only and checks its dates', async () => {
    await t.http.get('/api/v1/admin/reports/impact').set(auth(buyer)).expect(403);
    expect((await t.http.get('/api/v1/admin/reports/impact').query({ from: '2026-02-30' }).set(auth(admin)).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
  });
});
