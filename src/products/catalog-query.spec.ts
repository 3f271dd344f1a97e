import { textConfigFor } from './catalog-query';

describe('textConfigFor', () => {
  it.each([
    ['زربية', undefined, 'arabic'],
    ['زربية', 'fr', 'arabic'],
    ['tapis berbère', 'fr', 'french'],
    ['berber rugs', 'en', 'english'],
    ['tapis berbere', undefined, 'simple'],
    ['tagine', 'ar', 'simple'],
    ['tagine طاجين', 'en', 'arabic'],
  ])('%s (lang %s) → %s', (q, lang, expected) => {
    expect(textConfigFor(q, lang)).toBe(expected);
  });
});
