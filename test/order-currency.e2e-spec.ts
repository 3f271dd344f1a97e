import type { User } from '../src/auth/user';
import { Order } from '../src/orders/order';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Currencies a card cannot be charged in (e2e)', () => {
  let t: TestApp;
  let buyer: User;
  let product: Product;
  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const place = (currency: string, paymentMethod: 'card' | 'bank_transfer') =>
    t.http
      .post('/api/v1/orders')
      .set(auth(buyer))
      .send({ items: [{ productId: product.id, quantity: 2 }], currency, shippingAddress: US_ADDRESS, paymentMethod });
  const stock = async (): Promise<number> => (await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).stock;

  beforeAll(async () => {
    t = await createTestApp();
    const make = new Factories(t.db);
    const admin = await make.admin();
    buyer = await make.buyer();
    product = await make.product(await make.cooperative(), { stock: 5, priceMinor: 45000 });
    for (const [currency, madPerUnit] of [
      ['KWD', '32.4817'],
      ['BHD', '26.4'],
      ['EUR', '10.85'],
    ]) {
      await t.http.put(`/api/v1/admin/exchange-rates/${currency}`).set(auth(admin)).send({ madPerUnit, asOf: '2026-12-01' }).expect(200);
    }
  });
  afterAll(() => t.close());

  it('refuses card orders in three-decimal currencies when placed, reserving nothing; bank transfer still takes them', async () => {
    for (const currency of ['KWD', 'BHD']) {
      const res = await place(currency, 'card').expect(422);
      expect(res.body).toMatchObject({ code: 'CARD_CURRENCY_NOT_SUPPORTED', details: { currency } });
      expect(res.body.message).toContain(`Card payment in ${currency} is not supported`);
      expect(await stock()).toBe(5);
      expect(await t.db.getRepository(Order).countBy({ buyerId: buyer.id })).toBe(0);
    }
    const transfer = await place('KWD', 'bank_transfer').expect(201);
    expect(transfer.body).toMatchObject({ currency: 'KWD', status: 'pending_payment' });
    await place('EUR', 'card').expect(201);
    expect(await stock()).toBe(1);
  });
});
