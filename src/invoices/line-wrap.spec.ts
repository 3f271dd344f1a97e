import { wrapWords } from './line-wrap';

// One unit per character, so widths are easy to read in the cases.
const measure = (line: string): number => [...line].length;

describe('wrapWords', () => {
  it.each([
    ['fits on one line', 'طاجين فخار', 20, ['طاجين فخار']],
    ['breaks between words in logical order', 'طاجين فخار مزجج من آسفي', 11, ['طاجين فخار', 'مزجج من', 'آسفي']],
    ['counts the space when deciding', 'ab cd', 4, ['ab', 'cd']],
    ['fills a line exactly', 'ab cd', 5, ['ab cd']],
    ['keeps a word longer than the line whole', 'a verylongword b', 5, ['a', 'verylongword', 'b']],
    ['collapses repeated spaces', 'ab   cd', 10, ['ab cd']],
    ['keeps hard line breaks', 'ab\ncd', 10, ['ab', 'cd']],
    ['gives one empty line for empty text', '', 10, ['']],
  ])('%s', (_case, text, width, expected) => {
    expect(wrapWords(text, width, measure)).toEqual(expected);
  });
});
