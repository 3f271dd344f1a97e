import { LOCALES, type Locale } from '../../auth/user-role';
import { MESSAGES_AR } from './messages.ar';
import { MESSAGES_EN, type MessageKey } from './messages.en';
import { MESSAGES_FR } from './messages.fr';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en: MESSAGES_EN, fr: MESSAGES_FR, ar: MESSAGES_AR };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The best of our locales for an Accept-Language header ("fr-CA,fr;q=0.9,en;q=0.8"), by quality and
 * then by order; English when none matches.
 */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0], quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.quality > 0 && !Number.isNaN(entry.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? 'en';
}

/** Looks a key up in the locale's catalogue and fills `{name}` placeholders. */
export function translator(locale: Locale): Translate {
  const messages = CATALOGUES[locale];
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
