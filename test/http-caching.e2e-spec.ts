import { User } from '../src/auth/user';
import { Product } from '../src/products/product';
import { notificationsSettled } from './support/change-feed';
import { Factories } from './support/factories';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/** Anonymous catalog, product, HS and rate reads carry strong ETags and may be cached a short while. */
describe('HTTP caching of public reads (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let tagine: Product;

  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
    admin = await make.admin();
    tagine = await make.product(await make.cooperative());
    await t.http
      .put('/api/v1/admin/exchange-rates/EUR')
      .set(bearer(tokenFor(t.app, admin)))
      .send({ madPerUnit: '10.85', asOf: '2026-11-27' })
      .expect(200);
  });
  afterAll(() => t.close());

  it.each([
    ['the catalog', () => '/api/v1/products?currency=EUR', 'max-age=30'],
    ['a search', () => '/api/v1/products?q=tagine', 'max-age=30'],
    ['a product', () => `/api/v1/products/${tagine.id}`, 'max-age=30'],
    ['the exchange rates', () => '/api/v1/exchange-rates', 'max-age=30'],
    ['an HS code', () => '/api/v1/hs-codes/691200', 'max-age=300'],
    ['an HS search', () => '/api/v1/hs-codes?q=tagine', 'max-age=300'],
  ])('answers %s with a strong ETag, public Cache-Control and 304 when unchanged', async (_label, path, maxAge) => {
    const first = await t.http.get(path()).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe(`public, ${maxAge}, stale-while-revalidate=${maxAge === 'max-age=30' ? 300 : 86400}`);
    expect(first.headers.vary).toMatch(/Authorization/);
    const again = await t.http.get(path()).set('If-None-Match', etag).expect(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers.etag).toBe(etag);
    await t.http.get(path()).set('If-None-Match', '"something-else"').expect(200);
  });

  it('gives a new ETag once the product changes', async () => {
    const list = await t.http.get('/api/v1/products').expect(200);
    const page = await t.http.get(`/api/v1/products/${tagine.id}`).expect(200);
    await t.db.query('UPDATE products SET price_minor = price_minor + 100 WHERE id = $1', [tagine.id]);
    // The cached answers are forgotten when the change is heard, not when it commits.
    await notificationsSettled(t);
    const listAfter = await t.http.get('/api/v1/products').set('If-None-Match', list.headers.etag).expect(200);
    expect(listAfter.headers.etag).not.toBe(list.headers.etag);
    expect(listAfter.body.items[0].priceMinor).toBe(45100);
    await t.http.get(`/api/v1/products/${tagine.id}`).set('If-None-Match', page.headers.etag).expect(200);
  });

  it('keeps lists apart by language for shared caches', async () => {
    const res = await t.http.get('/api/v1/products').set('Accept-Language', 'fr').expect(200);
    expect(res.headers.vary).toMatch(/Accept-Language/);
  });

  it('makes signed-in reads private', async () => {
    const res = await t.http
      .get(`/api/v1/products/${tagine.id}`)
      .set(bearer(tokenFor(t.app, admin)))
      .expect(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
  });

  it('never marks errors or writes cacheable', async () => {
    const missing = await t.http.get('/api/v1/products/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.headers['cache-control']).toBeUndefined();
    const put = await t.http
      .put('/api/v1/admin/exchange-rates/EUR')
      .set(bearer(tokenFor(t.app, admin)))
      .send({ madPerUnit: '10.90', asOf: '2026-11-28' })
      .expect(200);
    expect(put.headers['cache-control']).toBeUndefined();
  });
});
