import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, DatabaseOutage } from '../common/database/database-outage.service';
import { isDatabaseUnavailable } from '../common/database/database-unavailable';
import { DomainError } from '../common/errors/domain-error';
import { ERROR_STATUS } from '../common/errors/error-code';
import { ErrorPages } from '../common/errors/error-pages';
import type { FieldError } from '../common/http/validation.pipe';
import type { FormRequest, FormViewSpec } from './form-view';
import { CsrfError } from './csrf-error';
import type { MessageKey } from './i18n/messages.en';
import { PageRenderer } from './page-renderer.service';
import type { WebRequest } from './web-context';
import { safeNextPath } from './web-cookies';

/**
 * Storefront errors as pages, for the global exception filter: sign-in for anonymous visitors, a
 * `@FormView` form again for its invalid input, 403/404/400 pages, a logged 500. A page request is one
 * WebContextMiddleware gave `req.web`.
 */
@Injectable()
export class WebErrorHandler extends ErrorPages {
  private readonly logger = new Logger('Web');

  constructor(
    private readonly pages: PageRenderer,
    private readonly outage: DatabaseOutage,
  ) {
    super();
  }

  renders(req: Request): boolean {
    return (req as Partial<WebRequest>).web !== undefined;
  }

  render(error: unknown, req: Request, res: Response): void {
    const web = (req as WebRequest).web;
    if (res.headersSent) return void res.end();
    if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') {
      return res.redirect(303, `/sign-in?next=${encodeURIComponent(req.method === 'GET' ? web.here : '/')}`);
    }
    const form = (req as FormRequest).formView;
    if (form && error instanceof DomainError && error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
      return this.showForm(form, error.details as FieldError[], req, res);
    }
    let status = 500;
    let key: MessageKey = 'error.generic';
    const unavailable = isDatabaseUnavailable(error);
    if (unavailable) {
      // "Please try again in a moment", logged once per outage.
      this.outage.noteFailure(error);
      status = 503;
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    } else if (error instanceof CsrfError) [status, key] = [403, 'error.forbidden'];
    else if (error instanceof DomainError) {
      status = ERROR_STATUS[error.code];
      if (status === 404) key = 'error.notFound';
      else if (status === 400) key = 'error.badRequest';
      else if (status === 403) key = 'error.notAllowed';
    }
    if (status >= 500 && !unavailable) this.logger.error({ err: error, path: req.originalUrl }, 'Storefront page failed');
    const detail =
      error instanceof DomainError && status !== 500 && !(error instanceof CsrfError) && status !== 404 ? error.message : undefined;
    this.pages.render(res, web, 'error', { status, message: web.t(key), detail }, status);
  }

  /** The form as typed (passwords never sent back), the first message under each wrong field. */
  private showForm(form: FormViewSpec, problems: FieldError[], req: Request, res: Response): void {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (name: string): string =>
      name.includes('password') || typeof body[name] !== 'string' ? '' : (body[name] as string).trim();
    const fields = Object.fromEntries(form.fields.map((name) => [name, text(name)]));
    const fieldErrors: Record<string, string> = {};
    for (const problem of problems) fieldErrors[problem.field.split(/[.[]/)[0]] ??= problem.errors[0];
    this.pages.render(res, (req as WebRequest).web, form.view, { fields, fieldErrors, next: safeNextPath(body.next) }, 422);
  }
}
