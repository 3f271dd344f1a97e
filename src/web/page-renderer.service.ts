import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import type { Response } from 'express';
import { join } from 'node:path';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { formatMoney } from '../common/money';
import { regionName } from './i18n/region-names';
import { SharedPages } from './shared-pages.service';
import type { WebContext } from './web-context';

/** Helpers every template gets next to its own data. */
export interface PageHelpers {
  web: WebContext;
  t: WebContext['t'];
  money(amountMinor: number, currency: string): string;
  date(value: Date | string): string;
  text(localized: Partial<Record<string, string>> | null | undefined): string;
  region(code: string): string;
  href(path: string, params: Record<string, string | number | undefined>): string;
}

/**
 * Renders Eta templates (src/web/views, copied next to the compiled code by `npm run build`) inside
 * the shared layout. Eta escapes every `<%= %>` output, so product texts from artisans stay text.
 */
/** Building a DateTimeFormat costs more than the page's other helpers together: one per locale, kept. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormat(intlLocale: string): Intl.DateTimeFormat {
  let format = DATE_FORMATS.get(intlLocale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    DATE_FORMATS.set(intlLocale, format);
  }
  return format;
}

@Injectable()
export class PageRenderer {
  private readonly eta: Eta;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly shared: SharedPages,
  ) {
    this.eta = new Eta({ views: join(__dirname, 'views'), cache: config.nodeEnv !== 'development' });
  }

  render(res: Response, web: WebContext, view: string, data: object, status = 200): void {
    this.send(res, this.eta.render(view, { ...data, ...this.helpers(web) }), status);
  }

  /**
   * A page that reads only what every visitor may see (the catalog): rendered once for all visitors
   * who would see it alike (SharedPages), each getting it with their own CSRF token; `load` is only
   * called to render it.
   */
  async renderShared(res: Response, web: WebContext, view: string, load: () => Promise<object>): Promise<void> {
    const key = this.shared.keyOf(web);
    if (key === undefined) return this.render(res, web, view, await load());
    const parts = await this.shared.get(key, async () => {
      const data = await load();
      return this.eta.render(view, { ...data, ...this.helpers({ ...web, csrfToken: this.shared.tokenMark }) });
    });
    this.send(res, parts.join(web.csrfToken), 200);
  }

  private send(res: Response, html: string, status: number): void {
    // Every page carries the visitor's own CSRF token: no cache may keep it, so nothing revalidates
    // it either, and the ETag Express's send() would hash the page for is left out.
    const body = Buffer.from(html);
    res.status(status).type('html').setHeader('Cache-Control', 'no-store').setHeader('Content-Length', body.length);
    res.end(body);
  }

  private helpers(web: WebContext): PageHelpers {
    const dates = dateFormat(web.intlLocale);
    return {
      web,
      t: web.t,
      money: (amountMinor, currency) => formatMoney(amountMinor, currency, web.intlLocale),
      date: (value) => dates.format(new Date(value)),
      text: (localized) => localized?.[web.locale] ?? localized?.en ?? '',
      region: (code) => regionName(code, web.locale),
      href: (path, params) => {
        const query = new URLSearchParams();
        for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(name, String(value));
        const search = query.toString();
        return search ? `${path}?${search}` : path;
      },
    };
  }
}
