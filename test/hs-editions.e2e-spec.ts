import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { User } from '../src/auth/user';
import { runHsImport } from '../src/cli/hs-import.command';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { placeOrder } from './support/orders';
import { signedInBrowser } from './support/web-forms';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

const HEADER = 'hs6,description,heading,heading_description,chapter,chapter_description,section,section_name';
const SECTIONS: Record<string, [string, string]> = {
  '57': ['XI', 'Textiles and textile articles'],
  '69': ['XIII', 'Articles of stone, plaster, cement; ceramic products; glass'],
  '83': ['XV', 'Base metals and articles of base metal'],
  '94': ['XX', 'Miscellaneous manufactured articles'],
};

/**
 * A small synthetic edition, as an operator would receive a new one: the tagine code splits, the
 * lantern code is renumbered, the rug code carries over, and the soap code is gone.
 */
const EDITION_CSV = [
  HEADER,
  ...[
    ['570110', 'Carpets; knotted, of wool'],
    ['691210', 'Ceramic tableware; cooking ware such as tagines'],
    ['691290', 'Ceramic tableware; other'],
    ['830629', 'Statuettes and other ornaments; of base metal, other'],
    ['940561', 'Lanterns; non-electric, of metal'],
  ].map(([code, description]) => {
    const [section, sectionName] = SECTIONS[code.slice(0, 2)];
    return `${code},"${description}",${code.slice(0, 4)},Heading ${code.slice(0, 4)},${code.slice(0, 2)},Chapter ${code.slice(0, 2)},${section},"${sectionName}"`;
  }),
].join('\n');

const CORRELATION_CSV = [
  'from_code,to_code',
  '691200,691210',
  '691200,691290',
  '940550,940561',
  '570110,570110',
  '999999,691210',
  '691200,691299',
  '69120,691210',
].join('\n');

const NEW_PRODUCT = {
  title: { en: 'New tagine' },
  description: { en: 'Glazed' },
  branch: 'pottery',
  priceMinor: 30000,
  currency: 'MAD',
  stock: 3,
  weightGrams: 2000,
  materials: ['clay'],
};

interface Fixture {
  t: TestApp;
  make: Factories;
  admin: User;
  buyer: User;
  artisan: User;
  coop: Cooperative;
  products: Record<'tagine' | 'lantern' | 'rug' | 'soap' | 'archived', Product>;
}

async function setUp(dir: string, edition: number, effectiveFrom: string, out: string[]): Promise<Fixture> {
  const t = await createTestApp();
  const make = new Factories(t.db);
  const artisan = await make.artisan();
  const coop = await make.cooperative({ name: 'Safi potters' }, artisan);
  const products = {
    tagine: await make.product(coop, { hsCode: '6912001000', title: { en: 'Tagine' } }),
    lantern: await make.product(coop, { hsCode: '940550', title: { en: 'Lantern' }, branch: 'metal' }),
    rug: await make.product(coop, { hsCode: '570110', title: { en: 'Rug' }, branch: 'carpets' }),
    soap: await make.product(coop, { hsCode: '340111', title: { en: 'Soap' }, branch: 'cosmetics' }),
    archived: await make.product(coop, { hsCode: '691200', title: { en: 'Old tagine' }, status: 'archived' }),
  };
  const fixture = { t, make, admin: await make.admin(), buyer: await make.buyer(), artisan, coop, products };
  writeFileSync(join(dir, 'edition.csv'), EDITION_CSV);
  writeFileSync(join(dir, 'correlation.csv'), CORRELATION_CSV);
  await runHsImport(t.db, join(dir, 'edition.csv'), { edition, effectiveFrom, correlation: join(dir, 'correlation.csv') }, (line) =>
    out.push(line),
  );
  return fixture;
}

async function lineOf(t: TestApp, orderId: string, productId: string): Promise<{ hsCode: string; hsEdition: number }> {
  const [line] = await t.db.query(
    `SELECT hs_code AS "hsCode", hs_edition AS "hsEdition" FROM order_lines WHERE order_id = $1 AND product_id = $2`,
    [orderId, productId],
  );
  return line;
}

describe('HS editions (e2e)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hirfa-hs-editions-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('a new edition announced for a later date', () => {
    let f: Fixture;
    let out: string[];
    let earlyOrderId: string;
    const auth = (user: User): { Authorization: string } => bearer(tokenFor(f.t.app, user));

    beforeAll(async () => {
      out = [];
      // Far in the future, so the test means the same whatever day it runs.
      f = await setUp(dir, 2100, '2100-01-01', out);
    });
    afterAll(() => f.t.close());

    it('imports the edition and its correlation, rejecting bad pairs with their lines, and counts the products to reclassify', async () => {
      expect(out[0]).toMatch(/as HS 2100: 5 valid rows, 0 rejected$/);
      expect(out).toContain('Products to reclassify for HS 2100: 3 (GET /api/v1/admin/hs-reviews)');
      expect(out.find((l) => l.startsWith('Correlation '))).toMatch(/HS 2022 -> HS 2100: 4 pairs, 3 rejected$/);
      expect(out).toEqual(
        expect.arrayContaining([
          '  line 6: from_code 999999 is not a subheading of HS 2022',
          '  line 7: to_code 691299 is not a subheading of HS 2100',
          '  line 8: "69120" is not a 6-digit subheading',
        ]),
      );
      const editions = await f.t.http.get('/api/v1/hs-codes/editions').expect(200);
      expect(editions.body.items).toEqual([
        { edition: 2022, effectiveFrom: '2022-01-01', inForce: true, subheadings: 5612 },
        { edition: 2100, effectiveFrom: '2100-01-01', inForce: false, subheadings: 5 },
      ]);
      // Hirfa's labels follow a code that carries over.
      const rug = await f.t.http.get('/api/v1/hs-codes/570110').query({ edition: 2100 }).expect(200);
      expect(rug.body.labels).toMatchObject({ en: expect.stringContaining('wool rugs') });
      await f.t.http.get('/api/v1/hs-codes/691210').expect(404);
    });

    it('refuses an edition without a date or older than the latest, and keeps what was there', async () => {
      const file = join(dir, 'edition.csv');
      await expect(runHsImport(f.t.db, file, { edition: 2101 }, () => undefined)).rejects.toThrow(
        'say when it enters into force with --effective-from',
      );
      await expect(runHsImport(f.t.db, file, { edition: 2050, effectiveFrom: '2050-01-01' }, () => undefined)).rejects.toThrow(
        'A new edition comes after HS 2100',
      );
      await expect(runHsImport(f.t.db, file, { edition: 2101, effectiveFrom: '2101-02-30' }, () => undefined)).rejects.toThrow(
        'is not a date',
      );
      const [{ n }] = await f.t.db.query('SELECT count(*)::int AS n FROM hs_editions');
      expect(n).toBe(2);
    });

    it('flags the products whose code disappears or splits for their cooperative, with the candidate codes', async () => {
      const res = await f.t.http.get(`/api/v1/cooperatives/${f.coop.id}/hs-reviews`).set(auth(f.artisan)).expect(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items.map((i: { title: string; change: string }) => [i.title, i.change])).toEqual([
        ['Lantern', 'renumbered'],
        ['Soap', 'deleted'],
        ['Tagine', 'split'],
      ]);
      expect(res.body.items[2]).toEqual({
        productId: f.products.tagine.id,
        cooperativeId: f.coop.id,
        cooperativeName: 'Safi potters',
        title: 'Tagine',
        status: 'published',
        hsCode: '6912001000',
        hsEdition: 2022,
        toEdition: 2100,
        effectiveFrom: '2100-01-01',
        inForce: false,
        change: 'split',
        candidates: [
          { code: '691210', description: 'Ceramic tableware; cooking ware such as tagines' },
          { code: '691290', description: 'Ceramic tableware; other' },
        ],
        chosenCode: null,
        chosenAt: null,
      });
      expect(res.body.items[1].candidates).toEqual([]);

      const outsider = await f.make.artisan();
      await f.t.http.get(`/api/v1/cooperatives/${f.coop.id}/hs-reviews`).set(auth(outsider)).expect(403);
      await f.t.http.get('/api/v1/admin/hs-reviews').set(auth(f.artisan)).expect(403);
    });

    it('shows admins the backlog of every cooperative', async () => {
      const other = await f.make.cooperative({ name: 'Fes lamps' });
      await f.make.product(other, { hsCode: '940550', title: { en: 'Fes lantern' } });
      const all = await f.t.http.get('/api/v1/admin/hs-reviews').set(auth(f.admin)).expect(200);
      expect(all.body).toMatchObject({ total: 4, page: 1 });
      const one = await f.t.http.get('/api/v1/admin/hs-reviews').query({ cooperativeId: other.id }).set(auth(f.admin)).expect(200);
      expect(one.body.items.map((i: { title: string }) => i.title)).toEqual(['Fes lantern']);
      const paged = await f.t.http.get('/api/v1/admin/hs-reviews').query({ limit: 3, page: 2 }).set(auth(f.admin)).expect(200);
      expect(paged.body).toMatchObject({ total: 4, page: 2, items: [expect.any(Object)] });
      await f.t.http.get('/api/v1/admin/hs-reviews').query({ state: 'done' }).set(auth(f.admin)).expect(400);
    });

    it('sells under the edition in force until the new one applies', async () => {
      const order = await placeOrder(f.t, f.buyer, [{ productId: f.products.tagine.id, quantity: 1 }]);
      earlyOrderId = order.id;
      expect(order.lines[0]).toMatchObject({ hsCode: '6912001000', hsEdition: 2022 });
      expect(await lineOf(f.t, order.id, f.products.tagine.id)).toEqual({ hsCode: '6912001000', hsEdition: 2022 });
    });

    it("takes the artisan's pick among the candidates, keeping the product's code until the edition is in force", async () => {
      const choose = (productId: string, body: Record<string, unknown>) =>
        f.t.http.post(`/api/v1/products/${productId}/hs-choice`).set(auth(f.artisan)).send(body);
      const notInEdition = await choose(f.products.tagine.id, { edition: 2100, hsCode: '691200' }).expect(422);
      expect(notInEdition.body).toMatchObject({
        code: 'INVALID_HS_CODE',
        message: expect.stringContaining('691200 is not a subheading of HS 2100'),
      });
      const notCandidate = await choose(f.products.tagine.id, { edition: 2100, hsCode: '570110' }).expect(422);
      expect(notCandidate.body.message).toBe("In HS 2100 this product's code 6912001000 becomes one of 691210, 691290");
      const unchanged = await choose(f.products.rug.id, { edition: 2100, hsCode: '570110' }).expect(409);
      expect(unchanged.body.code).toBe('INVALID_STATE');
      await choose(f.products.tagine.id, { edition: 2100, hsCode: '6912.10' }).expect(400);
      const outsider = await f.make.artisan();
      await f.t.http
        .post(`/api/v1/products/${f.products.tagine.id}/hs-choice`)
        .set(auth(outsider))
        .send({ edition: 2100, hsCode: '691210' })
        .expect(403);

      const picked = await choose(f.products.tagine.id, { edition: 2100, hsCode: '6912100010' }).expect(200);
      expect(picked.body).toMatchObject({ productId: f.products.tagine.id, edition: 2100, hsCode: '6912100010', applied: false });
      const stored = await f.t.db.getRepository(Product).findOneByOrFail({ id: f.products.tagine.id });
      expect({ hsCode: stored.hsCode, hsEdition: stored.hsEdition }).toEqual({ hsCode: '6912001000', hsEdition: 2022 });
      // A code gone without a correlation row may take any code of the new edition.
      await choose(f.products.soap.id, { edition: 2100, hsCode: '830629' }).expect(200);

      const open = await f.t.http.get(`/api/v1/cooperatives/${f.coop.id}/hs-reviews`).set(auth(f.artisan)).expect(200);
      expect(open.body.items.map((i: { title: string }) => i.title)).toEqual(['Lantern']);
      const chosen = await f.t.http
        .get(`/api/v1/cooperatives/${f.coop.id}/hs-reviews`)
        .query({ state: 'chosen' })
        .set(auth(f.artisan))
        .expect(200);
      expect(chosen.body.items.map((i: { title: string; chosenCode: string }) => [i.title, i.chosenCode])).toEqual([
        ['Soap', '830629'],
        ['Tagine', '6912100010'],
      ]);
    });

    it("shows the artisan's cooperatives the codes to update with a form each, and admins the backlog, as pages", async () => {
      const { browser, token } = await signedInBrowser(f.t, f.artisan.email);
      const page = await browser.get('/artisan/hs-reviews').expect(200);
      expect(page.text).toContain('Safi potters');
      expect(page.text).toContain('Its code 940550 (HS 2022) is renumbered in HS 2100, in force from 2100-01-01.');
      expect(page.text).toContain('value="940561"');
      expect(page.text).toContain('Chosen: 6912100010');
      const send = (hsCode: string) =>
        browser.post(`/artisan/products/${f.products.lantern.id}/hs-choice`).type('form').send({ _csrf: token, edition: '2100', hsCode });
      await send('691210').expect(422);
      await send('940561').expect(303).expect('location', '/artisan/hs-reviews?saved=1');
      const [choice] = await f.t.db.query('SELECT hs_code FROM product_hs_choices WHERE product_id = $1', [f.products.lantern.id]);
      expect(choice).toEqual({ hs_code: '940561' });
      await browser.get('/admin/hs-reviews').expect(403);

      const admin = await signedInBrowser(f.t, f.admin.email);
      const open = await admin.browser.get('/admin/hs-reviews').expect(200);
      expect(open.text).toContain('Fes lantern');
      expect(open.text).not.toContain('Safi potters');
      const all = await admin.browser.get('/admin/hs-reviews?state=all').expect(200);
      expect(all.text).toContain('6912100010');
      expect(all.text).toContain('4 products');
    });

    it('leaves the lines already sold as they were, and new products still validate against the edition in force', async () => {
      expect(await lineOf(f.t, earlyOrderId, f.products.tagine.id)).toEqual({ hsCode: '6912001000', hsEdition: 2022 });
      const later = await placeOrder(f.t, f.buyer, [{ productId: f.products.tagine.id, quantity: 1 }]);
      expect(await lineOf(f.t, later.id, f.products.tagine.id)).toEqual({ hsCode: '6912001000', hsEdition: 2022 });

      const body = NEW_PRODUCT;
      const refused = await f.t.http
        .post(`/api/v1/cooperatives/${f.coop.id}/products`)
        .set(auth(f.artisan))
        .send({ ...body, hsCode: '691210' })
        .expect(422);
      expect(refused.body.message).toBe('HS code 691210: 691210 is not a subheading of HS 2022, the edition in force');
      const created = await f.t.http
        .post(`/api/v1/cooperatives/${f.coop.id}/products`)
        .set(auth(f.artisan))
        .send({ ...body, hsCode: '691200' })
        .expect(201);
      expect((await f.t.db.getRepository(Product).findOneByOrFail({ id: created.body.id })).hsEdition).toBe(2022);
    });
  });

  describe('a new edition in force', () => {
    let f: Fixture;
    let earlyOrderId: string;
    const auth = (user: User): { Authorization: string } => bearer(tokenFor(f.t.app, user));

    beforeAll(async () => {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      f = await setUp(dir, 2099, '2099-01-01', []);
      // An order is sold before the edition applies; then its date arrives (brought forward to yesterday).
      earlyOrderId = (await placeOrder(f.t, f.buyer, [{ productId: f.products.tagine.id, quantity: 1 }])).id;
      // The soap's code is picked while the edition is still announced.
      const early = await f.t.http
        .post(`/api/v1/products/${f.products.soap.id}/hs-choice`)
        .set(auth(f.artisan))
        .send({ edition: 2099, hsCode: '830629' })
        .expect(200);
      expect(early.body.applied).toBe(false);
      await runHsImport(f.t.db, join(dir, 'edition.csv'), { edition: 2099, effectiveFrom: yesterday }, () => undefined);
    });
    afterAll(() => f.t.close());

    it('validates new products against the new edition', async () => {
      const body = NEW_PRODUCT;
      const refused = await f.t.http
        .post(`/api/v1/cooperatives/${f.coop.id}/products`)
        .set(auth(f.artisan))
        .send({ ...body, hsCode: '691200' })
        .expect(422);
      expect(refused.body.message).toBe('HS code 691200: 691200 is not a subheading of HS 2099, the edition in force');
      const created = await f.t.http
        .post(`/api/v1/cooperatives/${f.coop.id}/products`)
        .set(auth(f.artisan))
        .send({ ...body, hsCode: '691210' })
        .expect(201);
      expect(created.body).toMatchObject({ hsCode: '691210', hsEdition: 2099 });
      expect((await f.t.db.getRepository(Product).findOneByOrFail({ id: created.body.id })).hsEdition).toBe(2099);
      await f.t.http.get('/api/v1/hs-codes/691210').expect(200);
    });

    it('sells a carried-over code and an earlier pick under the new edition, a code gone without a pick under its own', async () => {
      const order = await placeOrder(f.t, f.buyer, [
        { productId: f.products.rug.id, quantity: 1 },
        { productId: f.products.tagine.id, quantity: 1 },
        { productId: f.products.soap.id, quantity: 1 },
      ]);
      expect(await lineOf(f.t, order.id, f.products.rug.id)).toEqual({ hsCode: '570110', hsEdition: 2099 });
      expect(await lineOf(f.t, order.id, f.products.tagine.id)).toEqual({ hsCode: '6912001000', hsEdition: 2022 });
      expect(await lineOf(f.t, order.id, f.products.soap.id)).toEqual({ hsCode: '830629', hsEdition: 2099 });
      const soap = await f.t.db.getRepository(Product).findOneByOrFail({ id: f.products.soap.id });
      expect({ hsCode: soap.hsCode, hsEdition: soap.hsEdition }).toEqual({ hsCode: '340111', hsEdition: 2022 });
    });

    it("applies the artisan's pick to the product at once, and the lines sold before keep their code and edition", async () => {
      const review = await f.t.http.get(`/api/v1/cooperatives/${f.coop.id}/hs-reviews`).set(auth(f.artisan)).expect(200);
      expect(review.body.items.find((i: { title: string }) => i.title === 'Tagine')).toMatchObject({ inForce: true, toEdition: 2099 });
      const picked = await f.t.http
        .post(`/api/v1/products/${f.products.tagine.id}/hs-choice`)
        .set(auth(f.artisan))
        .send({ edition: 2099, hsCode: '691290' })
        .expect(200);
      expect(picked.body).toMatchObject({ hsCode: '691290', applied: true });
      const stored = await f.t.db.getRepository(Product).findOneByOrFail({ id: f.products.tagine.id });
      expect({ hsCode: stored.hsCode, hsEdition: stored.hsEdition, status: stored.status }).toEqual({
        hsCode: '691290',
        hsEdition: 2099,
        status: 'published',
      });
      const after = await f.t.http.get(`/api/v1/cooperatives/${f.coop.id}/hs-reviews`).set(auth(f.artisan)).expect(200);
      expect(after.body.items.map((i: { title: string }) => i.title)).toEqual(['Lantern']);

      const order = await placeOrder(f.t, f.buyer, [{ productId: f.products.tagine.id, quantity: 1 }]);
      expect(await lineOf(f.t, order.id, f.products.tagine.id)).toEqual({ hsCode: '691290', hsEdition: 2099 });
      expect(await lineOf(f.t, earlyOrderId, f.products.tagine.id)).toEqual({ hsCode: '6912001000', hsEdition: 2022 });
      const [audit] = await f.t.db.query(`SELECT action, after FROM audit_log WHERE target_id = $1`, [f.products.tagine.id]);
      expect(audit).toEqual({ action: 'product.hs_reclassify', after: { hsCode: '691290', hsEdition: 2099, applied: true } });
    });
  });
});
