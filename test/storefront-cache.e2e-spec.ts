import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { notificationsSettled } from './support/change-feed';
import { Factories } from './support/factories';
import { pollUntil } from './support/poll';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/**
 * The storefront's listings (home, catalog, search) are kept in each instance and cleared on every
 * instance by any change to the tables they are read from: two instances never disagree past a change.
 */
describe('Storefront listings cached across instances (e2e)', () => {
  let one: TestApp;
  let two: TestApp;
  let make: Factories;
  let artisan: User;
  let coop: Cooperative;
  let product: Product;

  beforeAll(async () => {
    // An age long enough that only the change feed clears entries here.
    const env = { RESPONSE_CACHE_MAX_AGE_MS: '600000' };
    one = await createTestApp(env);
    two = await createTestApp(env, { databaseUrl: one.databaseUrl });
    make = new Factories(one.db);
    artisan = await make.artisan();
    coop = await make.cooperative({ name: 'Atelier Alpha' }, artisan);
    product = await make.product(coop, { title: { en: 'Blue bowl' } });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  const page = async (app: TestApp, path: string): Promise<string> =>
    (await app.http.get(path).set('Accept-Language', 'en').expect(200)).text;
  const pages = {
    home: () => '/',
    catalog: () => `/products?cooperativeId=${coop.id}`,
    search: () => '/products?q=bowl',
  };
  /** Notifications cross the database asynchronously: the other instance is polled, with a deadline. */
  const eventually = async (app: TestApp, path: string, text: string): Promise<void> => {
    await pollUntil(async () => ((await page(app, path)).includes(text) ? true : undefined), `${path} showing ${text}`, 5000);
  };
  /**
   * Shows `text` on `app`, cached: a page read between a write's commit and its notification is
   * forgotten when the notification lands, so the page is read again once notifications settled.
   */
  const cached = async (app: TestApp, path: string, text: string): Promise<void> => {
    await eventually(app, path, text);
    await notificationsSettled(app, one.db);
    expect(await page(app, path)).toContain(text);
  };
  /** Changes a row by plain SQL that notifies nobody, as a lost notification would. */
  const silently = async (table: 'products' | 'cooperatives', sql: string, id: string): Promise<void> => {
    await one.db.query(`ALTER TABLE ${table} DISABLE TRIGGER trg_${table}_changed`);
    await one.db.query(sql, [id]);
    await one.db.query(`ALTER TABLE ${table} ENABLE TRIGGER trg_${table}_changed`);
  };

  it.each(Object.entries(pages))('serves the %s listing from the cache until a notified product change', async (_name, path) => {
    await one.db.query(`UPDATE products SET title = '{"en":"Blue bowl"}'::jsonb WHERE id = $1`, [product.id]);
    await cached(two, path(), 'Blue bowl');
    await silently('products', `UPDATE products SET title = '{"en":"Red bowl"}'::jsonb WHERE id = $1`, product.id);
    expect(await page(two, path())).toContain('Blue bowl');
    await one.db.query(`UPDATE products SET title = '{"en":"Green bowl"}'::jsonb WHERE id = $1`, [product.id]);
    await eventually(two, path(), 'Green bowl');
  });

  it("serves the home page's cooperatives from the cache until a notified cooperative change", async () => {
    await cached(two, '/', 'Atelier Alpha');
    await silently('cooperatives', `UPDATE cooperatives SET name = 'Atelier Beta' WHERE id = $1`, coop.id);
    expect(await page(two, '/')).toContain('Atelier Alpha');
    await one.db.query(`UPDATE cooperatives SET name = 'Atelier Gamma' WHERE id = $1`, [coop.id]);
    await eventually(two, '/', 'Atelier Gamma');
    expect(await page(one, '/')).toContain('Atelier Gamma');
  });

  it('shows a product edited through one instance changed on the other, and at once on the one that wrote', async () => {
    await eventually(two, pages.catalog(), 'Green bowl');
    await eventually(one, pages.catalog(), 'Green bowl');
    await one.http
      .patch(`/api/v1/products/${product.id}`)
      .set(bearer(tokenFor(one.app, artisan)))
      .send({ title: { en: 'Yellow bowl' } })
      .expect(200);
    expect(await page(one, pages.catalog())).toContain('Yellow bowl');
    await eventually(two, pages.catalog(), 'Yellow bowl');
  });
});
