import { isLocale, negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,de;q=0.9,ar;q=0.5,fr;q=0.4', 'ar'],
    ['en;q=0.2, ar-MA', 'ar'],
    ['ar;q=0, fr;q=0.1', 'fr'],
    ['es, de', 'en'],
    ['FR', 'fr'],
  ])('%p → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('isLocale', () => {
  it.each([
    ['ar', true],
    ['fr', true],
    ['en', true],
    ['de', false],
    ['EN', false],
    [undefined, false],
  ])('%p → %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});
