import { foldText, stem, tokenize } from './hs-text';

describe('HS text normalisation', () => {
  it.each([
    ['Tapis BERBÈRE', 'tapis berbere'],
    ['Œuvre', 'oeuvre'],
    ['طَاجِين', 'طاجين'],
    ['أركان إناء آنية', 'اركان اناء انيه'],
    ['زربيّة', 'زربيه'],
    ['مـــغـــربي', 'مغربي'],
    ['٩٢٥', '925'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it.each([
    ['tajines', 'tajin'],
    ['tajine', 'tajin'],
    ['glasses', 'glass'],
    ['glass', 'glass'],
    ['boxes', 'box'],
    ['box', 'box'],
    ['tapis', 'tapis'],
    ['pottery', 'potteri'],
    ['accessories', 'accessori'],
    ['métaux', 'metal'],
    ['bijoux', 'bijou'],
    ['plateaux', 'plateau'],
    ['الزربية', 'زربيه'],
    ['والصوف', 'صوف'],
    ['بال', 'بال'],
  ])('stems %j to %j', (word, stemmed) => {
    expect(stem(foldText(word))).toBe(stemmed);
  });

  it('splits on punctuation, drops single letters and keeps numbers', () => {
    expect(tokenize("Huile d'argan, 100 ml — E27")).toEqual(['huil', 'argan', '100', 'ml', 'e27']);
  });
});
