import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Cooperative } from '../../src/cooperatives/cooperative';
import { Product } from '../../src/products/product';
import { appContext, launchChromium, listen, screenshot, signInAs } from '../support/browser';
import { Factories } from '../support/factories';
import { FakeStripe } from '../support/fake-stripe';
import { createTestApp, TestApp } from '../support/test-app';

describe('Storefront in Chromium', () => {
  let t: TestApp;
  let stripe: FakeStripe;
  let browser: Browser;
  let baseUrl: string;
  let f: Factories;
  let tagine: Product;
  let rug: Product;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stripe = new FakeStripe();
    await stripe.start();
    t = await createTestApp(stripe.env());
    baseUrl = await listen(t);
    browser = await launchChromium();
    f = new Factories(t.db);
    await t.db.query(
      `INSERT INTO exchange_rates (currency, mad_per_unit, as_of) VALUES ('EUR', '10.00', '2026-11-01'), ('USD', '9.50', '2026-11-01')`,
    );
    const potters: Cooperative = await f.cooperative({ name: 'Coopérative Fakhar Safi', region: 'MA-07', city: 'Safi' });
    const weavers: Cooperative = await f.cooperative({
      name: 'Coopérative Tifawin',
      region: 'MA-08',
      city: 'Ouarzazate',
      branches: ['carpets'],
      description: { en: 'Women weavers of the High Atlas', fr: 'Tisserandes du Haut Atlas', ar: 'نساجات الأطلس الكبير' },
    });
    tagine = await f.product(potters, { madeBy: 'Youssef', stock: 50 });
    rug = await f.product(weavers, {
      title: { en: 'Hand-knotted Beni Ouarain rug', fr: 'Tapis Beni Ouarain noué main', ar: 'زربية بني ورين معقودة يدويا' },
      description: { en: 'Wool rug knotted by hand in the Atlas', fr: 'Tapis en laine noué main' },
      branch: 'carpets',
      hsCode: '570110',
      priceMinor: 320000,
      materials: ['wool'],
      madeBy: 'Fatima',
      stock: 50,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await stripe?.stop();
  });

  beforeEach(async () => {
    context = await appContext(browser, baseUrl);
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const signIn = (email: string): Promise<void> => signInAs(page, email);

  async function addToCart(product: Product, quantity: number): Promise<void> {
    await page.goto(`/products/${product.id}`);
    await page.getByLabel('Quantity').fill(String(quantity));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL('**/cart');
  }

  async function fillAddress(): Promise<void> {
    await page.getByLabel('Full name').fill('Emma Johnson');
    await page.getByLabel('Address', { exact: true }).fill('12 Orchard Street');
    await page.getByLabel('City').fill('Portland');
    await page.getByLabel('Postal code').fill('97205');
    await page.getByLabel(/^Country/).fill('US');
    await page.getByLabel('Pay in').selectOption('EUR');
  }

  it('finds a product by search in the catalog and opens it', async () => {
    await page.goto('/');
    await screenshot(page, 'home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await page.waitForURL('**/products');
    const results = page.getByTestId('results');
    await results.getByRole('link', { name: /Glazed clay tagine/ }).waitFor();

    // htmx refreshes the results as the buyer types, and puts the search in the address bar.
    await page.getByLabel('Search', { exact: true }).fill('beni ouarain');
    await page.waitForURL(/q=beni(\+|%20)ouarain/);
    await results.getByRole('link', { name: /Glazed clay tagine/ }).waitFor({ state: 'detached' });
    await screenshot(page, 'catalog-search');
    await results.getByRole('link', { name: /Hand-knotted Beni Ouarain rug/ }).click();

    await page.waitForURL(`**/products/${rug.id}`);
    await page.getByRole('heading', { level: 1, name: 'Hand-knotted Beni Ouarain rug' }).waitFor();
    expect(await page.getByTestId('hs-code').textContent()).toBe('570110');
    expect(await page.getByTestId('price').textContent()).toBe('€320.00');
    await page.getByText('Fatima').waitFor();
    await screenshot(page, 'product');
  });

  it('renders the Arabic catalog right to left once Arabic is chosen', async () => {
    await page.goto('/products');
    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('html[lang="ar"]').waitFor({ state: 'attached' });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // A string expression: the test code is compiled without the DOM library.
    expect(await page.evaluate('getComputedStyle(document.body).direction')).toBe('rtl');
    await page
      .getByTestId('results')
      .getByRole('link', { name: /زربية بني ورين/ })
      .waitFor();

    // The layout is mirrored: the filters column sits on the right of the results.
    const filters = await page.locator('form.filters').boundingBox();
    const results = await page.locator('#results').boundingBox();
    expect(filters!.x).toBeGreaterThan(results!.x);
    await screenshot(page, 'catalog-ar');

    // The choice is remembered on the next visit.
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
  });

  it('labels every form control and lets the keyboard reach the content first', async () => {
    const buyer = await f.buyer();
    await signIn(buyer.email);
    await addToCart(rug, 1);
    // String expressions: the test code is compiled without the DOM library.
    const unlabelled = `Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
      .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label')).map((el) => el.outerHTML)`;
    for (const path of ['/', '/products', `/products/${rug.id}`, '/cart', '/checkout', '/register']) {
      await page.goto(path);
      expect({ path, unlabelled: await page.evaluate(unlabelled) }).toEqual({ path, unlabelled: [] });
    }
    await page.goto('/products');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/products#main');
  });

  it('checks out items from two cooperatives by bank transfer', async () => {
    const buyer = await f.buyer();
    await signIn(buyer.email);
    await addToCart(tagine, 2);
    await addToCart(rug, 1);
    await page.getByRole('heading', { name: 'From Coopérative Fakhar Safi' }).waitFor();
    await page.getByRole('heading', { name: 'From Coopérative Tifawin' }).waitFor();
    expect(await page.getByTestId('cart-subtotal').textContent()).toBe('€410.00');
    await screenshot(page, 'cart');

    await page.getByRole('link', { name: 'Check out' }).click();
    await page.waitForURL('**/checkout');
    await fillAddress();
    await page.getByLabel('Bank transfer').check();
    await screenshot(page, 'checkout');
    await page.getByRole('button', { name: 'Place order' }).click();

    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    await page.getByTestId('bank-transfer').waitFor();
    expect(await page.getByTestId('order-status').getAttribute('data-status')).toBe('pending_payment');
    const number = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Order ', '');
    expect(await page.getByTestId('bank-transfer').textContent()).toContain(number);
    await screenshot(page, 'order-bank-transfer');

    await page.getByRole('link', { name: 'My orders' }).click();
    await page.getByTestId('orders').getByRole('link', { name: number }).waitFor();
    expect(await page.getByTestId('cart-link').textContent()).toBe('Cart (0)');
  });

  it('pays by card on (fake) Stripe Checkout and shows the order paid after the webhook', async () => {
    const buyer = await f.buyer();
    await signIn(buyer.email);
    await addToCart(tagine, 1);
    await addToCart(rug, 1);
    await page.goto('/checkout');
    await fillAddress();
    await page.getByLabel(/^Card/).check();

    // Stripe's hosted page stands in as a local page; the buyer "pays" there.
    await page.route('https://checkout.stripe.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<h1>Stripe Checkout</h1>' }),
    );
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.waitForURL('https://checkout.stripe.com/**');
    const session = [...stripe.sessions.values()].find((s) => s.url === page.url())!;
    const orderId = session.client_reference_id as string;

    const { body, signature } = stripe.signed(stripe.event('checkout.session.completed', stripe.complete(session.id as string)));
    const delivered = await fetch(`${baseUrl}/api/v1/payments/stripe/webhook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
      body,
    });
    expect(delivered.status).toBe(200);

    await page.goto(`/orders/${orderId}?checkout=success`);
    await page.getByTestId('order-status').and(page.locator('[data-status="paid"]')).waitFor();
    expect(await page.getByTestId('order-status').textContent()).toBe('Paid');
    await screenshot(page, 'order-paid');
  });
});
