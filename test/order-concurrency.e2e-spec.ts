import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Order } from '../src/orders/order';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/** Two app instances on one database, as in production behind a load balancer. */
describe('Order placement under concurrency (e2e)', () => {
  let one: TestApp;
  let two: TestApp;
  let make: Factories;
  let coop: Cooperative;
  let buyers: User[];

  const address = { name: 'Buyer', line1: '1 Main St', city: 'Lyon', postalCode: '69001', country: 'FR' };
  const place = (app: TestApp, buyer: User, items: { productId: string; quantity: number }[]) =>
    app.http
      .post('/api/v1/orders')
      .set(bearer(tokenFor(app.app, buyer)))
      .send({ items, currency: 'MAD', shippingAddress: address, paymentMethod: 'card' });

  beforeAll(async () => {
    one = await createTestApp({ DATABASE_POOL_SIZE: '20' });
    two = await createTestApp({ DATABASE_POOL_SIZE: '20' }, { databaseUrl: one.databaseUrl });
    make = new Factories(one.db);
    coop = await make.cooperative();
    buyers = await Promise.all(Array.from({ length: 50 }, () => make.buyer()));
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('sells exactly the 5 units in stock to 50 parallel buyers across two instances', async () => {
    const product = await make.product(coop, { stock: 5 });
    const results = await Promise.all(
      buyers.map((buyer, i) => place(i % 2 === 0 ? one : two, buyer, [{ productId: product.id, quantity: 1 }])),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(45);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'OUT_OF_STOCK')).toBe(true);
    expect((await one.db.getRepository(Product).findOneByOrFail({ id: product.id })).stock).toBe(0);
    const [{ sold }] = await one.db.query('SELECT coalesce(sum(quantity), 0)::int AS sold FROM order_lines WHERE product_id = $1', [
      product.id,
    ]);
    expect(sold).toBe(5);
  });

  it('does the same for orders mixing two products in either order, without deadlock errors', async () => {
    const a = await make.product(coop, { stock: 5 });
    const b = await make.product(coop, { stock: 5 });
    const results = await Promise.all(
      buyers.map((buyer, i) => {
        const items = [
          { productId: a.id, quantity: 1 },
          { productId: b.id, quantity: 1 },
        ];
        return place(i % 2 === 0 ? one : two, buyer, i % 4 < 2 ? items : items.reverse());
      }),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(45);
    const stocks = await one.db.getRepository(Product).findBy([{ id: a.id }, { id: b.id }]);
    expect(stocks.map((p) => p.stock)).toEqual([0, 0]);
    const orders = await one.db.query(
      `SELECT count(DISTINCT o.id)::int AS n FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.product_id = $1`,
      [a.id],
    );
    expect(orders[0].n).toBe(5);
    expect(await one.db.getRepository(Order).countBy({ status: 'pending_payment' })).toBe(10);
  });
});
