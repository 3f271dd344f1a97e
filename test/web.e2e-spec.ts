import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { Factories, TEST_PASSWORD } from './support/factories';
import { placeOrder } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';
import { csrfToken, hiddenField, setCookie } from './support/web-forms';

describe('Storefront pages (e2e)', () => {
  let t: TestApp;
  let f: Factories;
  let potters: Cooperative;
  let weavers: Cooperative;
  let tagine: Product;
  let rug: Product;

  const agent = (): TestAgent => request.agent(t.app.getHttpServer());

  /** An agent that has loaded a page, so it holds the CSRF cookie, and that page's token. */
  async function withToken(path = '/'): Promise<{ browser: TestAgent; token: string }> {
    const browser = agent();
    const page = await browser.get(path).expect(200);
    return { browser, token: csrfToken(page.text) };
  }

  async function signedIn(email: string): Promise<{ browser: TestAgent; token: string }> {
    const { browser, token } = await withToken('/sign-in');
    await browser.post('/sign-in').type('form').send({ _csrf: token, email, password: TEST_PASSWORD, next: '/' }).expect(303);
    const page = await browser.get('/').expect(200);
    return { browser, token: csrfToken(page.text) };
  }

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factories(t.db);
    await t.db.query(
      `INSERT INTO exchange_rates (currency, mad_per_unit, as_of) VALUES ('EUR', '10.00', '2026-11-01'), ('USD', '9.50', '2026-11-01')`,
    );
    potters = await f.cooperative({ name: 'Coopérative Fakhar Safi', region: 'MA-07', city: 'Safi', branches: ['pottery'] });
    weavers = await f.cooperative({
      name: 'Coopérative Tifawin',
      region: 'MA-08',
      city: 'Ouarzazate',
      branches: ['carpets'],
      description: { en: 'Weavers of the Atlas', fr: 'Tisserandes de l’Atlas', ar: 'نساجات الأطلس' },
    });
    tagine = await f.product(potters, { madeBy: 'Youssef', hsCode: '691200', priceMinor: 45000 });
    rug = await f.product(weavers, {
      title: { en: 'Hand-knotted Beni Ouarain rug', fr: 'Tapis Beni Ouarain noué main', ar: 'زربية بني ورين معقودة يدويا' },
      description: { en: 'Wool rug knotted by hand' },
      branch: 'carpets',
      hsCode: '570110',
      priceMinor: 320000,
      materials: ['wool'],
      madeBy: 'Fatima',
    });
    rug = await f.readyPhoto(rug);
  });
  afterAll(() => t.close());

  describe('pages', () => {
    it('serves the home page in English by default, with cooperatives, branches and new products', async () => {
      const res = await agent()
        .get('/')
        .expect(200)
        .expect('content-type', /text\/html/);
      expect(res.text).toContain('<html lang="en" dir="ltr">');
      expect(res.text).toContain('Coopérative Tifawin');
      expect(res.text).toContain('Weavers of the Atlas');
      expect(res.text).toContain('href="/products?branch=zellige"');
      expect(res.text).toContain('Glazed clay tagine');
      // Prices in euros by default (450.00 MAD at 10 MAD per euro).
      expect(res.text).toContain('€45.00');
    });

    it('picks the language from Accept-Language and renders Arabic right to left', async () => {
      const ar = await agent().get('/products').set('Accept-Language', 'ar-MA,ar;q=0.9,fr;q=0.5').expect(200);
      expect(ar.text).toContain('<html lang="ar" dir="rtl">');
      expect(ar.text).toContain('زربية بني ورين معقودة يدويا');
      expect(ar.text).toContain('درعة تافيلالت');
      const fr = await agent().get('/products').set('Accept-Language', 'fr-CA,fr;q=0.9').expect(200);
      expect(fr.text).toContain('<html lang="fr" dir="ltr">');
      expect(fr.text).toContain('Tapis Beni Ouarain noué main');
    });

    it("answers an unknown page with the 404 page in the visitor's language, and an unknown API path with the API's error", async () => {
      const page = await agent().get('/no-such-page').set('Accept-Language', 'fr').expect(404);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<html lang="fr" dir="ltr">');
      expect(page.text).toContain('Cette page n’existe pas.');
      const api = await agent().get('/api/v1/no-such-thing').expect(404);
      expect(api.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'No route for GET /api/v1/no-such-thing' });
      expect(api.headers['set-cookie']).toBeUndefined();
      const health = await agent().get('/health').expect(200);
      expect(health.headers['set-cookie']).toBeUndefined();
    });

    it('remembers the language and currency chosen with the switcher', async () => {
      const { browser, token } = await withToken('/products');
      const res = await browser
        .post('/preferences')
        .type('form')
        .send({ _csrf: token, lang: 'ar', currency: 'USD', next: '/products?q=rug' })
        .expect(303);
      expect(res.headers.location).toBe('/products?q=rug');
      expect(setCookie(res.headers, 'hirfa_lang')).toMatch(/HttpOnly; SameSite=Lax/);
      const page = await browser.get('/products').set('Accept-Language', 'en').expect(200);
      expect(page.text).toContain('<html lang="ar" dir="rtl">');
      expect(page.text).toContain('<option value="USD" selected>');
    });

    it('never follows a "next" that leaves the site', async () => {
      const { browser, token } = await withToken();
      const res = await browser.post('/preferences').type('form').send({ _csrf: token, lang: 'fr', next: '//evil.example/' }).expect(303);
      expect(res.headers.location).toBe('/');
    });

    it('searches the catalog and filters by branch, region and price in the display currency', async () => {
      const search = await agent().get('/products?q=rug').expect(200);
      expect(search.text).toContain(`href="/products/${rug.id}"`);
      expect(search.text).not.toContain(`href="/products/${tagine.id}"`);
      const branch = await agent().get('/products?branch=pottery&region=&minPrice=&maxPrice=').expect(200);
      expect(branch.text).toContain(`href="/products/${tagine.id}"`);
      expect(branch.text).not.toContain(`href="/products/${rug.id}"`);
      const region = await agent().get('/products?region=MA-08').expect(200);
      expect(region.text).toContain(`href="/products/${rug.id}"`);
      expect(region.text).not.toContain(`href="/products/${tagine.id}"`);
      // 45 € and 320 € in euros: a maximum of 100 € keeps the tagine only.
      const price = await agent().get('/products?maxPrice=100').expect(200);
      expect(price.text).toContain(`href="/products/${tagine.id}"`);
      expect(price.text).not.toContain(`href="/products/${rug.id}"`);
    });

    it('pages through the catalog with cursors', async () => {
      const coop = await f.cooperative({ branches: ['basketry'] });
      for (let i = 0; i < 26; i++)
        await f.product(coop, { branch: 'basketry', title: { en: `Palm basket ${i}`, fr: `Panier ${i}`, ar: `سلة ${i}` } });
      const first = await agent().get('/products?branch=basketry').expect(200);
      const next = /rel="next" href="([^"]+)"/.exec(first.text)![1].replace(/&amp;/g, '&');
      expect(next).toContain('cursor=');
      const second = await agent().get(next).expect(200);
      const ids = (html: string): string[] => [...html.matchAll(/href="\/products\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
      expect(ids(first.text)).toHaveLength(24);
      expect(ids(second.text)).toHaveLength(2);
      expect(ids(second.text).filter((id) => ids(first.text).includes(id))).toEqual([]);
    });

    it('selects the order the page is in, with no empty choice, and falls back to newest once the search is cleared', async () => {
      const selected = (html: string): string[] => [...html.matchAll(/<option value="(\w+)" selected>/g)].map((m) => m[1]);
      const sortOptions = (html: string): string[] =>
        [
          ...html
            .split('id="sort"')[1]
            .split('</select>')[0]
            .matchAll(/value="(\w*)"/g),
        ].map((m) => m[1]);
      const plain = await agent().get('/products').expect(200);
      expect(sortOptions(plain.text)).toEqual(['relevance', 'price_asc', 'price_desc', 'newest']);
      expect(selected(plain.text)).toContain('newest');
      expect(plain.text).toMatch(/data-testid="result-count">Products(: \d+<| on this page: 24, more on the next<)/);
      expect(selected((await agent().get('/products?q=rug').expect(200)).text)).toContain('relevance');
      // A relevance sort kept in the form after its search words were erased.
      const cleared = await agent().get('/products?q=&sort=relevance').expect(200);
      expect(selected(cleared.text)).toContain('newest');
    });

    it('shows a product with its photos, cooperative, region, HS code and maker', async () => {
      const res = await agent().get(`/products/${rug.id}`).expect(200);
      expect(res.text).toContain('<h1>Hand-knotted Beni Ouarain rug</h1>');
      expect(res.text).toContain('alt="Photo 1 of Hand-knotted Beni Ouarain rug"');
      // Sized (no layout shift), with its derivatives and the placeholder behind it.
      expect(res.text).toContain(`srcset="/media/${rug.images[0].variants[0].key} 640w"`);
      expect(res.text).toContain('width="640" height="480"');
      expect(res.text).toContain('Coopérative Tifawin');
      expect(res.text).toContain('Drâa-Tafilalet');
      expect(res.text).toContain('570110');
      expect(res.text).toContain('Fatima');
      expect(res.text).toContain('€320.00');
    });

    it('answers 404 pages for unknown products and unpublished ones', async () => {
      const draft = await f.product(potters, { status: 'draft' });
      for (const id of ['00000000-0000-4000-8000-000000000000', draft.id, 'not-a-uuid']) {
        const res = await agent().get(`/products/${id}`).expect(404);
        expect(res.text).toContain('This page does not exist.');
      }
    });

    it('escapes texts written by artisans', async () => {
      const odd = await f.product(potters, { title: { en: '<script>alert(1)</script> bowl', fr: 'bol', ar: 'زبدية' } });
      const res = await agent().get(`/products/${odd.id}`).expect(200);
      expect(res.text).not.toContain('<script>alert(1)</script>');
      expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; bowl');
    });

    it('serves the stylesheet and htmx from the app itself', async () => {
      await agent()
        .get('/assets/site.css')
        .expect(200)
        .expect('content-type', /text\/css/);
      const htmx = await agent()
        .get('/assets/htmx.min.js')
        .expect(200)
        .expect('content-type', /javascript/);
      expect(htmx.text).toContain('htmx');
      await agent().get('/assets/other.js').expect(404);
    });

    it('leaves the JSON API where it was', async () => {
      const res = await agent().get('/api/v1/products?q=rug').expect(200).expect('content-type', /json/);
      expect(res.body.items.map((p: { id: string }) => p.id)).toContain(rug.id);
      await agent().get(`/api/v1/products/${rug.id}`).expect(200);
    });
  });

  describe('CSRF and cookies', () => {
    it('sets the CSRF cookie http-only, SameSite=Lax, and not Secure on plain http', async () => {
      const res = await agent().get('/').expect(200);
      const cookie = setCookie(res.headers, 'hirfa_csrf')!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
      // Forms post to this site only, and checkout may redirect to Stripe's hosted page.
      expect(res.headers['content-security-policy']).toContain("form-action 'self' https://checkout.stripe.com");
    });

    it('refuses every form without a valid token with 403', async () => {
      const { browser, token } = await withToken();
      for (const [path, body] of [
        ['/cart/items', { productId: rug.id, quantity: '1' }],
        ['/preferences', { lang: 'fr' }],
        ['/sign-in', { email: 'a@b.example', password: 'x' }],
        ['/sign-out', {}],
        ['/checkout', {}],
      ] as const) {
        const missing = await browser.post(path).type('form').send(body).expect(403);
        expect(missing.text).toContain('This form has expired');
        await browser
          .post(path)
          .type('form')
          .send({ ...body, _csrf: `${token.slice(0, -2)}xx` })
          .expect(403);
      }
      // A token is worthless without the cookie it was made for.
      await agent().post('/cart/items').type('form').send({ _csrf: token, productId: rug.id, quantity: '1' }).expect(403);
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: rug.id, quantity: '1' }).expect(303);
      await browser.post('/cart/items').set('X-CSRF-Token', token).type('form').send({ productId: rug.id, quantity: '1' }).expect(303);
    });

    it('keeps the session in an http-only SameSite=Lax cookie, Secure behind https, and rotates the CSRF nonce', async () => {
      const buyer = await f.buyer();
      const secure = await createTestApp({ PUBLIC_BASE_URL: 'https://shop.hirfa.example' }, { databaseUrl: t.databaseUrl });
      try {
        const browser = request.agent(secure.app.getHttpServer());
        const page = await browser.get('/sign-in').expect(200);
        expect(setCookie(page.headers, 'hirfa_csrf')).toMatch(/; Secure/);
        // superagent keeps Secure cookies for https only: send the nonce by hand as a browser would.
        const nonce = setCookie(page.headers, 'hirfa_csrf')!.split(';')[0];
        const res = await browser
          .post('/sign-in')
          .set('Cookie', nonce)
          .type('form')
          .send({ _csrf: csrfToken(page.text), email: buyer.email, password: TEST_PASSWORD, next: '/orders' })
          .expect(303);
        expect(res.headers.location).toBe('/orders');
        const session = setCookie(res.headers, 'hirfa_session')!;
        expect(session).toMatch(/HttpOnly/);
        expect(session).toMatch(/SameSite=Lax/);
        expect(session).toMatch(/; Secure/);
        expect(setCookie(res.headers, 'hirfa_csrf')!.split(';')[0]).not.toBe(nonce);
      } finally {
        await secure.close();
      }
    });

    it('shows a wrong password on the form, and the API ignores the session cookie', async () => {
      const buyer = await f.buyer();
      const { browser, token } = await withToken('/sign-in');
      const wrong = await browser
        .post('/sign-in')
        .type('form')
        .send({ _csrf: token, email: buyer.email, password: 'wrong-password!' })
        .expect(401);
      expect(wrong.text).toContain('Email or password is incorrect.');
      const ok = await browser
        .post('/sign-in')
        .type('form')
        .send({ _csrf: token, email: buyer.email, password: TEST_PASSWORD })
        .expect(303);
      expect(setCookie(ok.headers, 'hirfa_session')).toBeDefined();
      await browser.get('/orders').expect(200);
      await browser.get('/api/v1/orders').expect(401);
    });

    it('registers a buyer in the page language and signs them in', async () => {
      const { browser, token } = await withToken('/register');
      const email = `new-${Date.now()}@buyer.example`;
      const short = await browser
        .post('/register')
        .type('form')
        .send({ _csrf: token, name: 'Noor', email, password: 'short', role: 'buyer', country: 'AE' })
        .expect(422);
      expect(short.text).toContain('password must be 10 to 200 characters long');
      expect(short.text).not.toContain('value="short"');
      const res = await browser
        .post('/register')
        .type('form')
        .send({ _csrf: token, name: 'Noor', email, password: 'a long enough password', role: 'buyer', country: 'ae', next: '/cart' })
        .expect(303);
      expect(res.headers.location).toBe('/cart');
      expect(setCookie(res.headers, 'hirfa_session')).toMatch(/HttpOnly; SameSite=Lax/);
      const [user] = await t.db.query(`SELECT role, country, locale FROM users WHERE email = $1`, [email]);
      expect(user).toEqual({ role: 'buyer', country: 'AE', locale: 'en' });
      const page = await browser.get('/').expect(200);
      const again = await browser
        .post('/register')
        .type('form')
        .send({ _csrf: csrfToken(page.text), name: 'Noor', email, password: 'a long enough password', role: 'buyer' })
        .expect(422);
      expect(again.text).toContain('An account with this email already exists.');
    });

    it('sends anonymous visitors of account pages to sign in, and signs out', async () => {
      const res = await agent().get('/orders').expect(303);
      expect(res.headers.location).toBe('/sign-in?next=%2Forders');
      const buyer = await f.buyer();
      const { browser, token } = await signedIn(buyer.email);
      await browser.post('/sign-out').type('form').send({ _csrf: token }).expect(303);
      await browser.get('/orders').expect(303);
    });
  });

  describe('cart and checkout', () => {
    it('keeps a cart across cooperatives and places a bank-transfer order', async () => {
      const buyer = await f.buyer();
      const { browser, token } = await signedIn(buyer.email);
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: tagine.id, quantity: '2' }).expect(303);
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: rug.id, quantity: '1' }).expect(303);
      const cart = await browser.get('/cart').expect(200);
      expect(cart.text).toContain('From Coopérative Fakhar Safi');
      expect(cart.text).toContain('From Coopérative Tifawin');
      expect(cart.text).toContain('€410.00');

      const form = await browser.get('/checkout').expect(200);
      const key = hiddenField(form.text, 'idempotencyKey');
      const address = {
        name: 'Emma Johnson',
        line1: '12 Orchard Street',
        line2: '',
        city: 'Portland',
        postalCode: '97205',
        country: 'us',
        phone: '',
      };
      const invalid = await browser
        .post('/checkout')
        .type('form')
        .send({ _csrf: token, idempotencyKey: key, ...address, country: 'MA', currency: 'EUR', paymentMethod: 'bank_transfer' })
        .expect(422);
      expect(invalid.text).toContain('aria-invalid="true"');

      const placed = await browser
        .post('/checkout')
        .type('form')
        .send({ _csrf: token, idempotencyKey: key, ...address, currency: 'EUR', paymentMethod: 'bank_transfer' })
        .expect(303);
      const orderPath = placed.headers.location as string;
      expect(orderPath).toMatch(/^\/orders\/[0-9a-f-]{36}$/);
      expect(setCookie(placed.headers, 'hirfa_cart')).toMatch(/^hirfa_cart=;/);

      const order = await browser.get(`${orderPath}?checkout=success`).expect(200);
      expect(order.text).toContain('The payment is being confirmed');
      expect(order.text).toContain('Awaiting payment');
      expect(order.text).toContain('Pay by bank transfer');
      expect(order.text).toMatch(/HF-\d{8}/);
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM cooperative_orders co JOIN orders o ON o.id = co.order_id WHERE o.buyer_id = $1`,
        [buyer.id],
      );
      expect(count).toBe(2);

      // The same form sent again (a double click) is the same order.
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: tagine.id, quantity: '2' }).expect(303);
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: rug.id, quantity: '1' }).expect(303);
      const again = await browser
        .post('/checkout')
        .type('form')
        .send({ _csrf: token, idempotencyKey: key, ...address, currency: 'EUR', paymentMethod: 'bank_transfer' })
        .expect(303);
      expect(again.headers.location).toBe(orderPath);

      const history = await browser.get('/orders').expect(200);
      expect(history.text).toContain(`href="${orderPath}"`);

      // Cancelling releases the stock.
      await browser.post(`${orderPath}/cancel`).type('form').send({ _csrf: token }).expect(303).expect('location', orderPath);
      expect((await browser.get(orderPath).expect(200)).text).toContain('data-status="cancelled"');
      const [{ stock }] = await t.db.query(`SELECT stock FROM products WHERE id = $1`, [rug.id]);
      expect(stock).toBe(10);
    });

    it('quotes transit insurance for the cart, shows its breakdown and places the order with it', async () => {
      const buyer = await f.buyer();
      const { browser, token } = await signedIn(buyer.email);
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: tagine.id, quantity: '1' }).expect(303);
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: rug.id, quantity: '1' }).expect(303);
      const form = await browser.get('/checkout').expect(200);
      expect(form.text).toContain('<label for="f-insure">Insure this shipment against loss and damage in transit</label>');
      expect(form.text).not.toContain('data-testid="insurance-quote"');
      const key = hiddenField(form.text, 'idempotencyKey');
      const fields = {
        _csrf: token,
        idempotencyKey: key,
        name: 'Emma Johnson',
        line1: '12 Orchard Street',
        city: 'Portland',
        postalCode: '97205',
        country: 'US',
        currency: 'EUR',
        paymentMethod: 'bank_transfer',
      };

      // Ticking insurance first shows the quote; nothing is ordered yet.
      const quoted = await browser
        .post('/checkout')
        .type('form')
        .send({ ...fields, insure: 'yes' })
        .expect(200);
      const quoteId = hiddenField(quoted.text, 'insuranceQuoteId');
      const [quote] = await t.db.query(`SELECT premium_minor::int, currency, destination_country FROM insurance_quotes WHERE id = $1`, [
        quoteId,
      ]);
      expect(quote).toMatchObject({ currency: 'EUR', destination_country: 'US' });
      expect(quote.premium_minor).toBeGreaterThan(0);
      expect(quoted.text).toContain('data-testid="insurance-quote"');
      for (const term of ['Insured value', 'Rate', 'Premium', 'Basis']) expect(quoted.text).toContain(`<dt>${term}</dt>`);
      expect(quoted.text).toMatch(/<dd dir="ltr">[\d.]+%<\/dd>/);
      expect(quoted.text).toMatch(/name="insure" value="yes" checked/);
      const [{ orders }] = await t.db.query(`SELECT count(*)::int AS orders FROM orders WHERE buyer_id = $1`, [buyer.id]);
      expect(orders).toBe(0);

      // A quote for another destination does not fit: the form says so and asks for a new quote.
      const mismatch = await browser
        .post('/checkout')
        .type('form')
        .send({ ...fields, country: 'FR', insure: 'yes', insuranceQuoteId: quoteId })
        .expect(422);
      expect(mismatch.text).toContain('This insurance quote does not fit the order');
      expect(mismatch.text).not.toContain('name="insuranceQuoteId"');

      const placed = await browser
        .post('/checkout')
        .type('form')
        .send({ ...fields, insure: 'yes', insuranceQuoteId: quoteId })
        .expect(303);
      const orderId = (placed.headers.location as string).split('/').pop();
      const [order] = await t.db.query(
        `SELECT insurance_quote_id, insurance_minor::int, total_minor::int, subtotal_minor::int, shipping_minor::int FROM orders WHERE id = $1`,
        [orderId],
      );
      expect(order).toMatchObject({ insurance_quote_id: quoteId, insurance_minor: quote.premium_minor });
      expect(order.total_minor).toBe(order.subtotal_minor + order.shipping_minor + quote.premium_minor);
      const page = await browser.get(placed.headers.location as string).expect(200);
      expect(page.text).toContain('<dt>Insurance</dt>');
    });

    it('sends anonymous buyers to sign in and tells other roles they cannot order', async () => {
      const { browser, token } = await withToken();
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: rug.id }).expect(303);
      const anonymous = await browser.get('/checkout').expect(303);
      expect(anonymous.headers.location).toBe('/sign-in?next=%2Fcheckout');
      const artisan = await f.artisan();
      const signed = await signedIn(artisan.email);
      await signed.browser.post('/cart/items').type('form').send({ _csrf: signed.token, productId: rug.id }).expect(303);
      const res = await signed.browser.get('/checkout').expect(403);
      expect(res.text).toContain('Only buyer accounts can place orders.');
    });

    it('drops products that are no longer for sale from the cart', async () => {
      const soon = await f.product(potters);
      const { browser, token } = await withToken();
      await browser.post('/cart/items').type('form').send({ _csrf: token, productId: soon.id, quantity: '1' }).expect(303);
      await t.db.query(`UPDATE products SET status = 'archived' WHERE id = $1`, [soon.id]);
      const cart = await browser.get('/cart').expect(200);
      expect(cart.text).toContain('Some items are no longer for sale');
      expect(cart.text).toContain('Your cart is empty.');
    });

    it("shows a bank transfer's deadline in its instructions, cancels through the page, and shows a transfer that came after", async () => {
      const buyer = await f.buyer();
      const admin = await f.admin();
      const order = await placeOrder(t, buyer, [{ productId: tagine.id, quantity: 1 }]);
      const { browser, token } = await signedIn(buyer.email);
      const page = await browser.get(`/orders/${order.id}`).expect(200);
      const deadline = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
        new Date(order.expiresAt),
      );
      expect(page.text).toContain(`the stock is held until ${deadline}`);
      expect(new Date(order.expiresAt).getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);

      await browser.post(`/orders/${order.id}/cancel`).type('form').send({ _csrf: token }).expect(303);
      await t.http
        .post(`/api/v1/orders/${order.id}/confirm-bank-transfer`)
        .set(bearer(tokenFor(t.app, admin)))
        .send({ reference: 'VIR-AFTER-CANCEL', amountMinor: order.totalMinor })
        .expect(200);
      const after = await browser.get(`/orders/${order.id}`).expect(200);
      expect(after.text).toContain('data-status="cancelled"');
      expect(after.text).toMatch(
        /data-testid="stray-payment" data-state="refund_due">A payment of [^<]+ reached this order after it could no longer be paid: it is being refunded to you\./,
      );
      const { browser: adminBrowser } = await signedIn(admin.email);
      const list = await adminBrowser.get('/admin/payments?state=refund_due').expect(200);
      expect(list.text).toContain('<a class="chip" href="/admin/payments?state=refund_due" aria-current="page">Refund due</a>');
      const row = list.text.split('<tr data-state="refund_due">').find((r) => r.includes(order.number))!;
      expect(row).toContain('VIR-AFTER-CANCEL');
      expect(row).toContain('Paid after the order was cancelled');
      expect(row).toContain('To send back by bank transfer');
      expect((await adminBrowser.get('/admin/payments?state=refunded').expect(200)).text).not.toContain(order.number);
      await browser.get('/admin/payments').expect(403);
    });
  });
});
