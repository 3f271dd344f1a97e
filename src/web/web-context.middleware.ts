import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { isDatabaseUnavailable } from '../common/database/database-unavailable';
import { WebContextService } from './web-context.service';
import type { WebRequest } from './web-context';

/**
 * Gives every page request its `req.web`, and its signed-in user as `req.user` for the global
 * AuthGuard, so `@Auth(role)` guards pages as it guards the API. A request with `req.web` is a
 * page's: its errors are rendered as pages (WebErrorHandler).
 */
@Injectable()
export class WebContextMiddleware implements NestMiddleware {
  constructor(private readonly context: WebContextService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const page = req as WebRequest & { user?: AuthUser };
    try {
      page.web = await this.context.build(req, res, true);
    } catch (error) {
      // With the database away, a context read from the cookies alone still renders the error page.
      if (isDatabaseUnavailable(error)) page.web = await this.context.build(req, res, false);
      throw error;
    }
    page.user = page.web.user;
    next();
  }
}
