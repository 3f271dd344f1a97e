import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessTokens } from '../auth/access-tokens';
import type { AuthUser } from '../auth/auth-user';
import type { Locale } from '../auth/user-role';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { decodeCart } from './cart-cookie';
import { countryFromLanguage, isDestination } from './ship-to';
import { CsrfService } from './csrf.service';
import { isLocale, negotiateLocale } from '../common/i18n/locale';
import { direction, translator } from './i18n/locale';
import { COOKIES, cookieOptions } from './web-cookies';
import type { WebContext } from './web-context';

const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-MA' };
// Buyers are abroad: euros are the most common currency among them; MAD is always available.
const DEFAULT_CURRENCIES = ['EUR', 'USD', 'MAD'];

/** Builds `req.web` for storefront routes from the request's cookies and headers (WebContextMiddleware). */
@Injectable()
export class WebContextService {
  private readonly secureCookies: boolean;

  constructor(
    private readonly tokens: AccessTokens,
    private readonly csrf: CsrfService,
    private readonly rates: ExchangeRatesService,
    @InjectConfig() config: AppConfig,
  ) {
    // Secure cookies need https; plain-http development (localhost) would otherwise lose its session.
    this.secureCookies = config.publicBaseUrl.startsWith('https:');
  }

  /** `online: false` reads nothing from the database: prices in MAD only. Cookies come parsed by cookie-parser. */
  async build(req: Request, res: Response, online: boolean): Promise<WebContext> {
    // Only text values: cookie-parser turns a `j:`-prefixed value into JSON, which no storefront cookie is.
    const cookies = Object.fromEntries(
      Object.entries((req.cookies ?? {}) as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    const locale: Locale = isLocale(cookies[COOKIES.locale])
      ? (cookies[COOKIES.locale] as Locale)
      : negotiateLocale(req.headers['accept-language']);
    const currencies = ['MAD', ...(online ? await this.rates.list() : []).map((rate) => rate.currency)].sort();
    const wanted = cookies[COOKIES.currency];
    const currency = wanted && currencies.includes(wanted) ? wanted : DEFAULT_CURRENCIES.find((c) => currencies.includes(c))!;

    const chosen = cookies[COOKIES.country];
    const country = chosen && isDestination(chosen) ? chosen : countryFromLanguage(req.headers['accept-language']);

    let csrfNonce = cookies[COOKIES.csrf];
    if (!csrfNonce) {
      csrfNonce = this.csrf.newNonce();
      res.cookie(COOKIES.csrf, csrfNonce, cookieOptions(this.secureCookies));
    }
    const user = await this.sessionUser(cookies[COOKIES.session]);
    if (cookies[COOKIES.session] && !user) res.clearCookie(COOKIES.session, cookieOptions(this.secureCookies, 0));

    return {
      locale,
      intlLocale: INTL_LOCALES[locale],
      dir: direction(locale),
      t: translator(locale),
      currency,
      currencies,
      country,
      user,
      csrfNonce,
      csrfToken: this.csrf.tokenFor(csrfNonce),
      cart: decodeCart(cookies[COOKIES.cart]),
      here: req.originalUrl,
      secureCookies: this.secureCookies,
    };
  }

  /** The session cookie holds the same access token the API issues; an expired or revoked one signs out. */
  private sessionUser(token: string | undefined): Promise<AuthUser | undefined> {
    return token ? this.tokens.verify(token) : Promise.resolve(undefined);
  }
}
