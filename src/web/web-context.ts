import type { Request } from 'express';
import type { AuthUser } from '../auth/auth-user';
import type { Locale } from '../auth/user-role';
import type { CartItem } from './cart-cookie';
import type { Translate } from './i18n/locale';

/** What every storefront page knows about the request: who, in which language and currency. */
export interface WebContext {
  locale: Locale;
  /** The locale given to Intl for numbers, prices and dates. */
  intlLocale: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  currency: string;
  currencies: string[];
  /** Where the buyer ships to, for landed-cost estimates: chosen, else read from Accept-Language (en-US → US). */
  country: string | null;
  user?: AuthUser;
  csrfNonce: string;
  csrfToken: string;
  cart: CartItem[];
  /** Path and query of this page, for "come back here" redirects. */
  here: string;
  secureCookies: boolean;
}

export type WebRequest = Request & { web: WebContext };
