import { MESSAGES_AR } from './messages.ar';
import { MESSAGES_EN } from './messages.en';
import { MESSAGES_FR } from './messages.fr';
import { direction, translator } from './locale';

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
