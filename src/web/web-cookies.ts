import type { CookieOptions } from 'express';

/** The storefront's cookies; the JSON API never reads them (it takes bearer tokens only). */
export const COOKIES = {
  session: 'hirfa_session',
  csrf: 'hirfa_csrf',
  locale: 'hirfa_lang',
  currency: 'hirfa_currency',
  cart: 'hirfa_cart',
  country: 'hirfa_country',
} as const;

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Every storefront cookie is http-only and SameSite=Lax (sent on top-level navigation, so links from
 * e-mails keep the session, but not on cross-site form posts); Secure whenever the public URL is https.
 */
export function cookieOptions(secure: boolean, maxAgeMs = YEAR_MS): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs };
}

/** Only same-site paths are followed after a form, so `next` cannot send buyers elsewhere. */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
