import { CallHandler, CanActivate, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { CsrfError } from './csrf-error';
import { CsrfService } from './csrf.service';
import type { WebRequest } from './web-context';

/** The token comes in the form field `_csrf` or, from htmx, in the `X-CSRF-Token` header. */
function checkCsrf(csrf: CsrfService, context: ExecutionContext): void {
  const req = context.switchToHttp().getRequest<WebRequest>();
  const token = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.headers['x-csrf-token'];
  if (!csrf.isValid(req.web.csrfNonce, token)) throw new CsrfError();
}

/** Every storefront form needs the page's CSRF token. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly csrf: CsrfService) {}

  canActivate(context: ExecutionContext): boolean {
    checkCsrf(this.csrf, context);
    return true;
  }
}

/**
 * The same check for multipart forms, whose token is one of the fields the upload interceptor reads:
 * it runs after that interceptor, itself after the role guard, so only a signed-in artisan makes the
 * server read files.
 */
@Injectable()
export class CsrfAfterUpload implements NestInterceptor {
  constructor(private readonly csrf: CsrfService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    checkCsrf(this.csrf, context);
    return next.handle();
  }
}
