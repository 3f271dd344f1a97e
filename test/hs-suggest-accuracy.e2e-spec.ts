import { CRAFT_VOCABULARY } from '../src/hs-codes/data/hs-craft-vocabulary.data';
import { HELD_OUT_PRODUCTS, LABELLED_PRODUCTS, LabelledProduct } from './fixtures/hs-labelled-products';
import { evaluate, fullEntries, indexOf, percentile } from './support/hs-suggest-evaluation';

describe('HS suggester accuracy on labelled products', () => {
  const entries = fullEntries();
  const codes = new Set(entries.map((e) => e.code));

  it('labels at least 60 products, in English, French and Arabic, with real HS 2022 subheadings', () => {
    expect(LABELLED_PRODUCTS.length).toBeGreaterThanOrEqual(60);
    expect(LABELLED_PRODUCTS.filter((p) => /[\u0600-\u06ff]/.test(p.title)).length).toBeGreaterThanOrEqual(15);
    expect(LABELLED_PRODUCTS.filter((p) => /\b(en|de|à)\b/.test(p.title)).length).toBeGreaterThanOrEqual(15);
    expect([...LABELLED_PRODUCTS, ...HELD_OUT_PRODUCTS].filter((p) => !codes.has(p.expected))).toEqual([]);
  });

  it('names only codes that exist in HS 2022 in its vocabulary', () => {
    const named = [...CRAFT_VOCABULARY.objects, ...CRAFT_VOCABULARY.attributes].flatMap((c) => Object.keys(c.codes ?? {}));
    expect([...new Set(named)].filter((code) => !codes.has(code))).toEqual([]);
    expect(Object.keys(CRAFT_VOCABULARY.profiles).filter((code) => !codes.has(code))).toEqual([]);
  });

  it.each<[string, readonly LabelledProduct[]]>([
    ['labelled products', LABELLED_PRODUCTS],
    ['held-out products (never used for tuning)', HELD_OUT_PRODUCTS],
  ])('puts the right code in the top 3 for at least 85%% of the %s', (name, products) => {
    const result = evaluate(indexOf(entries), products);
    process.stdout.write(
      `HS suggester on ${products.length} ${name}: top-1 ${(result.top1 * 100).toFixed(1)}%, ` +
        `top-3 ${(result.top3 * 100).toFixed(1)}%, p50 ${percentile(result.latencies, 50).toFixed(2)} ms\n`,
    );
    expect(result.top3).toBeGreaterThanOrEqual(0.85);
    expect(result.top1).toBeGreaterThanOrEqual(0.75);
  });
});
