import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { notificationsSettled } from './support/change-feed';
import { Factories } from './support/factories';
import { pollUntil } from './support/poll';
import { createTestApp, TestApp } from './support/test-app';
import { csrfToken, signedInBrowser } from './support/web-forms';

/**
 * Home, catalog and product pages are rendered once for every anonymous visitor with an empty cart
 * who would see them alike, and served to each with their own CSRF token; anyone else gets their own
 * page, and a notified change shows at once.
 */
describe('Storefront pages shared by anonymous visitors (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let coop: Cooperative;
  let bowl: Product;

  beforeAll(async () => {
    // An age long enough that only the change feed clears pages here.
    t = await createTestApp({ RESPONSE_CACHE_MAX_AGE_MS: '600000' });
    make = new Factories(t.db);
    coop = await make.cooperative({ name: 'Atelier Alpha' });
    bowl = await make.product(coop, { title: { en: 'Blue bowl' } });
  });
  afterAll(() => t.close());

  const browser = (): TestAgent => request.agent(t.app.getHttpServer());
  const productPath = (): string => `/products/${bowl.id}`;
  const silently = async (sql: string, id: string): Promise<void> => {
    await t.db.query('ALTER TABLE products DISABLE TRIGGER trg_products_changed');
    await t.db.query(sql, [id]);
    await t.db.query('ALTER TABLE products ENABLE TRIGGER trg_products_changed');
  };

  it("serves one rendering to two new visitors, each with the token of their own cookie, which each one's forms pass", async () => {
    await notificationsSettled(t);
    const [first, second] = [browser(), browser()];
    const a = await first.get(productPath()).set('Accept-Language', 'en').expect(200);
    const b = await second.get(productPath()).set('Accept-Language', 'en').expect(200);
    expect(a.headers['cache-control']).toBe('no-store');
    expect(a.headers.etag).toBeUndefined();
    const [tokenA, tokenB] = [csrfToken(a.text), csrfToken(b.text)];
    expect(tokenA).not.toBe(tokenB);
    expect(b.text.split(tokenB).join('TOKEN')).toBe(a.text.split(tokenA).join('TOKEN'));
    expect(a.text).not.toContain('csrf-token-');

    // Each token is the one for its visitor's cookie: it passes there and nowhere else.
    await second.post('/cart/items').type('form').send({ _csrf: tokenA, productId: bowl.id, quantity: '1' }).expect(403);
    await first.post('/cart/items').type('form').send({ _csrf: tokenA, productId: bowl.id, quantity: '1' }).expect(303);
    await second.post('/cart/items').type('form').send({ _csrf: tokenB, productId: bowl.id, quantity: '2' }).expect(303);
  });

  it('keeps the rendered product page until a notified change, whatever the rows say meanwhile', async () => {
    await t.db.query(`UPDATE products SET title = '{"en":"Blue bowl"}'::jsonb WHERE id = $1`, [bowl.id]);
    await pollUntil(
      async () => ((await browser().get(productPath()).expect(200)).text.includes('Blue bowl') ? true : undefined),
      'the product page showing Blue bowl',
      5000,
    );
    await notificationsSettled(t);
    expect((await browser().get(productPath()).expect(200)).text).toContain('Blue bowl');

    await silently(`UPDATE products SET title = '{"en":"Red bowl"}'::jsonb WHERE id = $1`, bowl.id);
    expect((await browser().get(productPath()).expect(200)).text).toContain('Blue bowl');

    await t.db.query(`UPDATE products SET title = '{"en":"Green bowl"}'::jsonb WHERE id = $1`, [bowl.id]);
    await notificationsSettled(t);
    const page = (await browser().get(productPath()).expect(200)).text;
    expect(page).toContain('Green bowl');
    expect(page).not.toContain('Blue bowl');
  });

  it('keeps a page per language and currency', async () => {
    await notificationsSettled(t);
    const en = await browser().get(productPath()).set('Accept-Language', 'en').expect(200);
    const fr = await browser().get(productPath()).set('Accept-Language', 'fr').expect(200);
    expect(en.text).toContain('<html lang="en"');
    expect(fr.text).toContain('<html lang="fr"');
    const mad = await browser().get(productPath()).set('Cookie', 'hirfa_currency=MAD').expect(200);
    expect(mad.text).toContain('<option value="MAD" selected');
  });

  it('renders their own page for a visitor with a cart and for a signed-in one', async () => {
    await notificationsSettled(t);
    const shopper = browser();
    const first = await shopper.get(productPath()).set('Accept-Language', 'en').expect(200);
    await shopper
      .post('/cart/items')
      .type('form')
      .send({ _csrf: csrfToken(first.text), productId: bowl.id, quantity: '3' })
      .expect(303);
    expect((await shopper.get(productPath()).set('Accept-Language', 'en').expect(200)).text).toContain('Cart (3)');
    expect((await browser().get(productPath()).set('Accept-Language', 'en').expect(200)).text).toContain('Cart (0)');

    const buyer = await make.buyer();
    const { browser: signed } = await signedInBrowser(t, buyer.email);
    const own = await signed.get(productPath()).set('Accept-Language', 'en').expect(200);
    expect(own.text).toContain(buyer.email);
    expect((await browser().get(productPath()).set('Accept-Language', 'en').expect(200)).text).not.toContain(buyer.email);
  });

  it('answers 404 for a product no visitor may see, and keeps nothing for it', async () => {
    const hidden = await make.product(coop, { title: { en: 'Hidden jug' }, status: 'draft' });
    await browser().get(`/products/${hidden.id}`).expect(404);
    await t.db.query(`UPDATE products SET status = 'published', published_at = now() WHERE id = $1`, [hidden.id]);
    await notificationsSettled(t);
    expect((await browser().get(`/products/${hidden.id}`).expect(200)).text).toContain('Hidden jug');
  });
});
