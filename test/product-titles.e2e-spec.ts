import { ProductTitleLength1795970000003 } from '../migrations/1795970000003-ProductTitleLength';
import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { OrderLine } from '../src/orders/order-line';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { placeOrder } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/** One title limit (300 characters) for the product and the order lines that copy it. */
describe('Product title length (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let artisan: User;
  let coop: Cooperative;

  const draft = (title: Record<string, string>) => ({
    title,
    branch: 'pottery',
    hsCode: '691200',
    priceMinor: 1000,
    currency: 'MAD',
    stock: 3,
    weightGrams: 100,
    materials: ['clay'],
  });

  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
    artisan = await make.artisan();
    coop = await make.cooperative({}, artisan);
  });
  afterAll(() => t.close());

  it('refuses a title an order line could not hold, in any language, on create and on edit', async () => {
    const as = bearer(tokenFor(t.app, artisan));
    const titles: Record<string, string>[] = [
      { en: 'x'.repeat(301) },
      { en: 'Tagine', fr: 'é'.repeat(301) },
      { en: 'Tagine', ar: 'ط'.repeat(301) },
    ];
    for (const title of titles) {
      const res = await t.http.post(`/api/v1/cooperatives/${coop.id}/products`).set(as).send(draft(title)).expect(400);
      expect(res.body.details[0].field).toMatch(/^title\./);
    }
    const product = await make.product(coop);
    await t.http
      .patch(`/api/v1/products/${product.id}`)
      .set(as)
      .send({ title: { en: 'x'.repeat(301) } })
      .expect(400);
  });

  it('sells a product whose title is at the limit, keeping the whole title on the line', async () => {
    const title = 'ز'.repeat(300);
    const created = await t.http
      .post(`/api/v1/cooperatives/${coop.id}/products`)
      .set(bearer(tokenFor(t.app, artisan)))
      .send(draft({ en: title }))
      .expect(201);
    await t.db.getRepository(Product).update({ id: created.body.id }, { status: 'published' });
    const order = await placeOrder(t, await make.buyer(), [{ productId: created.body.id, quantity: 1 }]);
    expect((await t.db.getRepository(OrderLine).findOneByOrFail({ orderId: order.id })).title).toBe(title);
  });

  it('the migration cuts titles stored longer than the limit', async () => {
    const long = await make.product(coop, { title: { en: 'a'.repeat(400), fr: 'court', ar: 'ب'.repeat(301) } });
    const runner = t.db.createQueryRunner();
    try {
      await new ProductTitleLength1795970000003().up(runner);
    } finally {
      await runner.release();
    }
    expect((await t.db.getRepository(Product).findOneByOrFail({ id: long.id })).title).toEqual({
      en: 'a'.repeat(300),
      fr: 'court',
      ar: 'ب'.repeat(300),
    });
  });
});
