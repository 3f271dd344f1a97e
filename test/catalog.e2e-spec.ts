import { randomBytes } from 'node:crypto';
import { User } from '../src/auth/user';
import { encodeCursor } from '../src/common/paging/cursor';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

interface Item {
  id: string;
  priceMinor: number;
  displayPrice?: { amountMinor: number; currency: string; madPerUnit: string; asOf: string };
}

describe('Catalog (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let safi: Cooperative;
  let fes: Cooperative;
  let tagine: Product;
  let rug: Product;
  let zellige: Product;

  const ids = (body: { items: Item[] }): string[] => body.items.map((i) => i.id);

  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
    admin = await make.admin();
    safi = await make.cooperative({ name: 'Fakhar Safi', region: 'MA-07' });
    fes = await make.cooperative({ name: 'Zellige Fès', region: 'MA-03' });
    tagine = await make.product(safi, {
      title: { en: 'Blue glazed tagine', fr: 'Tajine émaillé bleu', ar: 'طاجين أزرق مزجج' },
      description: { en: 'A cooking tagine thrown by hand in Safi' },
      branch: 'pottery',
      hsCode: '691200',
      priceMinor: 45000,
    });
    rug = await make.product(fes, {
      title: { en: 'Berber wool rug', fr: 'Tapis berbère en laine', ar: 'زربية أمازيغية من الصوف' },
      description: { en: 'Hand-knotted in the Middle Atlas' },
      branch: 'carpets',
      hsCode: '570110',
      priceMinor: 820000,
      materials: ['wool'],
    });
    zellige = await make.product(fes, {
      title: { en: 'Mosaic side table', fr: 'Table en zellige', ar: 'طاولة زليج' },
      description: { en: 'Hand-cut zellige tiles on wrought iron' },
      branch: 'zellige',
      hsCode: '690730',
      priceMinor: 260000,
      materials: ['terracotta', 'iron'],
    });
    await make.product(safi, { title: { en: 'Draft tagine' }, status: 'draft' });
    await make.product(safi, { title: { en: 'Pending tagine' }, status: 'pending_review' });
    const suspended = await make.cooperative({ status: 'suspended', statusReason: 'checks' });
    await make.product(suspended, { title: { en: 'Hidden tagine' } });
  });
  afterAll(() => t.close());

  it.each([
    ['English', 'tagine', () => tagine],
    ['English with a typo', 'taginne', () => tagine],
    ['French without accents', 'tapis berbere', () => rug],
    ['French with accents', 'Tapis berbère', () => rug],
    ['French with a typo', 'zelige', () => zellige],
    ['Arabic', 'زربية', () => rug],
    ['Arabic with the article', 'الزربية', () => rug],
    ['Arabic with a typo', 'طاجن', () => tagine],
    ['a material', 'wool', () => rug],
  ])('finds a product in %s (%s)', async (_label, q, expected) => {
    const res = await t.http.get('/api/v1/products').query({ q }).expect(200);
    expect(ids(res.body)[0]).toBe(expected().id);
  });

  it('shows only published products of approved cooperatives', async () => {
    const res = await t.http.get('/api/v1/products').query({ q: 'tagine', limit: 100 }).expect(200);
    expect(ids(res.body).sort()).toEqual([tagine.id]);
    const all = await t.http.get('/api/v1/products?limit=100').expect(200);
    expect(ids(all.body).sort()).toEqual([tagine.id, rug.id, zellige.id].sort());
  });

  it.each([
    [{ branch: 'carpets' }, () => [rug]],
    [{ cooperativeId: 'fes' }, () => [rug, zellige]],
    [{ region: 'MA-07' }, () => [tagine]],
    [{ hsChapter: '69' }, () => [tagine, zellige]],
    [{ minPrice: 100000 }, () => [rug, zellige]],
    [{ maxPrice: 300000, minPrice: 50000 }, () => [zellige]],
  ] as [Record<string, string | number>, () => Product[]][])('filters by %j', async (filter, expected) => {
    const query = { ...filter, limit: 100 } as Record<string, string | number>;
    if (query.cooperativeId === 'fes') query.cooperativeId = fes.id;
    const res = await t.http.get('/api/v1/products').query(query).expect(200);
    expect(ids(res.body).sort()).toEqual(
      expected()
        .map((p) => p.id)
        .sort(),
    );
  });

  it('sorts by price both ways', async () => {
    const asc = await t.http.get('/api/v1/products?sort=price_asc').expect(200);
    expect(asc.body.items.map((i: Item) => i.priceMinor)).toEqual([45000, 260000, 820000]);
    const desc = await t.http.get('/api/v1/products?sort=price_desc').expect(200);
    expect(desc.body.items.map((i: Item) => i.priceMinor)).toEqual([820000, 260000, 45000]);
  });

  it('converts display prices with the admin rate, rounding once, and reads price filters in that currency', async () => {
    const missing = await t.http.get('/api/v1/products?currency=EUR').expect(422);
    expect(missing.body.code).toBe('UNPROCESSABLE');
    await t.http
      .put('/api/v1/admin/exchange-rates/EUR')
      .set(bearer(tokenFor(t.app, admin)))
      .send({ madPerUnit: '10.85', asOf: '2026-11-27' })
      .expect(200);
    const res = await t.http.get('/api/v1/products?currency=eur&sort=price_asc').expect(200);
    // 450.00 MAD / 10.85 = 41.4746… EUR → 4147 cents; 2600 / 10.85 = 239.631… → 23963; 8200 / 10.85 = 755.760… → 75576
    expect(res.body.items.map((i: Item) => i.displayPrice)).toEqual([
      { amountMinor: 4147, currency: 'EUR', madPerUnit: '10.85', asOf: '2026-11-27' },
      { amountMinor: 23963, currency: 'EUR', madPerUnit: '10.85', asOf: '2026-11-27' },
      { amountMinor: 75576, currency: 'EUR', madPerUnit: '10.85', asOf: '2026-11-27' },
    ]);
    expect(res.body.items[0].priceMinor).toBe(45000);
    const filtered = await t.http.get('/api/v1/products?currency=EUR&minPrice=20000&maxPrice=30000').expect(200);
    expect(ids(filtered.body)).toEqual([zellige.id]);
    const page = await t.http.get(`/api/v1/products/${tagine.id}?currency=EUR`).expect(200);
    expect(page.body.displayPrice.amountMinor).toBe(4147);
    const buyer = await make.buyer();
    await t.http
      .put('/api/v1/admin/exchange-rates/EUR')
      .set(bearer(tokenFor(t.app, buyer)))
      .send({ madPerUnit: '1', asOf: '2026-11-27' })
      .expect(403);
    await t.http
      .put('/api/v1/admin/exchange-rates/EUR')
      .set(bearer(tokenFor(t.app, admin)))
      .send({ madPerUnit: '-1', asOf: '2026-11-27' })
      .expect(400);
    const zero = await t.http
      .put('/api/v1/admin/exchange-rates/EUR')
      .set(bearer(tokenFor(t.app, admin)))
      .send({ madPerUnit: '0.000', asOf: '2026-11-27' })
      .expect(400);
    expect(zero.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'madPerUnit' }] });
    expect((await t.http.get('/api/v1/exchange-rates').expect(200)).body).toContainEqual(
      expect.objectContaining({ currency: 'EUR', madPerUnit: '10.85' }),
    );
    await t.http
      .put('/api/v1/admin/exchange-rates/XXX')
      .set(bearer(tokenFor(t.app, admin)))
      .send({ madPerUnit: '1', asOf: '2026-11-27' })
      .expect(400);
  });

  it.each(['newest', 'price_asc', 'price_desc', 'relevance'] as const)(
    'pages with a cursor (%s) without duplicates or gaps while products are added',
    async (sort) => {
      const tag = `pg${randomBytes(3).toString('hex')}`;
      const coop = await make.cooperative();
      const originals: Product[] = [];
      for (let i = 0; i < 7; i++) {
        // Equal prices in pairs make the tie-break on id matter.
        originals.push(await make.product(coop, { title: { en: `${tag} bowl ${i}` }, priceMinor: 1000 * Math.floor(i / 2) + 500 }));
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: { body: { items: Item[]; nextCursor: string | null } } = await t.http
          .get('/api/v1/products')
          .query({ q: tag, sort, limit: 3, ...(cursor ? { cursor } : {}) })
          .expect(200);
        seen.push(...ids(res.body));
        cursor = res.body.nextCursor;
        pages++;
        // Newly added products must not shift what later pages return.
        await make.product(coop, {
          title: { en: `${tag} bowl new ${pages}` },
          priceMinor: 100 + pages,
          publishedAt: new Date(Date.now() + 60_000),
        });
      } while (cursor && pages < 10);
      const originalIds = originals.map((p) => p.id);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => originalIds.includes(id)).sort()).toEqual([...originalIds].sort());
    },
  );

  it('refuses bad queries with 400', async () => {
    await t.http.get('/api/v1/products?cursor=garbage').expect(400);
    await t.http.get('/api/v1/products?sort=relevance').expect(400);
    await t.http.get('/api/v1/products?limit=0').expect(400);
    await t.http.get('/api/v1/products?hsChapter=6').expect(400);
    const first = await t.http.get('/api/v1/products?sort=price_asc&limit=1').expect(200);
    const wrongSort = await t.http.get(`/api/v1/products?sort=newest&cursor=${first.body.nextCursor}`).expect(400);
    expect(wrongSort.body.code).toBe('VALIDATION_FAILED');
    // Cursors forged with the right shape but values PostgreSQL cannot read.
    const id = first.body.items[0].id as string;
    for (const [sort, key, cursorId] of [
      ['price_asc', 'abc', id],
      ['price_asc', '99999999999', id],
      ['newest', 'yesterday-ish', id],
      ['newest', '2026-01-01 00:00:00+00', '-'.repeat(36)],
    ]) {
      const res = await t.http
        .get('/api/v1/products')
        .query({ sort, cursor: encodeCursor([sort, 'N', key!, cursorId!]) })
        .expect(400);
      expect(res.body.code).toBe('BAD_REQUEST');
    }
  });
});
