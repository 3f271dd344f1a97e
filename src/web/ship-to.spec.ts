import { countryFromLanguage, isDestination } from './ship-to';

describe('countryFromLanguage', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en;q=0.8', 'FR'],
    ['en-US', 'US'],
    ['en,en-GB;q=0.9', 'GB'],
    ['ar-MA,ar;q=0.9', null],
    ['fr', null],
    [undefined, null],
    ['zz-ZZ', null],
  ])('%s → %s', (header, country) => {
    expect(countryFromLanguage(header)).toBe(country);
  });

  it('knows Morocco is no destination', () => {
    expect(isDestination('MA')).toBe(false);
    expect(isDestination('us')).toBe(false);
    expect(isDestination('US')).toBe(true);
  });
});
