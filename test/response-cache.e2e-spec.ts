import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { placeOrder } from './support/orders';
import { pollUntil } from './support/poll';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/**
 * Anonymous catalog answers are kept serialized in each instance and cleared on every instance by
 * any change to what they are read from: two instances on one database never disagree past a change.
 */
describe('Catalog response cache across instances (e2e)', () => {
  let one: TestApp;
  let two: TestApp;
  let make: Factories;
  let artisan: User;
  let buyer: User;
  let coop: Cooperative;
  let product: Product;

  beforeAll(async () => {
    // Bounds small enough to reach; an age long enough that only the change feed clears entries here.
    const env = { RESPONSE_CACHE_ENTRIES: '4', RESPONSE_CACHE_MAX_AGE_MS: '600000' };
    one = await createTestApp(env);
    two = await createTestApp(env, { databaseUrl: one.databaseUrl });
    make = new Factories(one.db);
    artisan = await make.artisan();
    buyer = await make.buyer();
    coop = await make.cooperative({}, artisan);
    product = await make.product(coop, { stock: 10 });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  const stockOn = async (app: TestApp, auth: Record<string, string> = {}): Promise<number> =>
    (await app.http.get(`/api/v1/products/${product.id}`).set(auth).expect(200)).body.stock;
  const listedStock = async (app: TestApp): Promise<number | undefined> => {
    const page = await app.http.get(`/api/v1/products?cooperativeId=${coop.id}`).expect(200);
    return page.body.items.find((item: { id: string }) => item.id === product.id)?.stock;
  };
  /** Notifications cross the database asynchronously: the other instance is polled, with a deadline. */
  const eventually = async (read: () => Promise<number | undefined>, expected: number): Promise<void> => {
    await pollUntil(async () => ((await read()) === expected ? true : undefined), `a read of ${expected}`, 5000);
  };
  /** Changes stock by plain SQL that notifies nobody, as a lost notification would. */
  const silently = async (stock: number): Promise<void> => {
    await one.db.query('ALTER TABLE products DISABLE TRIGGER trg_products_changed');
    await one.db.query('UPDATE products SET stock = $1 WHERE id = $2', [stock, product.id]);
    await one.db.query('ALTER TABLE products ENABLE TRIGGER trg_products_changed');
  };

  it('serves a cached product page and list without reading the database, until a notified change', async () => {
    await one.db.query('UPDATE products SET stock = 10 WHERE id = $1', [product.id]);
    await eventually(() => stockOn(two), 10);
    await eventually(() => listedStock(two), 10);
    await silently(3);
    expect(await stockOn(two)).toBe(10);
    expect(await listedStock(two)).toBe(10);
    // A member's read is never cached: it sees the row as it is.
    expect(await stockOn(two, bearer(tokenFor(two.app, artisan)))).toBe(3);
    await one.db.query('UPDATE products SET stock = 4 WHERE id = $1', [product.id]);
    await eventually(() => stockOn(two), 4);
    await eventually(() => listedStock(two), 4);
  });

  it('shows a product edited or ordered through one instance changed on the other', async () => {
    await eventually(() => stockOn(two), 4);
    const artisanAuth = bearer(tokenFor(one.app, artisan));
    await one.http.patch(`/api/v1/products/${product.id}`).set(artisanAuth).send({ stockDelta: 5 }).expect(200);
    // The writing instance answers its caller's next read from the new rows at once.
    expect(await stockOn(one)).toBe(9);
    await eventually(() => stockOn(two), 9);
    await placeOrder(one, buyer, [{ productId: product.id, quantity: 2 }]);
    expect(await stockOn(one)).toBe(7);
    await eventually(() => stockOn(two), 7);
    await eventually(() => listedStock(two), 7);
  });

  it('keeps the ETag and answers 304 to If-None-Match from the cache', async () => {
    const first = await two.http.get(`/api/v1/products/${product.id}`).expect(200);
    const cached = await two.http.get(`/api/v1/products/${product.id}`).expect(200);
    expect(cached.headers.etag).toBe(first.headers.etag);
    expect(cached.headers['cache-control']).toBe(first.headers['cache-control']);
    expect(cached.headers['content-type']).toBe(first.headers['content-type']);
    expect(cached.headers['x-content-type-options']).toBe('nosniff');
    expect(cached.text).toBe(first.text);
    await two.http.get(`/api/v1/products/${product.id}`).set('If-None-Match', first.headers.etag).expect(304);
  });

  it('caches per language negotiated, never for a token', async () => {
    const title = async (lang: string): Promise<string> =>
      (await two.http.get(`/api/v1/products?cooperativeId=${coop.id}`).set('Accept-Language', lang).expect(200)).body.items[0].title;
    await one.db.query(`UPDATE products SET title = '{"en":"Bowl","fr":"Bol"}'::jsonb WHERE id = $1`, [product.id]);
    await eventually(async () => ((await title('fr')) === 'Bol' ? 1 : 0), 1);
    expect(await title('en')).toBe('Bowl');
    expect(await title('fr')).toBe('Bol');
    const memberRead = await two.http
      .get(`/api/v1/products/${product.id}`)
      .set(bearer(tokenFor(two.app, artisan)))
      .expect(200);
    expect(memberRead.headers['cache-control']).toBe('private, no-cache');
  });

  it('holds at most the configured number of answers, dropping the least recently used', async () => {
    const others = await Promise.all([1, 2, 3, 4, 5].map(() => make.product(coop)));
    await eventually(() => stockOn(two), 7);
    for (const other of others) await two.http.get(`/api/v1/products/${other.id}`).expect(200);
    // Five pages read since: the first one read is out, and reads the row as it is.
    await silently(1);
    expect(await stockOn(two)).toBe(1);
  });
});
