import { User } from '../src/auth/user';
import { MEDIA_STORAGE } from '../src/media/media-storage';
import { DEMO_ORDER_PREFIX } from '../src/seed/demo-orders';
import { seedDemoData } from '../src/seed/demo-seed';
import { DEMO_PRODUCTS } from '../src/seed/demo-products';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Demo seed (e2e)', () => {
  let t: TestApp;
  let admin: User;

  const demoOrders = async (): Promise<number> =>
    Number((await t.db.query(`SELECT count(*) AS n FROM orders WHERE number LIKE $1`, [`${DEMO_ORDER_PREFIX}%`]))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.db, t.app.get(MEDIA_STORAGE));
    admin = await t.db.getRepository(User).findOneByOrFail({ email: 'admin@hirfa.example' });
  });
  afterAll(() => t.close());

  it('loads a year of paid orders once, however often it runs', async () => {
    const count = await demoOrders();
    expect(count).toBeGreaterThan(2400);
    await seedDemoData(t.db, t.app.get(MEDIA_STORAGE));
    expect(await demoOrders()).toBe(count);
    const [lines] = await t.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE l.line_total_minor <> l.quantity * l.unit_price_minor)::int AS wrong
         FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.number LIKE $1`,
      [`${DEMO_ORDER_PREFIX}%`],
    );
    expect(lines).toEqual({ n: count, wrong: 0 });
  });

  it('gives every demo product a processed photo and every cooperative a logo and cover, served from the store', async () => {
    const products: { images: { status: string; variants: { key: string }[] }[] }[] = await t.db.query(
      `SELECT images FROM products WHERE sku = ANY($1)`,
      [DEMO_PRODUCTS.map((p) => p.sku)],
    );
    expect(products).toHaveLength(DEMO_PRODUCTS.length);
    expect(products.filter((p) => p.images.length !== 1 || p.images[0].status !== 'ready')).toEqual([]);
    const res = await t.http.get(`/media/${products[0].images[0].variants[0].key}`).expect(200);
    expect(res.headers['content-type']).toBe('image/webp');
    const pictures = await t.db.query(`SELECT logo->>'status' AS logo, cover->>'status' AS cover FROM cooperatives`);
    expect(pictures.filter((c: { logo: string; cover: string }) => c.logo !== 'ready' || c.cover !== 'ready')).toEqual([]);
  });

  it("makes last year's report tell the programme's story", async () => {
    const lastYear = new Date().getUTCFullYear() - 1;
    const report = async (groupBy: string): Promise<Map<string, number>> => {
      const res = await t.http
        .get('/api/v1/admin/reports/exports')
        .query({ from: `${lastYear}-01-01`, to: `${lastYear}-12-31`, groupBy })
        .set(bearer(tokenFor(t.app, admin)))
        .expect(200);
      return new Map(res.body.rows.map((row: { key: string; sharePct: number }) => [row.key, row.sharePct]));
    };
    const byCountry = await report('country');
    expect(byCountry.get('US')).toBeCloseTo(44, 0);
    expect(byCountry.get('FR')).toBeCloseTo(14, 0);
    expect(byCountry.get('ES')).toBeCloseTo(6, 0);
    const byBranch = await report('branch');
    expect(byBranch.get('pottery')).toBeCloseTo(36, 0);
    expect(byBranch.get('carpets')).toBeCloseTo(20, 0);
  });
});
