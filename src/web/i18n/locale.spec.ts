import { MESSAGES_AR } from './messages.ar';
import { MESSAGES_EN } from './messages.en';
import { MESSAGES_FR } from './messages.fr';
import { direction, negotiateLocale, translator } from './locale';

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

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en')('nav.cart', { count: 3 })).toBe('Cart (3)');
    expect(translator('fr')('home.members', { total: 20 })).toBe('20 membres, dont {women} femmes');
  });

  it('has the same placeholders in every language', () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(MESSAGES_EN)) {
      const k = key as keyof typeof MESSAGES_EN;
      expect({ key, fr: placeholders(MESSAGES_FR[k]) }).toEqual({ key, fr: placeholders(english) });
      expect({ key, ar: placeholders(MESSAGES_AR[k]) }).toEqual({ key, ar: placeholders(english) });
    }
  });

  it('writes Arabic right to left', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('fr')).toBe('ltr');
  });
});
