import type { User } from '../src/auth/user';
import type { Cooperative } from '../src/cooperatives/cooperative';
import type { CooperativeOrderStatus } from '../src/orders/order-state';
import { Factories } from './support/factories';
import { insertOrder } from './support/order-rows';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe("A cooperative's orders filtered by part status (e2e)", () => {
  let t: TestApp;
  let artisan: User;
  let coop: Cooperative;
  /** Part ids by the status they were given. */
  const parts = new Map<CooperativeOrderStatus, string[]>();

  beforeAll(async () => {
    t = await createTestApp();
    const make = new Factories(t.db);
    artisan = await make.artisan();
    coop = await make.cooperative({}, artisan);
    const other = await make.cooperative();
    const buyer = await make.buyer();
    const product = await make.product(coop);
    const foreign = await make.product(other);
    const statuses: CooperativeOrderStatus[] = [
      'paid',
      'paid',
      'shipped',
      'shipped',
      'shipped',
      'delivered',
      'cancelled',
      'pending_payment',
    ];
    for (const status of statuses) {
      // Each order also has another cooperative's part, in another status, which must never show.
      const {
        parts: [own, theirs],
      } = await insertOrder(t.db, {
        buyer,
        lines: [
          { cooperative: coop, product, quantity: 1, unitPriceMinor: 10000 },
          { cooperative: other, product: foreign, quantity: 1, unitPriceMinor: 5000 },
        ],
      });
      await t.db.query('UPDATE cooperative_orders SET status = $2 WHERE id = $1', [own.id, status]);
      await t.db.query(`UPDATE cooperative_orders SET status = 'delivered' WHERE id = $1`, [theirs.id]);
      parts.set(status, [...(parts.get(status) ?? []), own.id]);
    }
  });
  afterAll(() => t.close());

  const list = (query: Record<string, string | number>) =>
    t.http
      .get(`/api/v1/cooperatives/${coop.id}/orders`)
      .query(query)
      .set(bearer(tokenFor(t.app, artisan)));

  it.each(['paid', 'shipped', 'delivered', 'cancelled'] as const)('lists only the parts %s', async (status) => {
    const res = await list({ status, limit: 100 }).expect(200);
    expect(res.body.items.map((p: { id: string }) => p.id).sort()).toEqual([...parts.get(status)!].sort());
    expect(res.body.items.every((p: { status: string; cooperativeId: string }) => p.status === status && p.cooperativeId === coop.id)).toBe(
      true,
    );
  });

  it('pages within a status, every part once, even parts written in the same millisecond', async () => {
    const shipped = parts.get('shipped')!;
    for (const [i, id] of shipped.entries()) {
      await t.db.query('UPDATE cooperative_orders SET created_at = $2 WHERE id = $1', [id, `2026-06-01T10:00:00.1231${i}0Z`]);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query = { status: 'shipped', limit: 1, ...(cursor ? { cursor } : {}) };
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await list(query).expect(200);
      seen.push(...res.body.items.map((p) => p.id));
      cursor = res.body.nextCursor;
    } while (cursor && seen.length <= shipped.length);
    expect(seen).toEqual([...shipped].reverse());
  });

  it('lists every part without a status, and refuses order-only statuses', async () => {
    const all = await list({ limit: 100 }).expect(200);
    expect(all.body.items).toHaveLength([...parts.values()].flat().length);
    const refused = await list({ status: 'completed' }).expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    await list({ status: 'partially_refunded' }).expect(400);
  });
});
