import type { Locale } from '../../common/i18n/locale';
import { MESSAGES_AR } from './messages.ar';
import { MESSAGES_EN, type MessageKey } from './messages.en';
import { MESSAGES_FR } from './messages.fr';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en: MESSAGES_EN, fr: MESSAGES_FR, ar: MESSAGES_AR };

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Looks a key up in the locale's catalogue and fills `{name}` placeholders. */
export function translator(locale: Locale): Translate {
  const messages = CATALOGUES[locale];
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
