import request from 'supertest';
import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { Factories, TEST_PASSWORD } from './support/factories';
import { placeOrder } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';
import { csrfToken, hiddenField } from './support/web-forms';

/**
 * Stock edits never overwrite reservations: read 5, a buyer reserves 2, the artisan saves what they
 * read, the buyer cancels — without the guard, 7 units would be for sale.
 */
describe('Stock edits beside reservations (e2e)', () => {
  let t: TestApp;
  let other: TestApp;
  let make: Factories;
  let artisan: User;
  let buyer: User;
  let coop: Cooperative;

  const asArtisan = (): { Authorization: string } => bearer(tokenFor(t.app, artisan));
  const available = async (id: string): Promise<number> => (await t.db.getRepository(Product).findOneByOrFail({ id })).stock;
  const cancel = (orderId: string) =>
    t.http
      .post(`/api/v1/orders/${orderId}/cancel`)
      .set(bearer(tokenFor(t.app, buyer)))
      .expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    other = await createTestApp({}, { databaseUrl: t.databaseUrl });
    make = new Factories(t.db);
    artisan = await make.artisan();
    buyer = await make.buyer();
    coop = await make.cooperative({}, artisan);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('refuses an absolute stock read before a reservation (409), and one without a version (428)', async () => {
    const product = await make.product(coop, { stock: 5 });
    const read = await t.http.get(`/api/v1/products/${product.id}`).set(asArtisan()).expect(200);
    expect(read.body).toMatchObject({ stock: 5, reservedStock: 0, stockOnHand: 5 });
    expect(read.headers.etag).toBe(`"${read.body.version}"`);

    const order = await placeOrder(t, buyer, [{ productId: product.id, quantity: 2 }]);
    const stale = await t.http
      .patch(`/api/v1/products/${product.id}`)
      .set(asArtisan())
      .set('If-Match', read.headers.etag)
      .send({ stock: 5, madeBy: 'Aicha' })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { stock: 3 } });
    const unguarded = await t.http.patch(`/api/v1/products/${product.id}`).set(asArtisan()).send({ stock: 5 }).expect(428);
    expect(unguarded.body.code).toBe('VERSION_REQUIRED');
    await t.http.patch(`/api/v1/products/${product.id}`).set(asArtisan()).send({ stock: 5, version: read.body.version }).expect(409);
    expect(await available(product.id)).toBe(3);

    await cancel(order.id);
    expect(await available(product.id)).toBe(5);

    const fresh = await t.http.get(`/api/v1/products/${product.id}`).set(asArtisan()).expect(200);
    const set = await t.http
      .patch(`/api/v1/products/${product.id}`)
      .set(asArtisan())
      .set('If-Match', fresh.headers.etag)
      .send({ stock: 8 })
      .expect(200);
    expect(set.body).toMatchObject({ stock: 8, version: fresh.body.version + 1 });
    expect(set.headers.etag).toBe(`"${fresh.body.version + 1}"`);
  });

  it('adjusts by a delta whatever was reserved meanwhile, and shows available, reserved and on hand to the cooperative only', async () => {
    const product = await make.product(coop, { stock: 5 });
    await placeOrder(t, buyer, [{ productId: product.id, quantity: 2 }]);
    const added = await t.http.patch(`/api/v1/products/${product.id}`).set(asArtisan()).send({ stockDelta: 4 }).expect(200);
    expect(added.body).toMatchObject({ stock: 7, reservedStock: 2, stockOnHand: 9 });
    const tooMany = await t.http.patch(`/api/v1/products/${product.id}`).set(asArtisan()).send({ stockDelta: -8 }).expect(409);
    expect(tooMany.body).toMatchObject({ code: 'OUT_OF_STOCK', details: { available: 7 } });
    await t.http.patch(`/api/v1/products/${product.id}`).set(asArtisan()).send({ stock: 1, stockDelta: 1, version: 1 }).expect(400);

    const listed = await t.http.get(`/api/v1/cooperatives/${coop.id}/products`).set(asArtisan()).expect(200);
    expect(listed.body.find((p: { id: string }) => p.id === product.id)).toMatchObject({ stock: 7, reservedStock: 2, stockOnHand: 9 });
    const publicView = await t.http.get(`/api/v1/products/${product.id}`).expect(200);
    expect(publicView.body.stock).toBe(7);
    expect(publicView.body.reservedStock).toBeUndefined();
    const buyerView = await t.http
      .get(`/api/v1/products/${product.id}`)
      .set(bearer(tokenFor(t.app, buyer)))
      .expect(200);
    expect(buyerView.body.reservedStock).toBeUndefined();
  });

  it('applies 20 parallel deltas on two instances, each exactly once', async () => {
    const product = await make.product(coop, { stock: 10 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? other : t).http
          .patch(`/api/v1/products/${product.id}`)
          .set(asArtisan())
          .send({ stockDelta: i % 4 === 0 ? -1 : 2 }),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await available(product.id)).toBe(10 + 5 * -1 + 15 * 2);
  });

  it('the edit form and the stock form apply what the artisan changed, keeping reservations and every description', async () => {
    const product = await make.product(coop, {
      stock: 5,
      status: 'draft',
      description: { en: 'Hand-thrown', fr: 'Tourné main', ar: 'مصنوع يدويا' },
    });
    const browser = request.agent(t.app.getHttpServer());
    const signIn = await browser.get('/sign-in').expect(200);
    await browser
      .post('/sign-in')
      .type('form')
      .send({ _csrf: csrfToken(signIn.text), email: artisan.email, password: TEST_PASSWORD })
      .expect(303);

    const form = await browser.get(`/artisan/products/${product.id}/edit`).expect(200);
    expect(form.text).toContain('name="descriptionFr" value="Tourné main"');
    expect(form.text).toContain('name="descriptionAr" value="مصنوع يدويا"');
    const fields = Object.fromEntries(
      [
        '_csrf',
        'titleEn',
        'titleFr',
        'titleAr',
        'descriptionEn',
        'descriptionFr',
        'descriptionAr',
        'price',
        'stock',
        'stockLoaded',
        'weightGrams',
        'madeBy',
      ].map((name) => [name, hiddenField(form.text, name)]),
    );
    expect(fields.stock).toBe('5');
    await make.product(coop); // unrelated
    await t.db.getRepository(Product).update({ id: product.id }, { status: 'published' });
    const order = await placeOrder(t, buyer, [{ productId: product.id, quantity: 2 }]);
    await t.db.getRepository(Product).update({ id: product.id }, { status: 'draft' });

    const save = (changes: Record<string, string>) =>
      browser
        .post(`/artisan/products/${product.id}`)
        .type('form')
        .send({ ...fields, branch: 'pottery', hsCode: '691200', hsCodeOther: '', materials: 'clay', ...changes });
    await save({ madeBy: 'Aicha' }).expect(303);
    expect(await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).toMatchObject({
      stock: 3,
      madeBy: 'Aicha',
      description: { en: 'Hand-thrown', fr: 'Tourné main', ar: 'مصنوع يدويا' },
    });
    await save({ stock: '6' }).expect(303);
    expect(await available(product.id)).toBe(4);
    await cancel(order.id);
    expect(await available(product.id)).toBe(6);

    const page = await browser.get('/artisan').expect(200);
    expect(page.text).toContain(`id="stock-${product.id}" name="stock" type="number" min="0" max="1000000" value="6"`);
    const token = csrfToken(page.text);
    await t.db.getRepository(Product).update({ id: product.id }, { status: 'published' });
    await placeOrder(t, buyer, [{ productId: product.id, quantity: 1 }]);
    await browser
      .post(`/artisan/products/${product.id}/stock`)
      .type('form')
      .send({ _csrf: token, stock: '10', stockLoaded: '6' })
      .expect(303);
    expect(await available(product.id)).toBe(9);
  });
});
