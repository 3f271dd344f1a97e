import type { Browser, Page } from 'playwright-core';
import { ImageJobsService } from '../../src/media/image-jobs.service';
import { MEDIA_STORAGE } from '../../src/media/media-storage';
import { seedDemoData } from '../../src/seed/demo-seed';
import { appContext, launchChromium, listen, screenshot, signInAs } from '../support/browser';
import { Factories } from '../support/factories';
import { phoneJpegWithGps } from '../support/images';
import { createTestApp, TestApp } from '../support/test-app';

/** How many images of the page's main content loaded, and which did not (a broken image has no natural width). */
const pictures = (page: Page): Promise<{ loaded: number; broken: string[] }> =>
  page.evaluate(`(async () => {
    const images = [...document.querySelectorAll('main img')];
    // Lazy images below the fold load once scrolled to; decode() waits for each.
    images.forEach((img) => img.setAttribute('loading', 'eager'));
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    return { loaded: images.filter((img) => img.naturalWidth > 0).length, broken: images.filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src) };
  })()`);

describe('Photos in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.db, t.app.get(MEDIA_STORAGE));
    baseUrl = await listen(t);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it.each(['en', 'ar'])('shows a photo on every card and product page of the demo catalog (%s)', async (lang) => {
    const context = await appContext(browser, baseUrl);
    await context.addCookies([{ name: 'hirfa_lang', value: lang, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const home = await pictures(page);
    expect(home.broken).toEqual([]);
    expect(home.loaded).toBeGreaterThanOrEqual(8);
    await screenshot(page, `photos-home-${lang}`);

    await page.goto('/products');
    const catalog = await pictures(page);
    expect(catalog).toEqual({ loaded: 16, broken: [] });
    await screenshot(page, `photos-catalog-${lang}`);

    await page.locator('main a.card-link').first().click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    const product = await pictures(page);
    expect(product).toEqual({ loaded: 1, broken: [] });
    // Localized alt text: the demo photos are described by their product's title.
    const alt = await page.locator('main .gallery img').getAttribute('alt');
    expect(alt).toBe(await page.locator('main h1').textContent());
    await screenshot(page, `photos-product-${lang}`);
    await context.close();
  });

  it('uploads a photo from the artisan page (with a preview) and shows it on the product page', async () => {
    const f = new Factories(t.db);
    const artisan = await f.artisan();
    const coop = await f.cooperative({ name: 'Coopérative Nour' }, artisan);
    const product = await f.product(coop, { title: { en: 'Blue Safi bowl', fr: 'Bol bleu de Safi', ar: 'زبدية آسفي زرقاء' } });
    const context = await appContext(browser, baseUrl);
    const page = await context.newPage();
    await signInAs(page, artisan.email);
    await page.goto('/artisan');
    await page.getByRole('link', { name: 'Photos: Blue Safi bowl' }).click();
    await page.getByRole('heading', { name: 'Photos' }).waitFor();
    await page.getByLabel('Add photos (or take them with the camera)').setInputFiles({
      name: 'IMG_2041.jpg',
      mimeType: 'image/jpeg',
      buffer: await phoneJpegWithGps(1200, 900),
    });
    await page.locator('[data-previews] img[alt="IMG_2041.jpg"]').waitFor();
    await screenshot(page, 'photos-artisan-preview');
    await page.getByRole('button', { name: 'Upload photos' }).click();
    await page.getByText('Photos received').waitFor();
    await t.app.get(ImageJobsService).drain();
    await page.reload();
    await page.locator('[data-testid="photo"][data-status="ready"] img').waitFor();
    expect((await pictures(page)).broken).toEqual([]);
    await screenshot(page, 'photos-artisan-uploaded');

    await page.goto(`/products/${product.id}`);
    const shown = await pictures(page);
    expect(shown).toEqual({ loaded: 1, broken: [] });
    const [width, height] = await page
      .locator('main .gallery img')
      .evaluate((img: { naturalWidth: number; naturalHeight: number }) => [img.naturalWidth, img.naturalHeight]);
    // Upright: the phone stored it sideways (EXIF orientation 6).
    expect(height).toBeGreaterThan(width);
    await screenshot(page, 'photos-product-uploaded');
    await context.close();
  });
});
