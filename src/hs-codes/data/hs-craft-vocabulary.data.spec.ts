import { tokenize } from '../hs-text';
import { CRAFT_VOCABULARY } from './hs-craft-vocabulary.data';

describe('craft vocabulary', () => {
  it('has a craft vocabulary of well over 120 spellings in English, French and Arabic', () => {
    const concepts = [...CRAFT_VOCABULARY.objects, ...CRAFT_VOCABULARY.attributes];
    const terms = concepts.flatMap((c) => c.terms);
    expect(terms.length).toBeGreaterThan(120);
    expect(terms.filter((t) => /[\u0600-\u06ff]/.test(t)).length).toBeGreaterThan(60);
    for (const term of terms) expect(tokenize(term).length).toBeGreaterThan(0);
    for (const concept of concepts) {
      for (const [code, weight] of Object.entries(concept.codes ?? {})) {
        expect(code).toMatch(/^\d{6}$/);
        expect(weight).toBeGreaterThan(0);
        expect(weight).toBeLessThanOrEqual(1);
      }
    }
  });
});
