import type { Locale } from '../../auth/user-role';
import { MAIL_AR } from './mail.ar';
import { MAIL_EN, type MailKey } from './mail.en';
import { MAIL_FR } from './mail.fr';

export type MailTranslate = (key: MailKey, params?: Record<string, string | number>) => string;

const CATALOGUES: Record<Locale, Record<MailKey, string>> = { en: MAIL_EN, fr: MAIL_FR, ar: MAIL_AR };
const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-MA' };

/** Texts, dates and money of one recipient's language. */
export interface MailLocale {
  locale: Locale;
  intl: string;
  dir: 'rtl' | 'ltr';
  t: MailTranslate;
  date(value: Date): string;
}

const made = new Map<Locale, MailLocale>();

/** One per language, made once (Intl formatters are costly to build). */
export function mailLocale(locale: Locale): MailLocale {
  let cached = made.get(locale);
  if (!cached) made.set(locale, (cached = build(locale)));
  return cached;
}

function build(locale: Locale): MailLocale {
  const messages = CATALOGUES[locale];
  const dates = new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return {
    locale,
    intl: INTL[locale],
    dir: locale === 'ar' ? 'rtl' : 'ltr',
    t: (key, params = {}) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)),
    date: (value) => `${dates.format(value)} UTC`,
  };
}
