import { randomUUID } from 'node:crypto';
import { Factories } from './support/factories';
import { placeOrder } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/** Rows created within one millisecond (PostgreSQL keeps microseconds) are all reached, page by page. */
describe('List cursors round-trip exactly (e2e)', () => {
  let t: TestApp;
  let make: Factories;

  // Three instants within one millisecond, newest last.
  const INSTANTS = ['2026-12-01T10:00:00.123456Z', '2026-12-01T10:00:00.123457Z', '2026-12-01T10:00:00.123458Z'];

  async function walk(url: string, auth: Record<string, string>, query: Record<string, string> = {}): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await t.http
        .get(url)
        .set(auth)
        .query({ ...query, limit: 1, ...(cursor ? { cursor } : {}) })
        .expect(200);
      ids.push(...res.body.items.map((item: { id: string }) => item.id));
      cursor = res.body.nextCursor ?? undefined;
      if (!cursor) break;
    }
    return ids;
  }

  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
  });
  afterAll(() => t.close());

  it('pages through orders and cooperative orders created in the same millisecond', async () => {
    const [buyer, artisan] = [await make.buyer(), await make.artisan()];
    const coop = await make.cooperative({}, artisan);
    const product = await make.product(coop, { stock: 10 });
    const orders = [];
    for (const at of INSTANTS) {
      const order = await placeOrder(t, buyer, [{ productId: product.id, quantity: 1 }]);
      await t.db.query(`UPDATE orders SET created_at = $2 WHERE id = $1`, [order.id, at]);
      await t.db.query(`UPDATE cooperative_orders SET created_at = $2 WHERE order_id = $1`, [order.id, at]);
      orders.push(order);
    }
    expect(await walk('/api/v1/orders', bearer(tokenFor(t.app, buyer)))).toEqual(orders.map((o) => o.id).reverse());
    expect(await walk(`/api/v1/cooperatives/${coop.id}/orders`, bearer(tokenFor(t.app, artisan)))).toEqual(
      orders.map((o) => o.cooperativeOrders[0].id).reverse(),
    );
  });

  it('pages through audit entries written in the same millisecond', async () => {
    const admin = await make.admin();
    const target = randomUUID();
    const ids = [];
    for (const at of INSTANTS) {
      const [row] = await t.db.query(
        `INSERT INTO audit_log (actor_id, actor_role, action, target_type, target_id, created_at)
         VALUES ($1, 'admin', 'test.write', 'test', $2, $3) RETURNING id`,
        [admin.id, target, at],
      );
      ids.push(row.id);
    }
    expect(await walk('/api/v1/admin/audit-log', bearer(tokenFor(t.app, admin)), { targetId: target })).toEqual(ids.reverse());
  });
});
