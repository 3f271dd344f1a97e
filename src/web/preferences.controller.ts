import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { isLocale } from './i18n/locale';
import { isDestination } from './ship-to';
import { COOKIES, cookieOptions, safeNextPath } from './web-cookies';
import type { WebRequest } from './web-context';

/** The language, currency and ship-to switcher: remembered in cookies, then back to the page it was used on. */
@Injectable()
export class PreferencesController {
  readonly update = (req: WebRequest, res: Response): void => {
    const body = req.body as Record<string, unknown>;
    if (isLocale(body.lang)) res.cookie(COOKIES.locale, body.lang, cookieOptions(req.web.secureCookies));
    if (typeof body.currency === 'string' && req.web.currencies.includes(body.currency)) {
      res.cookie(COOKIES.currency, body.currency, cookieOptions(req.web.secureCookies));
    }
    if (typeof body.country === 'string' && isDestination(body.country)) res.cookie(COOKIES.country, body.country, cookieOptions(req.web.secureCookies));
    res.redirect(303, safeNextPath(body.next));
  };
}
