import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { Cooperative } from '../src/cooperatives/cooperative';
import { ImageJobsService } from '../src/media/image-jobs.service';
import { Product } from '../src/products/product';
import { Factories, uniqueIce } from './support/factories';
import { photo } from './support/images';
import { paidOrder, placeOrder } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';
import { hiddenField, signedInBrowser } from './support/web-forms';

describe('Artisan and admin pages (e2e)', () => {
  let t: TestApp;
  let f: Factories;

  const signedIn = (email: string): Promise<{ browser: TestAgent; token: string }> => signedInBrowser(t, email);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factories(t.db);
  });
  afterAll(() => t.close());

  describe('artisans', () => {
    let artisan: Awaited<ReturnType<Factories['artisan']>>;
    let coop: Cooperative;

    beforeAll(async () => {
      artisan = await f.artisan();
      coop = await f.cooperative({ name: 'Coopérative Zellige Fès', branches: ['zellige'] }, artisan);
      await f.product(coop, { status: 'draft', title: { en: 'Zellige fountain', fr: 'Fontaine', ar: 'نافورة' }, hsCode: '690890' });
    });

    it('lists their cooperatives and products, and keeps other roles out', async () => {
      const { browser } = await signedIn(artisan.email);
      const page = await browser.get('/artisan').expect(200);
      expect(page.text).toContain('Coopérative Zellige Fès');
      expect(page.text).toContain('Zellige fountain');
      expect(page.text).toContain('data-status="draft"');
      const buyer = await f.buyer();
      const other = await signedIn(buyer.email);
      const refused = await other.browser.get('/artisan').expect(403);
      expect(refused.text).toContain('Your account cannot open this page.');
      await request(t.app.getHttpServer()).get('/artisan').expect(303).expect('location', '/sign-in?next=%2Fartisan');
    });

    it('suggests HS codes for a title as an HTML fragment', async () => {
      const { browser, token } = await signedIn(artisan.email);
      const fragment = await browser
        .post('/artisan/hs-suggestions')
        .set('X-CSRF-Token', token)
        .type('form')
        .send({ titleEn: 'Hand-knotted wool rug', materials: 'wool' })
        .expect(200);
      expect(fragment.text).toContain('id="hs-suggestions"');
      expect(fragment.text).toContain('value="570110"');
      expect(fragment.text).not.toContain('<html');
      await browser.post('/artisan/hs-suggestions').type('form').send({ titleEn: 'rug' }).expect(403);
    });

    it('creates a draft with a suggested code, shows errors on the form, and submits it for review', async () => {
      const { browser, token } = await signedIn(artisan.email);
      const form = await browser.get(`/artisan/cooperatives/${coop.id}/products/new`).expect(200);
      expect(form.text).toContain('hx-post="/artisan/hs-suggestions"');
      const fields = {
        _csrf: token,
        titleEn: 'Glazed ceramic tagine',
        titleFr: '',
        titleAr: 'طاجين',
        descriptionEn: 'Glazed clay',
        branch: 'pottery',
        hsCode: '691200',
        hsCodeOther: '',
        price: '450',
        stock: '5',
        weightGrams: '2500',
        materials: 'clay, glaze',
        madeBy: 'Youssef',
      };
      const invalid = await browser
        .post(`/artisan/cooperatives/${coop.id}/products`)
        .type('form')
        .send({ ...fields, price: 'cheap', hsCodeOther: '999999' })
        .expect(422);
      expect(invalid.text).toContain('aria-invalid="true"');
      expect(invalid.text).toContain('value="cheap"');

      await browser
        .post(`/artisan/cooperatives/${coop.id}/products`)
        .type('form')
        .send(fields)
        .expect(303)
        .expect('location', '/artisan?created=1');
      const product = await t.db.getRepository(Product).findOneByOrFail({ cooperativeId: coop.id, hsCode: '691200' });
      expect(product).toMatchObject({ status: 'draft', priceMinor: 45000, stock: 5, materials: ['clay', 'glaze'], madeBy: 'Youssef' });

      await f.readyPhoto(product);
      await browser.post(`/artisan/products/${product.id}/submit`).type('form').send({ _csrf: token }).expect(303);
      expect((await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).status).toBe('pending_review');
    });

    it('uploads photos with the plain form (no script), orders, describes and deletes them; the product page shows them', async () => {
      const product = await f.product(coop, { title: { en: 'Safi plate', fr: 'Assiette de Safi', ar: 'صحن آسفي' } });
      const { browser, token } = await signedIn(artisan.email);
      const edit = await browser.get(`/artisan/products/${product.id}/edit`).expect(200);
      expect(edit.text).toContain('enctype="multipart/form-data"');
      expect(edit.text).toContain('type="file" name="files" accept="image/*" multiple');
      await browser
        .post(`/artisan/products/${product.id}/images`)
        .attach('files', await photo('jpeg', 900, 600), 'plate.jpg')
        .expect(403);
      // Signed out: sent to sign in before any file is read.
      await request(t.app.getHttpServer())
        .post(`/artisan/products/${product.id}/images`)
        .attach('files', await photo('jpeg', 900, 600), 'plate.jpg')
        .expect(303);
      await browser
        .post(`/artisan/products/${product.id}/images`)
        .field('_csrf', token)
        .attach('files', await photo('jpeg', 900, 600), 'plate.jpg')
        .attach('files', await photo('png', 500, 500), 'detail.png')
        .expect(303)
        .expect('location', `/artisan/products/${product.id}/edit?photos=1#photos`);
      const notAPhoto = await browser
        .post(`/artisan/products/${product.id}/images`)
        .field('_csrf', token)
        .attach('files', Buffer.from('hello'), 'x.jpg')
        .expect(415);
      expect(notAPhoto.text).toContain('This photo could not be added.');
      expect(notAPhoto.text).toContain('x.jpg — This file is not a photo that can be read here.');
      const tooLarge = await browser
        .post(`/artisan/products/${product.id}/images`)
        .set('Cookie', 'hirfa_lang=fr')
        .field('_csrf', token)
        .attach('files', Buffer.alloc(15 * 1024 * 1024 + 1), 'grand.jpg')
        .expect(413);
      expect(tooLarge.text).toContain('Cette photo n’a pas pu être ajoutée.');
      expect(tooLarge.text).toContain('Une photo peut faire au plus 15 Mo et 50 mégapixels.');
      await t.app.get(ImageJobsService).drain();
      const [first, second] = (await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).images;
      expect((await browser.get(`/artisan/products/${product.id}/edit`).expect(200)).text.match(/data-status="ready"/g)).toHaveLength(2);

      await browser
        .post(`/artisan/products/${product.id}/images/order`)
        .type('form')
        .send(`_csrf=${encodeURIComponent(token)}&imageIds=${second.id}&imageIds=${first.id}`)
        .expect(303);
      await browser
        .post(`/artisan/products/${product.id}/images/${second.id}/alt`)
        .type('form')
        .send({ _csrf: token, alt_en: 'Blue plate from above', alt_ar: 'صحن أزرق' })
        .expect(303);
      await browser.post(`/artisan/products/${product.id}/images/${first.id}/delete`).type('form').send({ _csrf: token }).expect(303);
      const images = (await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).images;
      expect(images.map((i) => [i.id, i.alt])).toEqual([[second.id, { en: 'Blue plate from above', ar: 'صحن أزرق' }]]);

      const page = (await t.http.get(`/products/${product.id}`).expect(200)).text;
      expect(page).toContain(`srcset="/media/${second.variants[0].key} 320w`);
      expect(page).toContain('width="500" height="500" alt="Blue plate from above"');
      expect(page).toContain('style="background-image: url(data:image/webp;base64,');
      const arabic = (await t.http.get(`/products/${product.id}`).set('Cookie', 'hirfa_lang=ar').expect(200)).text;
      expect(arabic).toContain('alt="صحن أزرق"');
    });

    it('edits a product from a form filled with its values', async () => {
      const product = await f.product(coop, {
        status: 'draft',
        title: { en: 'Zellige table', fr: 'Table', ar: 'طاولة' },
        hsCode: '691200',
        priceMinor: 120050,
      });
      const { browser, token } = await signedIn(artisan.email);
      const form = await browser.get(`/artisan/products/${product.id}/edit`).expect(200);
      expect(form.text).toContain(`action="/artisan/products/${product.id}"`);
      expect(form.text).toContain('name="titleEn" value="Zellige table"');
      expect(form.text).toContain('id="p-price" name="price" value="1200.50"');
      await browser
        .post(`/artisan/products/${product.id}`)
        .type('form')
        .send({
          _csrf: token,
          titleEn: 'Zellige mosaic table',
          titleFr: 'Table en zellige',
          titleAr: '',
          descriptionEn: 'Mosaic top',
          branch: 'zellige',
          hsCode: '',
          hsCodeOther: '691200',
          price: '1300',
          stock: '2',
          stockLoaded: hiddenField(form.text, 'stockLoaded'),
          weightGrams: '15000',
          materials: 'clay, iron',
          madeBy: '',
        })
        .expect(303)
        .expect('location', '/artisan?saved=1');
      expect(await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).toMatchObject({
        title: { en: 'Zellige mosaic table', fr: 'Table en zellige' },
        priceMinor: 130000,
        branch: 'zellige',
      });
      const stranger = await f.product(await f.cooperative(), { title: { en: 'Not mine', fr: 'x', ar: 'x' } });
      await browser.get(`/artisan/products/${stranger.id}/edit`).expect(404);
    });

    it('sets the stock of a product', async () => {
      const product = await f.product(coop, { stock: 4 });
      const { browser, token } = await signedIn(artisan.email);
      await browser
        .post(`/artisan/products/${product.id}/stock`)
        .type('form')
        .send({ _csrf: token, stock: '-1', stockLoaded: '4' })
        .expect(400);
      await browser
        .post(`/artisan/products/${product.id}/stock`)
        .type('form')
        .send({ _csrf: token, stock: '17', stockLoaded: '4' })
        .expect(303);
      expect((await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).stock).toBe(17);
      expect((await browser.get('/artisan').expect(200)).text).toContain(
        `id="stock-${product.id}" name="stock" type="number" min="0" max="1000000" value="17"`,
      );
    });

    it('explains on the page why an incomplete product cannot be submitted', async () => {
      const draft = await f.product(coop, { status: 'draft', description: {}, title: { en: 'Unfinished lamp', fr: 'Lampe', ar: 'مصباح' } });
      const { browser, token } = await signedIn(artisan.email);
      const res = await browser.post(`/artisan/products/${draft.id}/submit`).type('form').send({ _csrf: token }).expect(422);
      expect(res.text).toContain('The product is incomplete: it needs an English description');
      expect(res.text).toContain('Unfinished lamp');
    });

    it("lists the cooperative's orders and marks a paid one shipped, then delivered", async () => {
      const buyer = await f.buyer();
      const admin = await f.admin();
      const product = await f.product(coop, { title: { en: 'Zellige tile set', fr: 'Zellige', ar: 'زليج' }, hsCode: '690790' });
      const placed = await paidOrder(t, buyer, admin, [{ productId: product.id, quantity: 2 }], 'WIRE-1');
      const partId = placed.cooperativeOrders[0].id as string;

      const { browser, token } = await signedIn(artisan.email);
      const page = await browser.get(`/artisan/cooperatives/${coop.id}/orders`).expect(200);
      expect(page.text).toContain(placed.number);
      expect(page.text).toContain('2 × Zellige tile set');
      expect(page.text).toContain('data-status="paid"');

      await browser
        .post(`/artisan/cooperative-orders/${partId}/ship`)
        .type('form')
        .send({ _csrf: token, cooperativeId: coop.id, carrier: '' })
        .expect(400);
      await browser
        .post(`/artisan/cooperative-orders/${partId}/ship`)
        .type('form')
        .send({ _csrf: token, cooperativeId: coop.id, carrier: 'Amana EMS', trackingNumber: 'EE123456789MA' })
        .expect(303)
        .expect('location', `/artisan/cooperatives/${coop.id}/orders`);
      const shipped = await browser.get(`/artisan/cooperatives/${coop.id}/orders`).expect(200);
      expect(shipped.text).toContain('EE123456789MA');
      // The paid order credited the cooperative's payout ledger: the balance is shown next to the orders.
      const [{ balance }] = await t.db.query(`SELECT sum(amount_mad_minor)::int AS balance FROM ledger_entries WHERE cooperative_id = $1`, [
        coop.id,
      ]);
      expect(balance).toBeGreaterThan(0);
      expect(shipped.text).toMatch(/data-testid="payout-balance">Balance owed to the cooperative: MAD[\s\u00a0]/);
      expect(shipped.text).toContain('<td>Commission</td>');
      await browser
        .post(`/artisan/cooperative-orders/${partId}/deliver`)
        .type('form')
        .send({ _csrf: token, cooperativeId: coop.id })
        .expect(303);
      const [order] = await t.db.query(`SELECT status FROM orders WHERE id = $1`, [placed.id]);
      expect(order.status).toBe('completed');
    });

    it("links the payout statement as CSV for a period, the same as the API's", async () => {
      const admin = await f.admin();
      await t.db.query(
        `INSERT INTO ledger_entries (cooperative_id, kind, amount_mad_minor, reference, created_at)
         VALUES ($1, 'payout', -500, 'VIR-OCT', '2026-10-10T10:00:00Z'), ($1, 'payout', -700, 'VIR-NOV', '2026-11-10T10:00:00Z')`,
        [coop.id],
      );
      const { browser } = await signedIn(artisan.email);
      const page = await browser.get(`/artisan/cooperatives/${coop.id}/orders`).expect(200);
      expect(page.text).toContain(`action="/artisan/cooperatives/${coop.id}/payouts.csv"`);
      expect(page.text).toContain('Download the statement (CSV)');

      const csv = await browser
        .get(`/artisan/cooperatives/${coop.id}/payouts.csv`)
        .query({ from: '2026-10-01', to: '2026-10-31' })
        .expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="payouts-2026-10-01-2026-10-31.csv"');
      expect(csv.text).toContain(',VIR-OCT,');
      expect(csv.text).not.toContain('VIR-NOV');
      const api = await t.http
        .get(`/api/v1/cooperatives/${coop.id}/payouts`)
        .query({ from: '2026-10-01', to: '2026-10-31', format: 'csv' })
        .set(bearer(tokenFor(t.app, admin)))
        .expect(200);
      expect(csv.text).toBe(api.text);
      // Empty date fields: the whole history.
      const all = await browser.get(`/artisan/cooperatives/${coop.id}/payouts.csv?from=&to=`).expect(200);
      expect(all.text).toContain('VIR-NOV');
      await browser.get(`/artisan/cooperatives/${coop.id}/payouts.csv`).query({ from: '2026-13-01' }).expect(400);
      const outsider = await signedIn((await f.artisan()).email);
      await outsider.browser.get(`/artisan/cooperatives/${coop.id}/payouts.csv`).expect(404);
    });

    it('links each paid part to its commercial invoice PDF, for the buyer and the cooperative only', async () => {
      const buyer = await f.buyer();
      const admin = await f.admin();
      const product = await f.product(coop, { title: { en: 'Zellige mirror', fr: 'Miroir', ar: 'مرآة' }, hsCode: '690790' });
      const paid = await paidOrder(t, buyer, admin, [{ productId: product.id, quantity: 1 }], 'WIRE-INV');
      const unpaid = await placeOrder(t, buyer, [{ productId: product.id, quantity: 1 }]);
      const partId = paid.cooperativeOrders[0].id as string;
      const href = `/cooperative-orders/${partId}/commercial-invoice.pdf`;

      const { browser } = await signedIn(buyer.email);
      const page = await browser.get(`/orders/${paid.id}`).expect(200);
      expect(page.text).toContain(`href="${href}"`);
      expect(page.text).toContain(`aria-label="Download the commercial invoice for order ${paid.number}"`);
      expect((await browser.get(`/orders/${unpaid.id}`).expect(200)).text).not.toContain('data-testid="invoice-link"');

      const pdf = await browser.get(href).responseType('blob').expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="commercial-invoice-.+\.pdf"$/);
      expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const artisanSession = await signedIn(artisan.email);
      const fulfil = await artisanSession.browser.get(`/artisan/cooperatives/${coop.id}/orders`).expect(200);
      expect(fulfil.text).toContain(`href="${href}"`);
      await artisanSession.browser.get(href).expect(200).expect('content-type', 'application/pdf');

      // Someone else's part reads as missing, like the API, so its existence is not revealed.
      const stranger = await signedIn((await f.buyer()).email);
      const refused = await stranger.browser.get(href).expect(404);
      expect(refused.headers['content-type']).toMatch(/^text\/html/);
      await stranger.browser.get(`/cooperative-orders/${unpaid.cooperativeOrders[0].id}/commercial-invoice.pdf`).expect(404);
      await browser.get(`/cooperative-orders/${unpaid.cooperativeOrders[0].id}/commercial-invoice.pdf`).expect(409);
      await request(t.app.getHttpServer())
        .get(href)
        .expect(303)
        .expect('location', `/sign-in?next=${encodeURIComponent(href)}`);
    });

    it('applies for a new cooperative, with errors shown on the form', async () => {
      const applicant = await f.artisan();
      const { browser, token } = await signedIn(applicant.email);
      await browser.get('/artisan/cooperatives/new').expect(200);
      const fields = {
        _csrf: token,
        name: 'Coopérative Argan Aït Baha',
        ice: uniqueIce(),
        region: 'MA-09',
        city: 'Aït Baha',
        address: '',
        branches: ['cosmetics', 'other'],
        descriptionEn: 'Women pressing argan oil',
        descriptionFr: '',
        descriptionAr: 'نساء يعصرن زيت الأركان',
        foundedYear: '2004',
        membersTotal: '30',
        membersWomen: '40',
        membersYouth: '',
        membersRural: '25',
        contactEmail: 'Contact@Argan.example',
        phone: '',
      };
      const invalid = await browser
        .post('/artisan/cooperatives')
        .type('form')
        .send({ ...fields, ice: '123' })
        .expect(422);
      expect(invalid.text).toContain('id="ae-ice"');
      expect(invalid.text).toContain('value="Coopérative Argan Aït Baha"');
      const counts = await browser.post('/artisan/cooperatives').type('form').send(fields).expect(422);
      expect(counts.text).toContain('id="ae-membersWomen"');

      await browser
        .post('/artisan/cooperatives')
        .type('form')
        .send({ ...fields, membersWomen: '22' })
        .expect(303)
        .expect('location', '/artisan?applied=1');
      const created = await t.db.getRepository(Cooperative).findOneByOrFail({ ice: fields.ice });
      expect(created).toMatchObject({
        status: 'pending',
        branches: ['cosmetics', 'other'],
        membersWomen: 22,
        contactEmail: 'contact@argan.example',
      });
      const dashboard = await browser.get('/artisan?applied=1').expect(200);
      expect(dashboard.text).toContain('Application sent');
      expect(dashboard.text).toContain('Coopérative Argan Aït Baha');
    });

    it('does not let an artisan add products to another cooperative', async () => {
      const stranger = await f.cooperative();
      const { browser, token } = await signedIn(artisan.email);
      await browser.get(`/artisan/cooperatives/${stranger.id}/products/new`).expect(404);
      await browser.post(`/artisan/cooperatives/${stranger.id}/products`).type('form').send({ _csrf: token, titleEn: 'x' }).expect(404);
    });
  });

  describe('admins', () => {
    it('approves and rejects pending cooperatives', async () => {
      const admin = await f.admin();
      const first = await f.cooperative({ name: 'Coopérative Argan Tiznit', status: 'pending' });
      const second = await f.cooperative({ name: 'Coopérative Doubtful', status: 'pending' });
      const { browser, token } = await signedIn(admin.email);
      const page = await browser.get('/admin/cooperatives').expect(200);
      expect(page.text).toContain('Coopérative Argan Tiznit');
      expect(page.text).toContain('Coopérative Doubtful');

      await browser.post(`/admin/cooperatives/${first.id}/decision`).type('form').send({ _csrf: token, decision: 'approve' }).expect(303);
      await browser.post(`/admin/cooperatives/${second.id}/decision`).type('form').send({ _csrf: token, decision: 'reject' }).expect(400);
      await browser
        .post(`/admin/cooperatives/${second.id}/decision`)
        .type('form')
        .send({ _csrf: token, decision: 'reject', reason: 'ICE does not match the registry' })
        .expect(303);
      const rows = await t.db.getRepository(Cooperative).findBy([{ id: first.id }, { id: second.id }]);
      expect(Object.fromEntries(rows.map((c) => [c.name, [c.status, c.statusReason]]))).toEqual({
        'Coopérative Argan Tiznit': ['approved', null],
        'Coopérative Doubtful': ['rejected', 'ICE does not match the registry'],
      });
      const after = await browser.get('/admin/cooperatives').expect(200);
      expect(after.text).not.toContain('aria-label="Approve: Coopérative Argan Tiznit"');
      // An approved cooperative cannot be approved again: the state machine answers 409.
      await browser.post(`/admin/cooperatives/${first.id}/decision`).type('form').send({ _csrf: token, decision: 'approve' }).expect(409);

      // Approved cooperatives can be suspended with a reason, then reinstated.
      expect(after.text).toContain(`aria-label="Suspend: Coopérative Argan Tiznit"`);
      await browser.post(`/admin/cooperatives/${first.id}/decision`).type('form').send({ _csrf: token, decision: 'suspend' }).expect(400);
      await browser
        .post(`/admin/cooperatives/${first.id}/decision`)
        .type('form')
        .send({ _csrf: token, decision: 'suspend', reason: 'Customs inquiry' })
        .expect(303);
      const suspended = await browser.get('/admin/cooperatives').expect(200);
      expect(suspended.text).toContain('Customs inquiry');
      expect(suspended.text).toContain(`aria-label="Reinstate: Coopérative Argan Tiznit"`);
      await browser.post(`/admin/cooperatives/${first.id}/decision`).type('form').send({ _csrf: token, decision: 'reinstate' }).expect(303);
      expect((await t.db.getRepository(Cooperative).findOneByOrFail({ id: first.id })).status).toBe('approved');
      await browser.post(`/admin/cooperatives/${first.id}/decision`).type('form').send({ _csrf: token, decision: 'delete' }).expect(400);
    });

    it('shows the export report as a table and a chart, with the impact summary', async () => {
      const admin = await f.admin();
      const buyer = await f.buyer();
      const coop = await f.cooperative({ name: 'Coopérative Report Safi', region: 'MA-07' });
      const product = await f.product(coop, { title: { en: 'Safi vase', fr: 'Vase', ar: 'مزهرية' }, hsCode: '691390' });
      await paidOrder(t, buyer, admin, [{ productId: product.id, quantity: 1 }], 'WIRE-REPORT');
      const today = new Date().toISOString().slice(0, 10);

      const { browser } = await signedIn(admin.email);
      expect((await browser.get('/admin/cooperatives').expect(200)).text).toContain('<a href="/admin/reports">Reports</a>');
      const page = await browser.get(`/admin/reports?from=2000-01-01&to=${today}&groupBy=cooperative&currency=MAD`).expect(200);
      expect(page.text).toContain('<option value="cooperative" selected>Cooperative</option>');
      expect(page.text).toMatch(
        /<tr><th scope="row">Coopérative Report Safi<\/th><td dir="ltr">MAD[\s\u00a0][\d,.]+<\/td><td>1<\/td><td dir="ltr">[\d.]+%<\/td><td dir="ltr">—<\/td><\/tr>/,
      );
      expect(page.text).toContain('<canvas id="export-chart" role="img"');
      expect(page.text).toContain('&quot;Coopérative Report Safi&quot;');
      expect(page.text).toContain('<script src="/assets/chart.umd.min.js" defer></script>');
      expect(page.text).toContain('data-testid="impact-total"');
      expect(page.text).toMatch(/<th scope="row">Marrakech-Safi<\/th><td>\d+<\/td>/);
      const chartJs = await browser.get('/assets/chart.umd.min.js').expect(200);
      expect(chartJs.headers['content-type']).toMatch(/^text\/javascript/);
      await browser.get('/assets/export-chart.js').expect(200);

      const arabic = await browser.get(`/admin/reports?from=2000-01-01&to=${today}`).set('Cookie', 'hirfa_lang=ar').expect(200);
      expect(arabic.text).toContain('dir="rtl"');
      expect(arabic.text).toContain('تقرير الصادرات والأثر');
      expect(arabic.text).toContain('&quot;rtl&quot;:true');

      await browser.get('/admin/reports?groupBy=colour').expect(400);
      await browser.get(`/admin/reports?from=${today}&to=2000-01-01`).expect(400);
      const buyerSession = await signedIn(buyer.email);
      await buyerSession.browser.get('/admin/reports').expect(403);
      await request(t.app.getHttpServer()).get('/admin/reports').expect(303).expect('location', '/sign-in?next=%2Fadmin%2Freports');
    });

    it('lists country risk classes and updates one, audited', async () => {
      const admin = await f.admin();
      const { browser, token } = await signedIn(admin.email);
      const page = await browser.get('/admin/country-risks').expect(200);
      expect(page.text).toContain('<a href="/admin/country-risks">Country risks</a>');
      expect(page.text).toMatch(
        /<tr data-iso2="US"><th scope="row">United States <span dir="ltr">\(US\)<\/span><\/th><td>Not classified \(high income\)<\/td><td>0<\/td><td>\d{4}-\d{2}-\d{2}<\/td><\/tr>/,
      );
      expect(page.text).toContain('<label for="risk-class">Risk class</label>');

      await browser.post('/admin/country-risks').type('form').send({ iso2: 'TR', riskClass: '6', asOf: '2026-06-26' }).expect(403);
      await browser
        .post('/admin/country-risks')
        .type('form')
        .send({ _csrf: token, iso2: 'TR', riskClass: '9', asOf: '2026-06-26' })
        .expect(400);
      await browser
        .post('/admin/country-risks')
        .type('form')
        .send({ _csrf: token, iso2: 'XX', riskClass: '6', asOf: '2026-06-26' })
        .expect(400);
      await browser
        .post('/admin/country-risks')
        .type('form')
        .send({ _csrf: token, iso2: 'tr', riskClass: '6', asOf: '2026-06-26' })
        .expect(303)
        .expect('location', '/admin/country-risks?saved=TR');
      const saved = await browser.get('/admin/country-risks?saved=TR').expect(200);
      expect(saved.text).toContain('Class saved for Türkiye.');
      expect(saved.text).toContain(
        '<tr data-iso2="TR"><th scope="row">Türkiye <span dir="ltr">(TR)</span></th><td>6</td><td>6</td><td>2026-06-26</td></tr>',
      );
      const [entry] = await t.db.query(
        `SELECT action, actor_id, after FROM audit_log WHERE target_type = 'country_risk' AND target_id = 'TR'`,
      );
      expect(entry).toMatchObject({
        action: 'country_risk.put',
        actor_id: admin.id,
        after: { iso2: 'TR', riskClass: 6, asOf: '2026-06-26' },
      });

      // The empty choice is "not classified", stored as null and priced as class 0.
      await browser
        .post('/admin/country-risks')
        .type('form')
        .send({ _csrf: token, iso2: 'TR', riskClass: '', asOf: '2026-07-01' })
        .expect(303);
      const unclassified = await browser.get('/admin/country-risks').expect(200);
      expect(unclassified.text).toContain(
        '<tr data-iso2="TR"><th scope="row">Türkiye <span dir="ltr">(TR)</span></th><td>Not classified (high income)</td><td>0</td><td>2026-07-01</td></tr>',
      );

      const arabic = await browser.get('/admin/country-risks').set('Cookie', 'hirfa_lang=ar').expect(200);
      expect(arabic.text).toContain('فئات مخاطر البلدان');
      const buyer = await signedIn((await f.buyer()).email);
      await buyer.browser.get('/admin/country-risks').expect(403);
      await buyer.browser
        .post('/admin/country-risks')
        .type('form')
        .send({ _csrf: buyer.token, iso2: 'TR', riskClass: '1', asOf: '2026-06-26' })
        .expect(403);
    });

    it('sets an exchange rate and reads the audit log', async () => {
      const admin = await f.admin();
      const { browser, token } = await signedIn(admin.email);
      await browser.get('/admin/exchange-rates').expect(200);
      await browser
        .post('/admin/exchange-rates')
        .type('form')
        .send({ _csrf: token, currency: 'GBP', madPerUnit: 'twelve', asOf: '2026-11-29' })
        .expect(400);
      await browser
        .post('/admin/exchange-rates')
        .type('form')
        .send({ _csrf: token, currency: 'GBP', madPerUnit: '12.70', asOf: '2026-11-29' })
        .expect(303)
        .expect('location', '/admin/exchange-rates?saved=1');
      const rates = await browser.get('/admin/exchange-rates?saved=1').expect(200);
      expect(rates.text).toMatch(/<td>GBP<\/td><td dir="ltr">12\.7<\/td>/);
      const audit = await browser.get('/admin/audit-log').expect(200);
      expect(audit.text).toContain('exchange_rate.put');
      expect(audit.text).toContain(admin.id);
      // Prices can now be shown in pounds.
      expect((await browser.get('/').expect(200)).text).toContain('<option value="GBP"');
    });

    it('publishes or rejects products awaiting review', async () => {
      const admin = await f.admin();
      const coop = await f.cooperative();
      const good = await f.readyPhoto(
        await f.product(coop, { status: 'pending_review', title: { en: 'Brass lantern', fr: 'Lanterne', ar: 'فانوس' } }),
      );
      const bad = await f.product(coop, { status: 'pending_review', title: { en: 'Blurry bowl', fr: 'Bol', ar: 'زبدية' } });
      const { browser, token } = await signedIn(admin.email);
      const page = await browser.get('/admin/products').expect(200);
      expect(page.text).toContain('Brass lantern');
      expect(page.text).toContain('Blurry bowl');
      // Moderators see the photos themselves.
      expect(page.text).toContain(`src="/media/${good.images[0].variants[0].key}"`);
      await browser.post(`/admin/products/${good.id}/decision`).type('form').send({ _csrf: token, decision: 'approve' }).expect(303);
      await browser
        .post(`/admin/products/${bad.id}/decision`)
        .type('form')
        .send({ _csrf: token, decision: 'reject', reason: 'Photos are blurry' })
        .expect(303);
      const rows = await t.db.getRepository(Product).findBy([{ id: good.id }, { id: bad.id }]);
      expect(Object.fromEntries(rows.map((p) => [p.title.en, p.status]))).toEqual({
        'Brass lantern': 'published',
        'Blurry bowl': 'rejected',
      });
      await request(t.app.getHttpServer()).get(`/products/${good.id}`).expect(200);
    });
  });
});
