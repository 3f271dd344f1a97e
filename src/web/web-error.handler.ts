import { HttpException, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DATABASE_RETRY_AFTER_SECONDS, DatabaseOutage } from '../common/database/database-outage.service';
import { isDatabaseUnavailable } from '../common/database/database-unavailable';
import { DomainError } from '../common/errors/domain-error';
import { ERROR_STATUS, type ErrorCode } from '../common/errors/error-code';
import { ErrorPages } from '../common/errors/error-pages';
import type { FieldError } from '../common/http/validation.pipe';
import type { FormFailure, FormRequest, FormViewSpec } from './form-view';
import { imageLimits, limitFigures } from '../media/image-processor';
import { CsrfError } from './csrf-error';
import type { MessageKey } from './i18n/messages.en';
import { PageRenderer } from './page-renderer.service';
import type { WebRequest } from './web-context';
import { safeNextPath } from './web-cookies';

/** Refusals a page words itself, in the visitor's language, rather than with the service's message. */
const PAGE_MESSAGES: Partial<Record<ErrorCode, MessageKey>> = {
  INVALID_CREDENTIALS: 'signIn.failed',
  TOO_MANY_REQUESTS: 'signIn.throttled',
  EMAIL_TAKEN: 'register.emailTaken',
};

/** Photos refused by their bytes, worded on the page with what to send instead (an iPhone's HEIC, say). */
const PHOTO_REFUSALS: Partial<Record<ErrorCode, MessageKey>> = {
  PAYLOAD_TOO_LARGE: 'error.photoTooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'error.photoUnsupported',
};

/** The field a refusal is about, shown under it when the form has it (otherwise above the form). */
const REFUSED_FIELD: Partial<Record<ErrorCode, string>> = {
  EMAIL_TAKEN: 'email',
  ICE_TAKEN: 'ice',
  INVALID_HS_CODE: 'hsCode',
  OUT_OF_STOCK: 'stock',
  INVALID_DESTINATION: 'country',
};

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
    private readonly modules: ModuleRef,
    @InjectConfig() private readonly config: AppConfig,
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
    if (form && error instanceof DomainError && this.reshows(error)) {
      // The page's data may itself be refused (the product went away meanwhile): that is the page shown.
      return void this.showForm(form, error, req, res).catch((failed: unknown) => {
        (req as FormRequest).formView = undefined;
        this.render(failed, req, res);
      });
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
    else if (error instanceof DomainError || (error instanceof HttpException && error.getStatus() < 500)) {
      // Nest's own refusals (no such page, a pipe's 400) keep their status like a service's.
      status = error instanceof DomainError ? ERROR_STATUS[error.code] : error.getStatus();
      if (status === 404) key = 'error.notFound';
      else if (status === 400) key = 'error.badRequest';
      else if (status === 403) key = 'error.notAllowed';
    }
    if (status >= 500 && !unavailable) this.logger.error({ err: error, path: req.originalUrl }, 'Storefront page failed');
    let detail =
      error instanceof DomainError && status !== 500 && !(error instanceof CsrfError) && status !== 404 ? error.message : undefined;
    const photo = error instanceof DomainError ? PHOTO_REFUSALS[error.code] : undefined;
    if (photo) {
      key = 'error.photoRefused';
      const file = ((error as DomainError).details as { file?: unknown } | undefined)?.file;
      const said = web.t(photo, limitFigures(imageLimits(this.config.media)));
      detail = typeof file === 'string' ? `${file} — ${said}` : said;
    }
    this.pages.render(res, web, 'error', { status, message: web.t(key), detail }, status);
  }

  /**
   * A form is shown again for what was typed: the pipe's field errors and any 4xx a service refuses
   * it with, but for 403 and 404, which are about the page, not the input; a 5xx is the error page.
   */
  private reshows(error: DomainError): boolean {
    const status = ERROR_STATUS[error.code];
    return status >= 400 && status < 500 && status !== 403 && status !== 404;
  }

  /**
   * The form as typed (passwords never sent back), the first message under each wrong field; 422, but
   * a refusal HTTP names itself (401 wrong credentials, 429 throttled) keeps its status.
   */
  private async showForm(form: FormViewSpec, error: DomainError, req: Request, res: Response): Promise<void> {
    const web = (req as WebRequest).web;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (name: string): string =>
      name.includes('password') || typeof body[name] !== 'string' ? '' : (body[name] as string).trim();
    const fields = Object.fromEntries(form.fields.map((name) => [name, text(name)]));
    const fieldErrors: Record<string, string> = {};
    const fieldOf = (path: string): string => {
      const field = path.replace(/\[\d+\]$/, '');
      const head = field.split(/[.[]/)[0];
      return form.fieldOf?.[field] ?? form.fieldOf?.[head] ?? (form.fields.includes(head) ? head : 'form');
    };
    let message: string | undefined;
    if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
      for (const problem of error.details as FieldError[]) fieldErrors[fieldOf(problem.field)] ??= problem.errors[0];
    } else {
      const key = PAGE_MESSAGES[error.code];
      const said = key ? web.t(key) : error.message;
      const field = REFUSED_FIELD[error.code];
      if (field && form.fields.includes(field)) fieldErrors[field] = said;
      else message = said;
    }
    const failure: FormFailure = { fields, fieldErrors, message, next: safeNextPath(body.next), error };
    const data = form.model
      ? await this.modules.get(form.model, { strict: false }).model(failure, req as FormRequest)
      : { fields, fieldErrors, message, next: failure.next };
    const status = ERROR_STATUS[error.code];
    this.pages.render(res, web, form.view, data, status === 401 || status === 429 ? status : 422);
  }
}
