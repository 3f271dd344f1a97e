import { Cooperative } from '../src/cooperatives/cooperative';
import { Factories } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A search reads windows of the catalog in page order, then the text index past them (see
 * catalog-query.ts). Small catalogs never fill a window, so this one has 1,500 products: a word on
 * one in three (found within the first window), one on one in sixty (a second window), one on
 * three old products (the index), and pages through each must equal the plain ordering.
 */
describe('Catalog search past its first windows (e2e)', () => {
  let t: TestApp;
  let coop: Cooperative;

  beforeAll(async () => {
    t = await createTestApp();
    coop = await new Factories(t.db).cooperative({ region: 'MA-07' });
    await t.db.query(
      `INSERT INTO products (cooperative_id, title, description, branch, price_minor, weight_grams, status, published_at)
       SELECT $1, jsonb_build_object('en', concat_ws(' ', 'Bowl', CASE WHEN g % 3 = 0 THEN 'tagine' END,
                                                  CASE WHEN g % 60 = 7 THEN 'lantern' END,
                                                  CASE WHEN g IN (1210, 1310, 1460) THEN 'zebra' END, 'number ' || g)),
              '{"en": "Made by hand"}', 'pottery', 1000 + (g * 7919) % 50000, 500,
              CASE WHEN g % 25 = 0 THEN 'draft' ELSE 'published' END,
              CASE WHEN g % 25 = 0 THEN NULL ELSE now() - g * interval '1 second' END
         FROM generate_series(1, 1500) g`,
      [coop.id],
    );
    await t.db.query('ANALYZE products');
  });
  afterAll(() => t.close());

  const expected = async (word: string, order: string): Promise<string[]> =>
    (
      await t.db.query(`SELECT id FROM products WHERE status = 'published' AND title->>'en' LIKE $1 ORDER BY ${order}`, [`% ${word} %`])
    ).map((r: { id: string }) => r.id);

  const pages = async (query: Record<string, string | number>): Promise<string[]> => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.http
        .get('/api/v1/products')
        .query({ ...query, ...(cursor ? { cursor } : {}) })
        .expect(200);
      ids.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    return ids;
  };

  it.each([
    ['a common word', 'tagine'],
    ['a word on one product in sixty', 'lantern'],
    ['a rare word', 'zebra'],
  ])('pages through %s as the plain ordering does', async (_label, word) => {
    const newest = await expected(word, 'published_at DESC, id DESC');
    expect(newest.length).toBeGreaterThan(0);
    expect(await pages({ q: word, limit: 20 })).toEqual(newest);
    expect(await pages({ q: word, limit: 20, sort: 'price_asc' })).toEqual(await expected(word, 'price_minor ASC, id ASC'));
  });

  it('finds a rare word with a typo past the first windows', async () => {
    expect(await pages({ q: 'zebraa', limit: 2 })).toEqual(await expected('zebra', 'published_at DESC, id DESC'));
  });
});
