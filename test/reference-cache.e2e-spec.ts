import { User } from '../src/auth/user';
import { ChangeFeed } from '../src/common/cache/change-feed.service';
import { ExchangeRatesService } from '../src/exchange-rates/exchange-rates.service';
import { Product } from '../src/products/product';
import { ShippingRatesService } from '../src/shipping/shipping-rates.service';
import { Factories, TEST_PASSWORD } from './support/factories';
import { pollUntil } from './support/poll';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

/**
 * Exchange rates and shipping brackets are cached in each process; two app instances on one
 * database must never disagree past a change: a rate set on one is what the other quotes next.
 */
describe('Reference data cached across instances (e2e)', () => {
  let one: TestApp;
  let two: TestApp;
  let admin: User;
  let product: Product;

  beforeAll(async () => {
    one = await createTestApp();
    two = await createTestApp({}, { databaseUrl: one.databaseUrl });
    const make = new Factories(one.db);
    admin = await make.admin();
    product = await make.product(await make.cooperative(), { priceMinor: 108500 });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  const putRate = (app: TestApp, madPerUnit: string): Promise<unknown> =>
    app.http
      .put('/api/v1/admin/exchange-rates/EUR')
      .set(bearer(tokenFor(app.app, admin)))
      .send({ madPerUnit, asOf: '2026-12-01' })
      .expect(200);
  const eurPrice = async (app: TestApp): Promise<number> =>
    (await app.http.get(`/api/v1/products/${product.id}?currency=EUR`).expect(200)).body.displayPrice.amountMinor;
  /** Lets the event loop take in I/O (a notification) once. */
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  /**
   * Notifications cross the database asynchronously: poll, with a deadline, for the other instance.
   * A cached read does no I/O, so each poll gives the event loop a turn.
   */
  const eventually = async (read: () => Promise<number>, expected: number): Promise<void> => {
    const deadline = Date.now() + 5000;
    let value = await read();
    while (value !== expected && Date.now() < deadline) {
      await turn();
      value = await read();
    }
    expect(value).toBe(expected);
  };

  it('listens on both instances', () => {
    expect(one.app.get(ChangeFeed).live).toBe(true);
    expect(two.app.get(ChangeFeed).live).toBe(true);
  });

  it('quotes a rate set on one instance from the other', async () => {
    await putRate(one, '10.85');
    // 1085.00 MAD at 10.85 → 100.00 EUR, on the writer at once and on the other instance next.
    expect(await eurPrice(one)).toBe(10000);
    await eventually(() => eurPrice(two), 10000);
    await putRate(two, '12.40');
    // 1085.00 / 12.40 = 87.4999… → 87.50 EUR
    expect(await eurPrice(two)).toBe(8750);
    await eventually(() => eurPrice(one), 8750);
    const listed = await one.http.get('/api/v1/exchange-rates').expect(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ currency: 'EUR', madPerUnit: '12.4' }));
  });

  it('keeps quotes in process, and forgets them on a change by any writer, plain SQL included', async () => {
    await putRate(one, '10.85');
    await eventually(() => eurPrice(two), 10000);
    // A write that notifies nobody is not seen: the quote comes from the cache...
    await one.db.query('ALTER TABLE exchange_rates DISABLE TRIGGER trg_exchange_rates_changed');
    await one.db.query(`UPDATE exchange_rates SET mad_per_unit = '5' WHERE currency = 'EUR'`);
    await one.db.query('ALTER TABLE exchange_rates ENABLE TRIGGER trg_exchange_rates_changed');
    expect(await eurPrice(two)).toBe(10000);
    // ...and any write through the table's trigger reaches both instances.
    await one.db.query(`UPDATE exchange_rates SET mad_per_unit = '7' WHERE currency = 'EUR'`);
    await eventually(() => eurPrice(two), 15500);
    await eventually(() => eurPrice(one), 15500);
  });

  it('forgets shipping brackets changed on the other instance', async () => {
    const brackets = async (app: TestApp): Promise<number> => (await app.app.get(ShippingRatesService).brackets('EU')).length;
    const before = await brackets(two);
    await one.http
      .put('/api/v1/admin/shipping-rates/EU')
      .set(bearer(tokenFor(one.app, admin)))
      .send({
        asOf: '2026-12-01',
        brackets: [
          { maxWeightGrams: 1000, priceMadMinor: 9000 },
          { maxWeightGrams: 30000, priceMadMinor: 90000 },
        ],
      })
      .expect(200);
    expect(before).not.toBe(2);
    await eventually(() => brackets(two), 2);
  });

  it('estimates landed cost with the rules published on the other instance', async () => {
    await putRate(one, '10.85');
    const vatOf = async (app: TestApp): Promise<number> =>
      (
        await app.http
          .post('/api/v1/landed-cost/estimate')
          .send({ destinationCountry: 'PT', currency: 'EUR', lines: [{ hsCode: '570110', originCountry: 'MA', valueMinor: 100000 }] })
          .expect(200)
      ).body.charges.find((c: { kind: string }) => c.kind === 'vat').amountMinor;
    expect(await vatOf(two)).toBe(23000);
    const current = (
      await one.http
        .get('/api/v1/admin/landed-cost/rules')
        .set(bearer(tokenFor(one.app, admin)))
        .expect(200)
    ).body.find((set: { destination: string }) => set.destination === 'PT');
    const rules = current.rules.map((r: { id: string; rateBps?: number }) => (r.id === 'PT-vat' ? { ...r, rateBps: 2400 } : r));
    await one.http
      .put('/api/v1/admin/landed-cost/rules/PT')
      .set(bearer(tokenFor(one.app, admin)))
      .send({ rules })
      .expect(200);
    expect(await vatOf(one)).toBe(24000);
    await eventually(() => vatOf(two), 24000);
  });

  it('rebuilds the HS suggester on both instances when the nomenclature changes', async () => {
    const topCode = async (app: TestApp): Promise<string | undefined> =>
      (await app.http.post('/api/v1/hs-codes/suggest').send({ title: 'Zorblax vessel' }).expect(200)).body.suggestions[0]?.code;
    expect(await topCode(two)).not.toBe('442090');
    await one.db.query(
      `UPDATE hs_subheadings SET description = description || '; zorblax vessels' WHERE edition = 2022 AND code = '442090'`,
    );
    // Each suggestion on a stale index starts a rebuild in the background: poll until both instances answer from the new one.
    const seen = await pollUntil(
      async () => {
        const codes = [await topCode(one), await topCode(two)];
        return codes.every((code) => code === '442090') ? codes : undefined;
      },
      'both suggesters to rebuild',
      10_000,
    );
    expect(seen).toEqual(['442090', '442090']);
  });

  it('ends a session on the other instance as soon as the password changes on one', async () => {
    const buyer = await new Factories(one.db).buyer();
    const login = async (): Promise<string> =>
      (await one.http.post('/api/v1/auth/login').send({ email: buyer.email, password: TEST_PASSWORD }).expect(200)).body.accessToken;
    const [kept, other] = [await login(), await login()];
    // Both instances have checked (and cached) the session before it ends.
    await two.http.get('/api/v1/auth/me').set(bearer(other)).expect(200);
    await one.http.get('/api/v1/auth/me').set(bearer(other)).expect(200);
    await one.http
      .post('/api/v1/auth/change-password')
      .set(bearer(kept))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'another-long-password' })
      .expect(200);
    await one.http.get('/api/v1/auth/me').set(bearer(other)).expect(401);
    await eventually(async () => (await two.http.get('/api/v1/auth/me').set(bearer(other))).status, 401);
  });

  it('caches nothing while the feed is down, and listens again afterwards', async () => {
    const feed = two.app.get(ChangeFeed);
    await one.db.query(
      // Only this file's database: other files' instances run on the same server at the same time.
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE query = 'LISTEN hirfa_reference_changed' AND datname = current_database() AND pid <> pg_backend_pid()`,
    );
    const deadline = Date.now() + 5000;
    while (feed.live && Date.now() < deadline) await turn();
    expect(feed.live).toBe(false);
    await one.db.query('ALTER TABLE exchange_rates DISABLE TRIGGER trg_exchange_rates_changed');
    await one.db.query(`UPDATE exchange_rates SET mad_per_unit = '10.85' WHERE currency = 'EUR'`);
    await one.db.query('ALTER TABLE exchange_rates ENABLE TRIGGER trg_exchange_rates_changed');
    expect(await two.app.get(ExchangeRatesService).quote('EUR')).toMatchObject({ madPerUnit: '10.85' });
    const back = Date.now() + 5000;
    while (!feed.live && Date.now() < back) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(feed.live).toBe(true);
  });
});
