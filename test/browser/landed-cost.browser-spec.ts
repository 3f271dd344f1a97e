import type { Browser } from 'playwright-core';
import { Product } from '../../src/products/product';
import { appContext, launchChromium, listen, screenshot } from '../support/browser';
import { Factories } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('Landed-cost estimate on the product page and in the cart, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let rug: Product;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
    const f = new Factories(t.db);
    await t.db.query(
      `INSERT INTO exchange_rates (currency, mad_per_unit, as_of) VALUES ('EUR', '10.00', '2026-11-01'), ('USD', '10.00', '2026-11-01'), ('CAD', '7.00', '2026-11-01')`,
    );
    const weavers = await f.cooperative({ name: 'Coopérative Tifawin', region: 'MA-08', city: 'Ouarzazate', branches: ['carpets'] });
    rug = await f.product(weavers, {
      title: { en: 'Hand-knotted Beni Ouarain rug', fr: 'Tapis Beni Ouarain noué main', ar: 'زربية بني ورين معقودة يدويا' },
      branch: 'carpets',
      hsCode: '570110',
      priceMinor: 100000,
      weightGrams: 3000,
      stock: 50,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a French buyer sees IOSS VAT collected with the payment, on the product page and in the cart', async () => {
    const context = await appContext(browser, baseUrl, 'fr-FR');
    const page = await context.newPage();
    await page.goto(`/products/${rug.id}`);
    const box = page.getByTestId('landed-cost');
    await box.getByRole('heading', { name: "Droits et taxes à l'importation" }).waitFor();
    await expect(page.getByLabel('Livrer en').inputValue()).resolves.toBe('FR');
    await expect(box.getByTestId('landed-checkout').textContent()).resolves.toMatch(/^Perçus avec votre paiement : .*€.*\(IOSS\)$/);
    await expect(
      box.getByText("En franchise de droits, marchandises d'origine marocaine (EU–Morocco Association Agreement).").count(),
    ).resolves.toBe(1);
    await screenshot(page, 'landed-product-fr');

    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    await page.waitForURL('**/cart');
    await expect(page.getByTestId('landed-cost').getByTestId('landed-checkout').textContent()).resolves.toMatch(/\(IOSS\)$/);
    await screenshot(page, 'landed-cart-fr');
    await context.close();
  });

  it('a US buyer sees the FTA and what is not known; choosing Canada shows what is paid at the door', async () => {
    const context = await appContext(browser, baseUrl, 'en-US');
    const page = await context.newPage();
    await page.goto(`/products/${rug.id}`);
    const box = page.getByTestId('landed-cost');
    await expect(page.getByLabel('Ship to').inputValue()).resolves.toBe('US');
    await expect(box.getByText('Duty-free as goods of Moroccan origin (US–Morocco FTA).').count()).resolves.toBe(1);
    await expect(box.getByTestId('landed-unknown').textContent()).resolves.toContain('2026-07-24');
    await expect(box.getByTestId('landed-checkout').count()).resolves.toBe(0);
    await screenshot(page, 'landed-product-us');

    await page.getByLabel('Ship to').selectOption('CA');
    await page.getByRole('button', { name: 'Update' }).click();
    await page.waitForURL(`**/products/${rug.id}`);
    await expect(page.getByTestId('landed-cost').getByTestId('landed-door').textContent()).resolves.toMatch(
      /^Estimated to pay on delivery: /,
    );

    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL('**/cart');
    await expect(page.getByTestId('landed-cost').getByTestId('landed-door').count()).resolves.toBe(1);
    await screenshot(page, 'landed-cart-ca');
    await context.close();
  });
});
