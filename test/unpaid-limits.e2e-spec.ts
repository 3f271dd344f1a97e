import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Order } from '../src/orders/order';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { paidOrder, US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/** What one buyer may hold unpaid: two orders, five units of a product (set low here). */
describe('Unpaid-order limits per buyer (e2e)', () => {
  const env = { MAX_UNPAID_ORDERS_PER_BUYER: '2', MAX_UNPAID_UNITS_PER_PRODUCT: '5' };
  let one: TestApp;
  let two: TestApp;
  let make: Factories;
  let coop: Cooperative;
  let admin: User;

  const place = (app: TestApp, buyer: User, items: { productId: string; quantity: number }[]) =>
    app.http
      .post('/api/v1/orders')
      .set(bearer(tokenFor(app.app, buyer)))
      .send({ items, currency: 'MAD', shippingAddress: US_ADDRESS, paymentMethod: 'card' });
  const stockOf = async (product: Product): Promise<number> =>
    (await one.db.getRepository(Product).findOneByOrFail({ id: product.id })).stock;

  beforeAll(async () => {
    one = await createTestApp(env);
    two = await createTestApp(env, { databaseUrl: one.databaseUrl });
    make = new Factories(one.db);
    coop = await make.cooperative();
    admin = await make.admin();
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('refuses a third unpaid order with 429 UNPAID_ORDERS_LIMIT, reserving nothing; paying or cancelling frees a place', async () => {
    const buyer = await make.buyer();
    const product = await make.product(coop, { stock: 100 });
    const first = (await place(one, buyer, [{ productId: product.id, quantity: 1 }]).expect(201)).body;
    await place(one, buyer, [{ productId: product.id, quantity: 1 }]).expect(201);
    const refused = await place(two, buyer, [{ productId: product.id, quantity: 1 }]).expect(429);
    expect(refused.body).toMatchObject({ code: 'UNPAID_ORDERS_LIMIT', details: { limit: 2, unpaidOrders: 2 } });
    expect(await stockOf(product)).toBe(98);

    await one.http
      .post(`/api/v1/orders/${first.id}/cancel`)
      .set(bearer(tokenFor(one.app, buyer)))
      .expect(200);
    await place(one, buyer, [{ productId: product.id, quantity: 1 }]).expect(201);
    // A paid order is not held: the buyer with two unpaid ones can still have paid ones beside them.
    const other = await make.buyer();
    await paidOrder(one, other, admin, [{ productId: product.id, quantity: 1 }]);
    await place(one, other, [{ productId: product.id, quantity: 1 }]).expect(201);
    await place(one, other, [{ productId: product.id, quantity: 1 }]).expect(201);
  });

  it('counts parallel placements by one buyer on two instances: exactly two of eight are placed', async () => {
    const buyer = await make.buyer();
    const product = await make.product(coop, { stock: 100 });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => place(i % 2 ? two : one, buyer, [{ productId: product.id, quantity: 1 }])),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 429, 429, 429, 429, 429, 429]);
    expect(await one.db.getRepository(Order).countBy({ buyerId: buyer.id })).toBe(2);
    expect(await stockOf(product)).toBe(98);
  });

  it('refuses more than five units of a product across unpaid orders with 409 UNPAID_UNITS_LIMIT', async () => {
    const buyer = await make.buyer();
    const product = await make.product(coop, { stock: 100 });
    const other = await make.product(coop, { stock: 100 });
    await place(one, buyer, [{ productId: product.id, quantity: 4 }]).expect(201);
    const refused = await place(two, buyer, [
      { productId: other.id, quantity: 1 },
      { productId: product.id, quantity: 2 },
    ]).expect(409);
    expect(refused.body).toMatchObject({
      code: 'UNPAID_UNITS_LIMIT',
      details: { limit: 5, items: [{ productId: product.id, requested: 2, held: 4 }] },
    });
    expect([await stockOf(product), await stockOf(other)]).toEqual([96, 100]);
    await place(one, buyer, [{ productId: product.id, quantity: 1 }]).expect(201);
    await place(one, await make.buyer(), [{ productId: product.id, quantity: 5 }]).expect(201);
    await place(one, await make.buyer(), [{ productId: product.id, quantity: 6 }]).expect(409);
  });
});
