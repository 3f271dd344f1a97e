import type { Browser, BrowserContext, Page } from 'playwright-core';
import { COOKIES } from '../../src/web/web-cookies';
import { appContext, launchChromium, listen, screenshot } from '../support/browser';
import { Factories } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

const PHONE = { width: 390, height: 844 };

describe('Catalog on a phone (390 × 844) in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
    const f = new Factories(t.db);
    const potters = await f.cooperative({ name: 'Coopérative Fakhar Safi', region: 'MA-07' });
    const weavers = await f.cooperative({ name: 'Coopérative Tifawin', region: 'MA-08', branches: ['carpets'] });
    for (let i = 0; i < 6; i++) await f.product(potters, { priceMinor: 30000 + i * 1000 });
    for (const [en, ar, priceMinor] of [
      ['Beni Ouarain rug', 'زربية بني ورين', 320000],
      ['Kilim runner', 'زربية كليم', 150000],
    ] as const) {
      await f.product(weavers, { title: { en, fr: en, ar }, branch: 'carpets', hsCode: '570110', priceMinor });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => context.close());

  async function open(locale: 'en' | 'ar', javaScriptEnabled = true): Promise<void> {
    context = await appContext(browser, baseUrl, locale === 'ar' ? 'ar-MA' : 'en-US', { viewport: PHONE, javaScriptEnabled });
    // The site's language is the visitor's choice (a cookie set by the preferences form).
    await context.addCookies([{ name: COOKIES.locale, value: locale, url: baseUrl }]);
    page = await context.newPage();
    await page.goto('/products');
    await page.locator(`html[lang="${locale}"]`).waitFor({ state: 'attached' });
  }

  /** Whether the element lies entirely inside the first screen, without scrolling. */
  async function onFirstScreen(selector: string): Promise<boolean> {
    const box = await page.locator(selector).first().boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;
  }

  it.each(['en', 'ar'] as const)(
    'shows the search box, the result count and the first product card on the first screen (%s)',
    async (locale) => {
      await open(locale);
      await screenshot(page, `catalog-phone-${locale}`);
      expect(await page.evaluate('window.scrollY')).toBe(0);
      expect(await onFirstScreen('[data-testid="results"] > li .card-title')).toBe(true);
      expect(await onFirstScreen('#q')).toBe(true);
      expect(await onFirstScreen('[data-testid="result-count"]')).toBe(true);
      // The filters wait behind their button.
      expect(await page.locator('#branch').isVisible()).toBe(false);
      expect(await page.locator('[data-testid="filters"] > summary').isVisible()).toBe(true);
    },
  );

  it('opens the filters and applies them', async () => {
    await open('en');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Craft').selectOption('carpets');
    await page.getByLabel('Sort by').selectOption('price_asc');
    await page.getByRole('button', { name: 'Show results' }).click();
    await page.waitForURL(/branch=carpets/);
    await page.waitForURL(/sort=price_asc/);
    const titles = page.getByTestId('results').locator('.card-title');
    await titles.first().getByText('Kilim runner').waitFor();
    expect(await titles.allTextContents()).toEqual(['Kilim runner', 'Beni Ouarain rug']);
    expect(await page.getByTestId('result-count').textContent()).toBe('Products: 2');
  });

  it('opens and applies the filters without JavaScript', async () => {
    await open('ar', false);
    expect(await page.locator('#branch').isVisible()).toBe(false);
    await page.locator('[data-testid="filters"] > summary').click();
    await page.locator('#branch').selectOption('carpets');
    await page.locator('#sort').selectOption('price_desc');
    await page.locator('[data-testid="filters"] button[type="submit"]').click();
    await page.waitForURL(/branch=carpets/);
    const titles = page.getByTestId('results').locator('.card-title');
    expect(await titles.allTextContents()).toEqual(['زربية بني ورين', 'زربية كليم']);
    // After applying, the collapsed button tells how many filters are set; the sort keeps its choice.
    expect(await page.locator('[data-testid="filters"] > summary').textContent()).toBe('التصفية (2)');
    expect(await page.locator('#sort').inputValue()).toBe('price_desc');
  });

  it('shows the filters beside the results on a wide screen, with no toggle', async () => {
    context = await appContext(browser, baseUrl);
    page = await context.newPage();
    await page.goto('/products');
    expect(await page.locator('#branch').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="filters"] > summary').isVisible()).toBe(false);
    // No empty first choice: the select shows the order the page is in.
    expect(await page.locator('#sort option').first().getAttribute('value')).toBe('relevance');
    expect(await page.locator('#sort').inputValue()).toBe('newest');
  });
});
