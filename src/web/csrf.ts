import { CallHandler, ExecutionContext, Injectable, NestInterceptor, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { CsrfError } from './csrf-error';
import { CsrfService } from './csrf.service';
import type { WebRequest } from './web-context';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The token comes in the form field `_csrf` or, from htmx, in the `X-CSRF-Token` header. */
function checkCsrf(csrf: CsrfService, req: Request): void {
  const token = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.headers['x-csrf-token'];
  if (!csrf.isValid((req as WebRequest).web.csrfNonce, token)) throw new CsrfError();
}

/**
 * Every storefront form needs the page's CSRF token, checked before anything else about the request
 * (the role guard included: a forged form gets 403 whoever it claims to come from), hence middleware.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(private readonly csrf: CsrfService) {}

  use(req: Request, _res: Response, next: NextFunction): void {
    if (!SAFE.has(req.method)) checkCsrf(this.csrf, req);
    next();
  }
}

/**
 * The same check for multipart forms, whose token is one of the fields the upload interceptor reads:
 * it runs after that interceptor, itself after the role guard, so only a signed-in artisan makes the
 * server read files. WebModule keeps these routes out of CsrfMiddleware.
 */
@Injectable()
export class CsrfAfterUpload implements NestInterceptor {
  constructor(private readonly csrf: CsrfService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    checkCsrf(this.csrf, context.switchToHttp().getRequest<Request>());
    return next.handle();
  }
}
