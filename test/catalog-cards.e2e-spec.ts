import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { Factories } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/** List and search pages answer cards: a title in one language, a price, a thumbnail, the cooperative. */
describe('Catalog cards (e2e)', () => {
  let t: TestApp;
  let coop: Cooperative;
  let tagine: Product;
  let lantern: Product;

  beforeAll(async () => {
    t = await createTestApp();
    const make = new Factories(t.db);
    coop = await make.cooperative({ name: 'Fakhar Safi', region: 'MA-07' });
    tagine = await make.product(coop, {
      title: { en: 'Blue glazed tagine', fr: 'Tajine émaillé bleu', ar: 'طاجين أزرق مزجج' },
      publishedAt: new Date(Date.now() - 1000),
    });
    tagine = await make.readyPhoto(await make.readyPhoto(tagine));
    lantern = await make.product(coop, { title: { en: 'Brass lantern' }, priceMinor: 99000, stock: 3 });
  });
  afterAll(() => t.close());

  const card = (items: { id: string }[], id: string): Record<string, unknown> => items.find((i) => i.id === id) as Record<string, unknown>;

  it('has exactly the fields a listing shows', async () => {
    const res = await t.http.get('/api/v1/products').expect(200);
    expect(card(res.body.items, tagine.id)).toEqual({
      id: tagine.id,
      title: 'Blue glazed tagine',
      lang: 'en',
      priceMinor: 45000,
      currency: 'MAD',
      stock: 10,
      // The first ready photo's smallest derivative (the factory's photos have one, 640 px wide).
      thumbnail: {
        url: `/media/${tagine.images[0].variants[0].key}`,
        width: 640,
        height: 480,
        placeholder: 'data:image/webp;base64,',
        alt: {},
      },
      cooperative: { id: coop.id, name: 'Fakhar Safi', region: 'MA-07' },
    });
    expect(card(res.body.items, lantern.id)).toMatchObject({ title: 'Brass lantern', thumbnail: null, priceMinor: 99000, stock: 3 });
  });

  it.each([
    ['lang=fr', { lang: 'fr' }, {}, 'Tajine émaillé bleu', 'fr'],
    ['lang=ar', { lang: 'ar' }, {}, 'طاجين أزرق مزجج', 'ar'],
    ['Accept-Language', {}, { 'Accept-Language': 'ar-MA,ar;q=0.9,fr;q=0.5' }, 'طاجين أزرق مزجج', 'ar'],
    ['lang over Accept-Language', { lang: 'fr' }, { 'Accept-Language': 'ar' }, 'Tajine émaillé bleu', 'fr'],
    ['an unknown language', {}, { 'Accept-Language': 'de' }, 'Blue glazed tagine', 'en'],
  ])('titles cards in the client language (%s)', async (_label, query, headers, title, lang) => {
    const res = await t.http.get('/api/v1/products').query(query).set(headers).expect(200);
    expect(card(res.body.items, tagine.id)).toMatchObject({ title, lang });
    // A product without a title in that language shows its English one, and says so.
    expect(card(res.body.items, lantern.id)).toMatchObject({ title: 'Brass lantern', lang: 'en' });
  });

  it('answers search with cards in the language asked for', async () => {
    const res = await t.http.get('/api/v1/products').query({ q: 'tajine', lang: 'fr' }).expect(200);
    expect(res.body.items).toEqual([expect.objectContaining({ id: tagine.id, title: 'Tajine émaillé bleu', lang: 'fr' })]);
  });

  it('answers full products with view=full, and the product page in full', async () => {
    const res = await t.http.get('/api/v1/products').query({ view: 'full' }).expect(200);
    expect(card(res.body.items, tagine.id)).toMatchObject({
      title: { en: 'Blue glazed tagine', fr: 'Tajine émaillé bleu', ar: 'طاجين أزرق مزجج' },
      description: { en: 'Hand-thrown and glazed in Safi' },
      images: tagine.images.map((image) => expect.objectContaining({ id: image.id, status: 'ready', width: 640 })),
      cooperative: { id: coop.id, name: 'Fakhar Safi', region: 'MA-07' },
    });
    const page = await t.http.get(`/api/v1/products/${tagine.id}`).expect(200);
    expect(page.body).toMatchObject({
      title: { fr: 'Tajine émaillé bleu' },
      description: { en: 'Hand-thrown and glazed in Safi' },
      weightGrams: 2500,
    });
  });

  it('refuses an unknown view or language', async () => {
    expect((await t.http.get('/api/v1/products?view=tiny').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http.get('/api/v1/products?lang=de').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});
