import fc from 'fast-check';
import { CRAFT_VOCABULARY } from './data/hs-craft-vocabulary.data';
import { CURATED_LABELS } from './data/hs-curated-labels.data';
import { CURATED_SUBHEADINGS } from './data/hs-curated-nomenclature.data';
import { buildSuggesterIndex, HsEntry, SuggestInput, suggestHsCodes, suggestWithFit } from './hs-suggester';

const CURATED: HsEntry[] = CURATED_SUBHEADINGS.map((s) => ({ ...s, labels: CURATED_LABELS[s.code] ?? null }));
const index = buildSuggesterIndex(CURATED, CRAFT_VOCABULARY);
const top = (input: SuggestInput): string | undefined => suggestHsCodes(index, input)[0]?.code;

describe('HS suggester', () => {
  it.each<[string, SuggestInput, string]>([
    ['a tagine', { title: 'Tagine', materials: ['clay'] }, '691200'],
    ['a French tajine', { title: 'Tajine de cuisson en terre cuite' }, '691200'],
    ['an Arabic tagine', { title: 'طاجين فخاري للطبخ' }, '691200'],
    ['zellige tiles', { title: 'Zellige tiles 10x10', materials: ['terracotta'] }, '690723'],
    ['a Beni Ourain rug', { title: 'Beni Ourain rug', materials: ['wool'] }, '570110'],
    ['a cotton rug', { title: 'Rug', materials: ['cotton'] }, '570190'],
    ['a kilim', { title: 'Hanbel' }, '570210'],
    ['an Arabic kilim', { title: 'حنبل من الصوف' }, '570210'],
    ['babouches with leather soles', { title: 'Babouches', materials: ['cuir'] }, '640359'],
    ['babouches with rubber soles', { title: 'Babouches', materials: ['leather', 'rubber sole'] }, '640399'],
    ['velvet babouches', { title: 'Babouches en velours', materials: ['velours', 'cuir'] }, '640420'],
    ['a stuffed pouf', { title: 'Leather pouf', materials: ['leather'] }, '940490'],
    ['an unstuffed pouf cover', { title: 'Leather pouf cover, unstuffed', materials: ['leather'] }, '420500'],
    ['a candle lantern', { title: 'Brass lantern for candles' }, '940550'],
    ['an electric pendant', { title: 'Copper pendant light', description: 'E27 socket, 220V' }, '940519'],
    ['an LED table lamp', { title: 'Table lamp with integrated LED' }, '940521'],
    ['a thuya box', { title: 'Boîte en thuya' }, '442090'],
    ['silver jewellery', { title: 'Bracelet', materials: ['sterling silver'] }, '711311'],
    ['brass jewellery', { title: 'Boucles d oreilles', materials: ['laiton'] }, '711719'],
    ['tea glasses', { title: 'كؤوس الشاي' }, '701337'],
    ['argan oil', { title: "Huile d'argan pure" }, '151590'],
    ['an argan cream', { title: 'Argan face cream' }, '330499'],
    ['black soap', { title: 'صابون بلدي' }, '340120'],
    ['rhassoul', { title: 'Ghassoul' }, '250810'],
    ["a women's cotton djellaba", { title: 'Djellaba femme', materials: ['coton'] }, '621142'],
    ["a men's wool djellaba", { title: "Men's djellaba", materials: ['wool'] }, '621139'],
    ['a cactus silk scarf', { title: 'Sabra scarf' }, '621440'],
    ['a palm basket', { title: 'سلة من الدوم' }, '460219'],
    ['a bendir', { title: 'Bendir' }, '920600'],
    ['an oud', { title: 'عود' }, '920290'],
    ['an original painting', { title: 'Original painting, oil on canvas', description: 'Signed by the artist' }, '970191'],
  ])('ranks first the right subheading for %s', (_case, input, expected) => {
    expect(top(input)).toBe(expected);
  });

  it('explains a suggestion with the matched term and material', () => {
    const [best] = suggestHsCodes(index, { title: 'Tagine', materials: ['clay'] });
    expect(best.reason).toBe("matched 'tagine' (ceramic cooking pot) and material 'clay'");
  });

  it('reads through a typo and says so', () => {
    const [best] = suggestHsCodes(index, { title: 'lanteren en laiton pour bougie' });
    expect(best.code).toBe('940550');
    expect(best.reason).toContain("read from 'lanteren'");
  });

  it('returns at most 5 suggestions, best first, scores in [0, 1]', () => {
    const suggestions = suggestHsCodes(index, { title: 'Berber rug', description: 'hand knotted, wool and cotton' });
    expect(suggestions.length).toBeGreaterThan(1);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of suggestions) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.description).toBe(CURATED.find((e) => e.code === s.code)?.description);
    }
  });

  it('suggests nothing for text it cannot relate to the nomenclature', () => {
    expect(suggestHsCodes(index, { title: 'qwerty zxcv' })).toEqual([]);
  });

  it('never suggests a code missing from its index, even one a rule would pick', () => {
    // 8306.29 (ornaments of base metal) is not in the curated subset: the rule steps aside.
    const suggestions = suggestHsCodes(index, { title: 'Brass ornament', description: 'Decorative, not utilitarian' });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => CURATED.some((e) => e.code === s.code))).toBe(true);
  });

  it('never suggests a code missing from its index, even one the vocabulary names', () => {
    const small = buildSuggesterIndex(
      CURATED.filter((e) => e.code.startsWith('57')),
      CRAFT_VOCABULARY,
    );
    expect(suggestHsCodes(small, { title: 'Tagine', materials: ['clay'] })).toEqual([]);
    expect(suggestHsCodes(small, { title: 'Leather rug' }).every((s) => s.code.startsWith('57'))).toBe(true);
  });

  it('only ever returns indexed codes, whatever the input', () => {
    const codes = new Set(CURATED.map((e) => e.code));
    const words = ['rug', 'tajine', 'cuir', 'زربية', 'brass', 'lamp', 'wool', 'LED', 'bag', 'soie', 'verre', 'with', 'pour', 'zzz'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 8 }),
        fc.array(fc.constantFrom(...words), { maxLength: 3 }),
        (title, materials) => {
          const suggestions = suggestHsCodes(index, { title: title.join(' '), materials });
          return suggestions.length <= 5 && suggestions.every((s) => codes.has(s.code) && s.score >= 0 && s.score <= 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each<[string, SuggestInput, string, RegExp]>([
    [
      'a woven pile rug by its predominating fibre',
      { title: 'Rug', description: 'Made of 80 % wool / 20 % cotton; hand-woven pile and non-pile areas; made up.' },
      '570241',
      /GIR 6: of pile construction, made up, wool or fine animal hair predominates by weight \(80 %/,
    ],
    [
      'a braided rug by its construction',
      { title: 'Braided rag rug', description: 'Cotton fabric strips braided and sewn together in a spiral' },
      '570500',
      /GIR 1: braided/,
    ],
    [
      'an empty pouf cover',
      { title: 'Pouf cover', description: 'Printed woven cover, 100 percent polyester, sold unstuffed' },
      '630493',
      /not 9404/,
    ],
    [
      'a stuffed pouffe',
      { title: 'Pouffe', description: 'Cotton shell filled with polystyrene beads, used on the floor as a low seat' },
      '940490',
      /9404 names pouffes/,
    ],
    [
      'a brass household article',
      { title: 'Brass platter', description: 'Hammered brass platter for serving food' },
      '741810',
      /household article of copper/,
    ],
  ])('applies the interpretive rules to %s and says so', (_case, input, code, because) => {
    const [best] = suggestHsCodes(index, input);
    expect(best.code).toBe(code);
    expect(best.reason).toMatch(because);
  });

  it('rates its confidence, high when a rule decides and low for the alternatives', () => {
    const suggestions = suggestHsCodes(index, { title: 'Rug', description: 'Hand knotted, pile of 100 percent wool' });
    expect(suggestions[0]).toMatchObject({ code: '570110', confidence: expect.any(Number) });
    expect(suggestions[0].confidence).toBeGreaterThanOrEqual(0.8);
    for (const s of suggestions.slice(1)) expect(s.confidence).toBeLessThan(suggestions[0].confidence);
    expect(suggestions.every((s) => s.confidence >= 0 && s.confidence <= 1)).toBe(true);
  });

  it('says how well the answer fits, and that nothing fits rather than guessing', () => {
    expect(suggestWithFit(index, { title: 'Tagine', materials: ['clay'] }).fit).toBe('good');
    expect(suggestWithFit(index, { title: 'qwerty zxcv' })).toEqual({ suggestions: [], fit: 'none' });
    const vague = suggestWithFit(index, { title: 'Handmade gift', description: 'Made with love in Fes' });
    expect(vague.fit).not.toBe('good');
    expect(vague.suggestions.every((s) => s.confidence < 0.6)).toBe(true);
  });

  it('refuses a vocabulary whose profiles use an undefined tag', () => {
    expect(() => buildSuggesterIndex(CURATED, { ...CRAFT_VOCABULARY, profiles: { '691200': ['unobtainium'] } })).toThrow(
      'Profile of 691200 uses unknown tag "unobtainium"',
    );
  });
});
