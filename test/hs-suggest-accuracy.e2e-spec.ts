import { CRAFT_VOCABULARY } from '../src/hs-codes/data/hs-craft-vocabulary.data';
import { HELD_OUT_PRODUCTS, LABELLED_PRODUCTS, LabelledProduct } from './fixtures/hs-labelled-products';
import { HELD_OUT_RULINGS } from './fixtures/hs-rulings-held-out';
import { TUNING_RULINGS } from './fixtures/hs-rulings-tuning';
import { evaluate, fullEntries, indexOf, percentile } from './support/hs-suggest-evaluation';

describe('HS suggester accuracy on labelled products and public customs rulings', () => {
  const entries = fullEntries();
  const codes = new Set(entries.map((e) => e.code));
  const index = indexOf(entries);

  it('labels at least 60 products, in English, French and Arabic, with real HS 2022 subheadings', () => {
    expect(LABELLED_PRODUCTS.length).toBeGreaterThanOrEqual(60);
    expect(LABELLED_PRODUCTS.filter((p) => /[\u0600-\u06ff]/.test(p.title)).length).toBeGreaterThanOrEqual(15);
    expect(LABELLED_PRODUCTS.filter((p) => /\b(en|de|à)\b/.test(p.title)).length).toBeGreaterThanOrEqual(15);
    expect([...LABELLED_PRODUCTS, ...HELD_OUT_PRODUCTS].filter((p) => !codes.has(p.expected))).toEqual([]);
  });

  it('keeps two separate sets of rulings, each with its ruling number and a real HS 2022 subheading', () => {
    expect(TUNING_RULINGS.length).toBeGreaterThanOrEqual(120);
    expect(HELD_OUT_RULINGS.length).toBeGreaterThanOrEqual(100);
    const rulings = [...TUNING_RULINGS, ...HELD_OUT_RULINGS];
    expect(rulings.filter((r) => !codes.has(r.expected))).toEqual([]);
    expect(rulings.filter((r) => !/^(NY|HQ) [A-Z]?\d{5,6}( \(\d\))?$/.test(r.ref))).toEqual([]);
    // A ruling on several goods may lend one item to each set, never the same goods to both.
    for (const set of [TUNING_RULINGS, HELD_OUT_RULINGS]) expect(new Set(set.map((r) => r.ref)).size).toBe(set.length);
    const heldOut = new Set(HELD_OUT_RULINGS.map((r) => r.description));
    expect(TUNING_RULINGS.filter((r) => heldOut.has(r.description))).toEqual([]);
    // The held-out set spans the craft families: at least 20 chapters.
    expect(new Set(HELD_OUT_RULINGS.map((r) => r.expected.slice(0, 2))).size).toBeGreaterThanOrEqual(20);
  });

  it('names only codes that exist in HS 2022 in its vocabulary', () => {
    const named = [...CRAFT_VOCABULARY.objects, ...CRAFT_VOCABULARY.attributes].flatMap((c) => Object.keys(c.codes ?? {}));
    expect([...new Set(named)].filter((code) => !codes.has(code))).toEqual([]);
    expect(Object.keys(CRAFT_VOCABULARY.profiles).filter((code) => !codes.has(code))).toEqual([]);
  });

  // Floors a little below what the suggester reaches (see README), so that a regression fails.
  it.each<[string, readonly LabelledProduct[], { top1: number; top3: number; chapter: number }]>([
    ['labelled products', LABELLED_PRODUCTS, { top1: 0.95, top3: 0.98, chapter: 0.97 }],
    ['held-out products (never used for tuning)', HELD_OUT_PRODUCTS, { top1: 0.85, top3: 0.93, chapter: 0.93 }],
    ['tuning rulings', TUNING_RULINGS, { top1: 0.92, top3: 0.94, chapter: 0.95 }],
    ['held-out rulings (never used for tuning)', HELD_OUT_RULINGS, { top1: 0.8, top3: 0.86, chapter: 0.91 }],
  ])('places the right code on the %s', (name, products, floor) => {
    const result = evaluate(index, products);
    process.stdout.write(
      `HS suggester on ${products.length} ${name}: top-1 ${(result.top1 * 100).toFixed(1)}%, top-3 ${(result.top3 * 100).toFixed(1)}%, ` +
        `chapter top-1 ${(result.chapterTop1 * 100).toFixed(1)}%, p50 ${percentile(result.latencies, 50).toFixed(2)} ms\n`,
    );
    expect(result.top1).toBeGreaterThanOrEqual(floor.top1);
    expect(result.top3).toBeGreaterThanOrEqual(floor.top3);
    expect(result.chapterTop1).toBeGreaterThanOrEqual(floor.chapter);
  });

  it('is right most of the time when it rates the fit "good"', () => {
    const result = evaluate(index, [...TUNING_RULINGS, ...HELD_OUT_RULINGS]);
    expect(result.goodFit).toBeGreaterThanOrEqual(0.8);
    expect(result.goodFitPrecision).toBeGreaterThanOrEqual(0.88);
  });
});
