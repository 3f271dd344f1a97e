import { DomainError } from '../src/common/errors/domain-error';
import { HsCodesService } from '../src/hs-codes/hs-codes.service';
import { createTestApp, TestApp } from './support/test-app';

describe('HS codes (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('GET /hs-codes/:code', () => {
    it('describes a subheading with its heading, chapter, section and labels', async () => {
      const res = await t.http.get('/api/v1/hs-codes/570110').expect(200);
      expect(res.body).toEqual({
        edition: 2022,
        code: '570110',
        level: 'subheading',
        description: 'Carpets and other textile floor coverings; knotted, of wool or fine animal hair, whether or not made up',
        labels: { en: expect.stringContaining('wool rugs'), fr: expect.stringContaining('laine'), ar: expect.stringContaining('صوف') },
        heading: {
          code: '5701',
          description: 'Carpets and other textile floor coverings; knotted, whether or not made up',
          labels: expect.objectContaining({ en: 'Hand-knotted rugs' }),
        },
        chapter: { code: '57', description: 'Carpets and other textile floor coverings', labels: null },
        section: { code: 'XI', description: 'Textiles and textile articles', labels: null },
        children: [],
      });
    });

    it('describes a heading with its subheadings and a chapter with its headings', async () => {
      const heading = await t.http.get('/api/v1/hs-codes/9405').expect(200);
      expect(heading.body).toMatchObject({
        code: '9405',
        level: 'heading',
        heading: { code: '9405' },
        chapter: { code: '94' },
        section: { code: 'XX' },
      });
      expect(heading.body.children.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['940511', '940550', '940599']));

      const chapter = await t.http.get('/api/v1/hs-codes/69').expect(200);
      expect(chapter.body).toMatchObject({
        code: '69',
        level: 'chapter',
        description: 'Ceramic products',
        heading: null,
        section: { code: 'XIII' },
      });
      expect(chapter.body.children.map((c: { code: string }) => c.code)).toEqual([
        '6901',
        '6902',
        '6903',
        '6904',
        '6905',
        '6906',
        '6907',
        '6909',
        '6910',
        '6911',
        '6912',
        '6913',
        '6914',
      ]);
    });

    it('knows every HS 2022 code, outside the curated handicraft subset too, and lists the editions', async () => {
      const res = await t.http.get('/api/v1/hs-codes/830629').expect(200);
      expect(res.body).toMatchObject({
        edition: 2022,
        code: '830629',
        description: expect.stringContaining('Statuettes and other ornaments'),
        heading: { code: '8306' },
        chapter: { code: '83' },
        section: { code: 'XV' },
      });
      await t.http.get('/api/v1/hs-codes/830629').query({ edition: 2022 }).expect(200);
      const unknown = await t.http.get('/api/v1/hs-codes/830629').query({ edition: 2027 }).expect(404);
      expect(unknown.body.message).toBe('There is no HS subheading 830629 in HS 2027');
      await t.http.get('/api/v1/hs-codes/830629').query({ edition: 'soon' }).expect(400);
      const editions = await t.http.get('/api/v1/hs-codes/editions').expect(200);
      expect(editions.body).toEqual({ items: [{ edition: 2022, effectiveFrom: '2022-01-01', inForce: true, subheadings: 5612 }] });
    });

    it('answers 404 for a well-formed code that does not exist', async () => {
      const res = await t.http.get('/api/v1/hs-codes/999999').expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'There is no HS subheading 999999' });
      await t.http.get('/api/v1/hs-codes/9999').expect(404);
    });

    it.each(['12345', '1234567', '57a1', '5701.10', '7'])('answers 400 for %j, which is not 2, 4 or 6 digits', async (code) => {
      const res = await t.http.get(`/api/v1/hs-codes/${encodeURIComponent(code)}`).expect(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [{ field: 'code', errors: [expect.any(String)] }],
      });
    });
  });

  describe('GET /hs-codes', () => {
    it('lists subheadings by code prefix, in code order, with cursor paging', async () => {
      const first = await t.http.get('/api/v1/hs-codes').query({ q: '5702', limit: 5 }).expect(200);
      expect(first.body.items.map((i: { code: string }) => i.code)).toEqual(['570210', '570220', '570231', '570232', '570239']);
      expect(first.body.items[0]).toEqual({
        code: '570210',
        description: expect.stringContaining('kelem'),
        labels: expect.objectContaining({ fr: expect.stringContaining('hanbel') }),
        headingCode: '5702',
        chapterCode: '57',
      });
      const second = await t.http.get('/api/v1/hs-codes').query({ q: '5702', limit: 5, cursor: first.body.nextCursor }).expect(200);
      expect(second.body.items[0].code).toBe('570241');
      const rest = await t.http.get('/api/v1/hs-codes').query({ q: '5702', limit: 100 }).expect(200);
      expect(rest.body.items).toHaveLength(12);
      expect(rest.body.nextCursor).toBeNull();
    });

    it('finds a national tariff line by its subheading, and dotted codes', async () => {
      const national = await t.http.get('/api/v1/hs-codes').query({ q: '6912001000' }).expect(200);
      expect(national.body.items.map((i: { code: string }) => i.code)).toEqual(['691200']);
      const dotted = await t.http.get('/api/v1/hs-codes').query({ q: '9405.50' }).expect(200);
      expect(dotted.body.items.map((i: { code: string }) => i.code)).toEqual(['940550']);
    });

    it.each([
      ['English', 'handbag', '420221'],
      ['English with a typo', 'carpte', '570110'],
      ['French with a typo, accents dropped', 'tapiss noues', '570110'],
      ['French without its accents', 'ceramique decorative', '691390'],
      ['Arabic', 'طاجين', '691200'],
      ['Arabic with a typo', 'زربيا', '570110'],
      ['Arabic with the article and diacritics', 'الزَّلِيج', '690723'],
    ])('finds subheadings by words in %s (%s)', async (_case, q, expected) => {
      const res = await t.http.get('/api/v1/hs-codes').query({ q, limit: 5 }).expect(200);
      expect(res.body.items.map((i: { code: string }) => i.code)).toContain(expected);
    });

    it('matches on any word and ranks first what has them all, ignoring search operators', async () => {
      const bag = await t.http.get('/api/v1/hs-codes').query({ q: 'sac en cuir' }).expect(200);
      expect(bag.body.items[0].code).toBe('420221');
      const rug = await t.http.get('/api/v1/hs-codes').query({ q: 'tapis berbère -laine "noué' }).expect(200);
      expect(rug.body.items[0].code).toBe('570110');
    });

    it('folds Arabic text to ASCII, so matching does not depend on the server locale', async () => {
      const [row] = await t.db.query(`SELECT public.hs_fold($1) AS folded`, ['الطَّاجِين، زليج «فاسي» ٩٢٥ Poterie BERBÈRE']);
      expect(row.folded).toBe('5ajyn  zlyj <<fasy>> 925 poterie berbere');
    });

    it('ranks labelled handicraft codes above other matches and filters by chapter', async () => {
      const res = await t.http.get('/api/v1/hs-codes').query({ q: 'leather', chapter: '64' }).expect(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items.every((i: { chapterCode: string }) => i.chapterCode === '64')).toBe(true);
      expect(res.body.items[0].labels).not.toBeNull();
    });

    it('returns an empty page for words that match nothing', async () => {
      await t.http.get('/api/v1/hs-codes').query({ q: 'qwertyuiop zxcvbnm' }).expect(200, { items: [], nextCursor: null });
    });

    it('refuses a bad limit, chapter or cursor with 400', async () => {
      for (const query of [
        { limit: 0 },
        { limit: 101 },
        { limit: 'many' },
        { chapter: '5' },
        { cursor: 'not-ours' },
        { q: 'x'.repeat(101) },
      ]) {
        const res = await t.http.get('/api/v1/hs-codes').query(query).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('POST /hs-codes/suggest', () => {
    it('suggests up to 5 codes, best first, with scores and reasons', async () => {
      const res = await t.http
        .post('/api/v1/hs-codes/suggest')
        .send({ title: 'Tajine de cuisson', description: 'Tajine non émaillé pour le feu de bois', materials: ['terre cuite'] })
        .expect(200);
      const { suggestions } = res.body;
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.length).toBeLessThanOrEqual(5);
      expect(res.body.fit).toBe('good');
      expect(suggestions[0]).toEqual({
        code: '691200',
        description: 'Ceramic tableware, kitchenware, other household articles and toilet articles; other than of porcelain or china',
        score: expect.any(Number),
        confidence: expect.any(Number),
        reason: expect.stringContaining("matched 'tajine'"),
      });
      const scores = suggestions.map((s: { score: number }) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((s: number) => s > 0 && s <= 1)).toBe(true);
      const confidences = suggestions.map((s: { confidence: number }) => s.confidence);
      expect(confidences[0]).toBeGreaterThanOrEqual(0.6);
      expect(confidences.every((c: number) => c >= 0 && c <= 1)).toBe(true);
    });

    it('reads a description in the terms of a customs ruling and says which rule decided', async () => {
      const res = await t.http
        .post('/api/v1/hs-codes/suggest')
        .send({
          title: 'Rug',
          description: 'Made of 80 % wool / 20 % cotton yarns; the face features hand-woven pile and non-pile areas. Made up.',
        })
        .expect(200);
      expect(res.body.suggestions[0]).toMatchObject({ code: '570241', reason: expect.stringMatching(/GIR 6: .*pile.*wool.*80 %/) });
    });

    it('suggests in Arabic and returns only codes of the nomenclature table', async () => {
      const res = await t.http.post('/api/v1/hs-codes/suggest').send({ title: 'فانوس نحاسي للشموع' }).expect(200);
      expect(res.body.suggestions[0].code).toBe('940550');
      const known: { count: number }[] = await t.db.query('SELECT count(*)::int AS count FROM hs_subheadings WHERE code = ANY($1)', [
        res.body.suggestions.map((s: { code: string }) => s.code),
      ]);
      expect(known[0].count).toBe(res.body.suggestions.length);
    });

    it('answers an empty list when nothing fits', async () => {
      await t.http.post('/api/v1/hs-codes/suggest').send({ title: 'qwerty zxcv' }).expect(200, { suggestions: [], fit: 'none' });
    });

    it('validates the body', async () => {
      for (const body of [
        {},
        { title: '' },
        { title: 'Rug', materials: 'wool' },
        { title: 'Rug', colour: 'red' },
        { title: 'Rug', materials: [42] },
      ]) {
        const res = await t.http.post('/api/v1/hs-codes/suggest').send(body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('HsCodesService.assertValidProductCode', () => {
    let service: HsCodesService;
    beforeAll(() => {
      service = t.app.get(HsCodesService);
    });

    it.each(['570110', '57011000', '5701100000', '691200', '9405500000'])('accepts %s', async (code) => {
      await expect(service.assertValidProductCode(code)).resolves.toBe(2022);
    });

    it.each([
      ['an unknown subheading', '999999', '999999 is not a subheading'],
      ['a national line whose first 6 digits are unknown', '99999900', '999999 is not a subheading'],
      ['a 4-digit heading', '5701', '6 to 10 digits'],
      ['11 digits', '57011000001', '6 to 10 digits'],
      ['letters', '57O110', '6 to 10 digits'],
      ['dots', '5701.10', '6 to 10 digits'],
      ['a number instead of a string', 570110, '6 to 10 digits'],
    ])('refuses %s with INVALID_HS_CODE', async (_case, code, message) => {
      const error = await service.assertValidProductCode(code).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'INVALID_HS_CODE', message: expect.stringContaining(message) });
    });
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/hs-codes', '/api/v1/hs-codes/{code}', '/api/v1/hs-codes/suggest', '/api/v1/hs-codes/editions']),
    );
    expect(doc.body.components.schemas.HsSuggestionsView).toBeDefined();
  });
});
