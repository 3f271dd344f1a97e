import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Cooperative } from '../../src/cooperatives/cooperative';
import { Product } from '../../src/products/product';
import { appContext, launchChromium, listen, screenshot, signInAs } from '../support/browser';
import { Factories } from '../support/factories';
import { paidOrder } from '../support/orders';
import { createTestApp, TestApp } from '../support/test-app';
import { ImageJobsService } from '../../src/media/image-jobs.service';
import { photo } from '../support/images';

describe('Artisan and admin pages in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let f: Factories;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
    f = new Factories(t.db);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    context = await appContext(browser, baseUrl);
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const signIn = (email: string): Promise<void> => signInAs(page, email);

  it('lets an artisan create a product with a suggested HS code and submit it', async () => {
    const artisan = await f.artisan();
    await f.cooperative({ name: 'Coopérative Tifawin' }, artisan);
    await signIn(artisan.email);
    await page.getByRole('link', { name: 'My cooperatives' }).click();
    await page.getByRole('link', { name: 'Add a product' }).click();

    // Suggestions arrive (htmx) while the title is typed.
    await page.getByLabel('Title in English').pressSequentially('Hand-knotted Berber wool rug');
    const suggestion = page.getByRole('radio', { name: /^570110/ });
    await suggestion.waitFor();
    await suggestion.check();
    await page.getByLabel('Description in English (needed for review)').fill('Thick wool pile, knotted by hand in the Middle Atlas');
    await page.getByLabel('Materials (comma-separated)').fill('wool');
    await page.getByLabel('Craft').selectOption('carpets');
    await page.getByLabel('Price (MAD)').fill('3200');
    await page.getByLabel('Stock on hand').fill('3');
    await page.getByLabel('Weight (grams)').fill('9000');
    await screenshot(page, 'artisan-new-product');
    await page.getByRole('button', { name: 'Save as draft' }).click();

    await page.waitForURL('**/artisan?created=1');
    // A product needs a processed photo before review.
    await page.getByRole('link', { name: 'Photos: Hand-knotted Berber wool rug' }).click();
    await page
      .getByLabel('Add photos (or take them with the camera)')
      .setInputFiles({ name: 'rug.jpg', mimeType: 'image/jpeg', buffer: await photo('jpeg') });
    await page.getByRole('button', { name: 'Upload photos' }).click();
    await page.getByText('Photos received').waitFor();
    await t.app.get(ImageJobsService).drain();
    await page.goto('/artisan');
    const row = page.getByTestId('artisan-product').filter({ hasText: 'Hand-knotted Berber wool rug' });
    await row.locator('[data-status="draft"]').waitFor();
    await row.getByRole('button', { name: /Submit for review/ }).click();
    await row.locator('[data-status="pending_review"]').waitFor();
    await screenshot(page, 'artisan-products');
    const saved = await t.db.getRepository(Product).findOneByOrFail({ hsCode: '570110', priceMinor: 320000 });
    expect(saved.status).toBe('pending_review');
  });

  it('lets an admin approve a pending cooperative', async () => {
    const admin = await f.admin();
    const pending = await f.cooperative({ name: 'Coopérative Argan Tiznit', status: 'pending', region: 'MA-09', city: 'Tiznit' });
    await signIn(admin.email);
    await page.getByRole('link', { name: 'Review cooperatives' }).click();
    const card = page.getByTestId('pending-cooperative').filter({ hasText: 'Coopérative Argan Tiznit' });
    await card.waitFor();
    await screenshot(page, 'admin-cooperatives');
    await card.getByRole('button', { name: 'Approve: Coopérative Argan Tiznit' }).click();
    await page.getByText('Decision recorded.').waitFor();
    expect(await card.count()).toBe(0);
    expect((await t.db.getRepository(Cooperative).findOneByOrFail({ id: pending.id })).status).toBe('approved');
  });
  it('lets an admin open the export report and draws its chart', async () => {
    const admin = await f.admin();
    const buyer = await f.buyer();
    const coop = await f.cooperative({ name: 'Coopérative Chart Fès', region: 'MA-03' });
    const product = await f.product(coop, { title: { en: 'Fès bowl', fr: 'Bol', ar: 'صحن' }, hsCode: '691390' });
    await paidOrder(t, buyer, admin, [{ productId: product.id, quantity: 2 }], 'WIRE-CHART');

    await signIn(admin.email);
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByLabel('Group by').selectOption('cooperative');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.waitForURL('**/admin/reports?*groupBy=cooperative*');
    await page.getByRole('rowheader', { name: 'Coopérative Chart Fès' }).waitFor();
    // export-chart.js marks the canvas once Chart.js has drawn the bars into it.
    const canvas = page.locator('#export-chart[data-rendered]');
    await canvas.waitFor();
    expect(Number(await canvas.getAttribute('data-rendered'))).toBeGreaterThanOrEqual(1);
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThan(100);
    await screenshot(page, 'admin-export-report');
  });
});
