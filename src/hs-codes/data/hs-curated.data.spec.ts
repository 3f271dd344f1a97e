import { CURATED_LABELS } from './hs-curated-labels.data';
import { CURATED_CHAPTERS, CURATED_HEADINGS, CURATED_SECTIONS, CURATED_SUBHEADINGS } from './hs-curated-nomenclature.data';

describe('curated HS data', () => {
  const headings = new Set(CURATED_HEADINGS.map((h) => h.code));
  const subheadings = new Set(CURATED_SUBHEADINGS.map((s) => s.code));

  it('is a consistent tree of string codes', () => {
    const sections = new Set(CURATED_SECTIONS.map((s) => s.code));
    const chapters = new Set(CURATED_CHAPTERS.map((c) => c.code));
    for (const chapter of CURATED_CHAPTERS) expect(sections.has(chapter.section)).toBe(true);
    for (const heading of CURATED_HEADINGS) expect(chapters.has(heading.code.slice(0, 2))).toBe(true);
    for (const sub of CURATED_SUBHEADINGS) {
      expect(sub.code).toMatch(/^\d{6}$/);
      expect(headings.has(sub.code.slice(0, 4))).toBe(true);
    }
    expect(subheadings.size).toBe(CURATED_SUBHEADINGS.length);
  });

  it('covers the handicraft headings of the domain notes', () => {
    const expected = ('5701 5702 5703 5705 6912 6913 6914 6907 6802 4202 4203 4205 6403 6404 6405 9404 6304 4414 4419 4420 9403 9405 ' +
      '7418 7419 7113 7117 6301 6302 5810 6104 6204 6211 6214 4601 4602 7013 7018 7020 1515 3304 3401 2508 9202 9206 9208 9701 9703').split(' ');
    expect(expected.filter((code) => !headings.has(code))).toEqual([]);
    for (const code of ['570210', '690730', '940490', '940550', '940511', '940519', '940529', '151590', '250810']) {
      expect(subheadings.has(code)).toBe(true);
    }
  });

  it('labels only curated codes, in English always and French and Arabic here', () => {
    for (const [code, labels] of Object.entries(CURATED_LABELS)) {
      expect(code.length === 4 ? headings.has(code) : subheadings.has(code)).toBe(true);
      expect(labels.en && labels.fr && labels.ar).toBeTruthy();
    }
    for (const heading of headings) expect(CURATED_LABELS[heading]).toBeDefined();
  });
});
