import { Body, Controller, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isLocale } from '../common/i18n/locale';
import { isDestination } from './ship-to';
import { COOKIES, cookieOptions, safeNextPath } from './web-cookies';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

/** The language, currency and ship-to switcher: remembered in cookies, then back to the page it was used on. */
@Pages()
@Controller()
export class PreferencesController {
  @Post('preferences')
  update(@Web() web: WebContext, @Body() body: Record<string, unknown>, @Res() res: Response): void {
    if (isLocale(body.lang)) res.cookie(COOKIES.locale, body.lang, cookieOptions(web.secureCookies));
    if (typeof body.currency === 'string' && web.currencies.includes(body.currency)) {
      res.cookie(COOKIES.currency, body.currency, cookieOptions(web.secureCookies));
    }
    if (typeof body.country === 'string' && isDestination(body.country))
      res.cookie(COOKIES.country, body.country, cookieOptions(web.secureCookies));
    res.redirect(303, safeNextPath(body.next));
  }
}
