import { AuditEntry } from '../src/audit/audit-entry';
import { User } from '../src/auth/user';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

describe('Products and moderation (e2e)', () => {
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let artisan: User;
  let outsider: User;
  let coop: Cooperative;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const row = (id: string): Promise<Product> => t.db.getRepository(Product).findOneByOrFail({ id });
  const draft = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    title: { en: 'Beni Ourain rug', fr: 'Tapis Beni Ouarain', ar: 'زربية بني وراين' },
    description: { en: 'Hand-knotted wool rug from the Middle Atlas' },
    branch: 'carpets',
    hsCode: '570110',
    priceMinor: 820000,
    currency: 'MAD',
    stock: 3,
    sku: 'BO-200x300',
    weightGrams: 9000,
    dimensionsCm: { length: 300, width: 200, height: 2 },
    materials: ['wool'],
    madeBy: 'Itto',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    make = new Factories(t.db);
    admin = await make.admin();
    artisan = await make.artisan();
    outsider = await make.artisan();
    coop = await make.cooperative({ name: 'Tifawin' }, artisan);
    await make.cooperative({}, outsider);
  });
  afterAll(() => t.close());

  it('runs draft → pending_review → published → archived, auditing admin actions', async () => {
    const created = await t.http.post(`/api/v1/cooperatives/${coop.id}/products`).set(auth(artisan)).send(draft()).expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      hsCode: '570110',
      priceMinor: 820000,
      currency: 'MAD',
      title: { ar: 'زربية بني وراين' },
    });
    const id = created.body.id as string;
    await t.http.get(`/api/v1/products/${id}`).expect(404);
    await t.http.get(`/api/v1/products/${id}`).set(auth(artisan)).expect(200);

    await t.http.post(`/api/v1/products/${id}/submit`).set(auth(artisan)).expect(422);
    await make.readyPhoto(await row(id));
    await t.http.post(`/api/v1/products/${id}/submit`).set(auth(artisan)).expect(200);
    expect((await row(id)).status).toBe('pending_review');
    await t.http.post(`/api/v1/products/${id}/approve`).set(auth(artisan)).expect(403);
    const approved = await t.http.post(`/api/v1/products/${id}/approve`).set(auth(admin)).expect(200);
    expect(approved.body.status).toBe('published');
    expect((await row(id)).publishedAt).toBeInstanceOf(Date);
    await t.http.get(`/api/v1/products/${id}`).expect(200);

    await t.http.post(`/api/v1/products/${id}/archive`).set(auth(artisan)).expect(200);
    expect((await row(id)).status).toBe('archived');
    await t.http.get(`/api/v1/products/${id}`).expect(404);

    const audit = await t.db.getRepository(AuditEntry).find({ where: { targetId: id } });
    expect(audit.map((a) => a.action)).toEqual(['product.approve']);
  });

  it('rejects with a reason; a rejected product can be fixed and resubmitted', async () => {
    const product = await make.readyPhoto(await make.product(coop, { status: 'pending_review' }));
    await t.http.post(`/api/v1/products/${product.id}/reject`).set(auth(admin)).send({}).expect(400);
    await t.http
      .post(`/api/v1/products/${product.id}/reject`)
      .set(auth(admin))
      .send({ reason: 'Photo shows a different item' })
      .expect(200);
    expect(await row(product.id)).toMatchObject({ status: 'rejected', statusReason: 'Photo shows a different item' });
    await t.http.patch(`/api/v1/products/${product.id}`).set(auth(artisan)).send({ madeBy: 'Itto Ouhaddou' }).expect(200);
    await t.http.post(`/api/v1/products/${product.id}/submit`).set(auth(artisan)).expect(200);
    expect(await row(product.id)).toMatchObject({ status: 'pending_review', statusReason: null });
  });

  it.each([
    ['draft', 'approve'],
    ['draft', 'reject'],
    ['draft', 'archive'],
    ['pending_review', 'submit'],
    ['pending_review', 'archive'],
    ['published', 'submit'],
    ['published', 'approve'],
    ['published', 'reject'],
    ['rejected', 'approve'],
    ['rejected', 'archive'],
    ['archived', 'submit'],
    ['archived', 'approve'],
    ['archived', 'archive'],
  ] as const)('refuses %s → %s with 409 and changes nothing', async (status, action) => {
    const product = await make.product(coop, { status });
    const res = await t.http.post(`/api/v1/products/${product.id}/${action}`).set(auth(admin)).send({ reason: 'a reason' }).expect(409);
    expect(res.body.code).toBe('INVALID_STATE');
    expect((await row(product.id)).status).toBe(status);
  });

  it('only complete products can be submitted', async () => {
    const created = await t.http
      .post(`/api/v1/cooperatives/${coop.id}/products`)
      .set(auth(artisan))
      .send(draft({ sku: undefined, description: undefined, materials: [] }))
      .expect(201);
    const res = await t.http.post(`/api/v1/products/${created.body.id}/submit`).set(auth(artisan)).expect(422);
    expect(res.body.details.missing).toEqual(['an English description', 'at least one material', 'at least one processed photo']);
    expect((await row(created.body.id)).status).toBe('draft');
  });

  it('editing customs fields of a published product sends it back to review; price does not', async () => {
    const product = await make.product(coop);
    await t.http
      .patch(`/api/v1/products/${product.id}`)
      .set(auth(artisan))
      .send({ priceMinor: 50000, stock: 4, version: product.version })
      .expect(200);
    expect(await row(product.id)).toMatchObject({ status: 'published', priceMinor: 50000, stock: 4 });
    expect((await t.http.patch(`/api/v1/products/${product.id}`).set(auth(artisan)).send({ priceMinor: null }).expect(400)).body.code).toBe(
      'BAD_REQUEST',
    );
    expect(await row(product.id)).toMatchObject({ status: 'published', priceMinor: 50000, stock: 4 });
    const res = await t.http.patch(`/api/v1/products/${product.id}`).set(auth(artisan)).send({ hsCode: '691390' }).expect(200);
    expect(res.body.status).toBe('pending_review');
    expect(await row(product.id)).toMatchObject({ status: 'pending_review', hsCode: '691390' });
    const audit = await t.db.getRepository(AuditEntry).findOneByOrFail({ targetId: product.id });
    expect(audit).toMatchObject({ action: 'product.customs_change', before: expect.objectContaining({ hsCode: '691200' }) });
  });

  describe('HS codes', () => {
    it.each([
      ['unknown subheading', '999999'],
      ['too short', '69120'],
      ['too long', '69120000001'],
      ['letters', '6912AB'],
      ['a 2017 tiles heading gone in HS 2022', '690810'],
    ])('refuses %s with 422 INVALID_HS_CODE and stores nothing', async (_label, hsCode) => {
      const before = await t.db.getRepository(Product).count();
      const res = await t.http
        .post(`/api/v1/cooperatives/${coop.id}/products`)
        .set(auth(artisan))
        .send(draft({ hsCode, sku: undefined }))
        .expect(422);
      expect(res.body.code).toBe('INVALID_HS_CODE');
      expect(await t.db.getRepository(Product).count()).toBe(before);
    });

    it('accepts national 8- and 10-digit lines of a known subheading', async () => {
      await t.http
        .post(`/api/v1/cooperatives/${coop.id}/products`)
        .set(auth(artisan))
        .send(draft({ hsCode: '57011000', sku: 'NAT-8' }))
        .expect(201);
      await t.http
        .post(`/api/v1/cooperatives/${coop.id}/products`)
        .set(auth(artisan))
        .send(draft({ hsCode: '5701100010', sku: 'NAT-10' }))
        .expect(201);
    });

    it('refuses an unknown code on update too', async () => {
      const product = await make.product(coop, { status: 'draft' });
      const res = await t.http.patch(`/api/v1/products/${product.id}`).set(auth(artisan)).send({ hsCode: '123456' }).expect(422);
      expect(res.body.code).toBe('INVALID_HS_CODE');
      expect((await row(product.id)).hsCode).toBe('691200');
    });
  });

  it('validates fields: no image URLs (photos are uploaded), non-negative stock, MAD prices, unique SKU per cooperative', async () => {
    const bad = await t.http
      .post(`/api/v1/cooperatives/${coop.id}/products`)
      .set(auth(artisan))
      .send(draft({ images: ['https://tracker.example/a.jpg'], stock: -1, currency: 'EUR', priceMinor: 10.5 }))
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['currency', 'images', 'priceMinor', 'stock']);

    await t.http
      .post(`/api/v1/cooperatives/${coop.id}/products`)
      .set(auth(artisan))
      .send(draft({ sku: 'DUP-1' }))
      .expect(201);
    const dup = await t.http
      .post(`/api/v1/cooperatives/${coop.id}/products`)
      .set(auth(artisan))
      .send(draft({ sku: 'DUP-1' }))
      .expect(409);
    expect(dup.body.code).toBe('SKU_TAKEN');
    const otherCoop = await make.cooperative({}, artisan);
    await t.http
      .post(`/api/v1/cooperatives/${otherCoop.id}/products`)
      .set(auth(artisan))
      .send(draft({ sku: 'DUP-1' }))
      .expect(201);
  });

  describe('authorization by cooperative', () => {
    it.each([
      ['create', 'post', (p: Product) => `/api/v1/cooperatives/${p.cooperativeId}/products`, () => draft({ sku: 'X-1' })],
      ['edit', 'patch', (p: Product) => `/api/v1/products/${p.id}`, () => ({ priceMinor: 1 })],
      ['submit', 'post', (p: Product) => `/api/v1/products/${p.id}/submit`, () => ({})],
      ['archive', 'post', (p: Product) => `/api/v1/products/${p.id}/archive`, () => ({})],
      ['list all statuses', 'get', (p: Product) => `/api/v1/cooperatives/${p.cooperativeId}/products`, () => ({})],
    ] as const)('an artisan of another cooperative cannot %s (403, nothing changes)', async (_label, method, path, body) => {
      const product = await make.product(coop, { status: 'draft' });
      const before = await row(product.id);
      const count = await t.db.getRepository(Product).countBy({ cooperativeId: coop.id });
      const res = await t.http[method](path(product)).set(auth(outsider)).send(body()).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(await row(product.id)).toEqual(before);
      expect(await t.db.getRepository(Product).countBy({ cooperativeId: coop.id })).toBe(count);
    });

    it('a buyer cannot create products; a member lists every status of their cooperative', async () => {
      const buyer = await make.buyer();
      await t.http.post(`/api/v1/cooperatives/${coop.id}/products`).set(auth(buyer)).send(draft()).expect(403);
      const product = await make.product(coop, { status: 'rejected' });
      const list = await t.http.get(`/api/v1/cooperatives/${coop.id}/products?status=rejected`).set(auth(artisan)).expect(200);
      expect(list.body.map((p: { id: string }) => p.id)).toContain(product.id);
    });

    it('admins see the moderation queue', async () => {
      const product = await make.product(coop, { status: 'pending_review' });
      const queue = await t.http.get('/api/v1/admin/products?status=pending_review&limit=100').set(auth(admin)).expect(200);
      expect(queue.body.map((p: { id: string }) => p.id)).toContain(product.id);
      await t.http.get('/api/v1/admin/products').set(auth(artisan)).expect(403);
    });
  });
});
