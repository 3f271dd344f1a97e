import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { PageRenderer } from './page-renderer.service';
import { safeNextPath } from './web-cookies';
import type { WebRequest } from './web-context';
import { REGISTER_FIELDS, RegisterFields, WebSessionService } from './web-session.service';

/** Sign-in and sign-out pages. */
@Injectable()
export class SessionController {
  constructor(
    private readonly sessions: WebSessionService,
    private readonly pages: PageRenderer,
  ) {}

  readonly form = (req: WebRequest, res: Response): void => {
    this.pages.render(res, req.web, 'sign-in', { email: '', next: safeNextPath(req.query.next), error: undefined, passwordReset: req.query.reset === '1' });
  };

  readonly signIn = async (req: WebRequest, res: Response): Promise<void> => {
    const body = req.body as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNextPath(body.next);
    try {
      await this.sessions.signIn(req.web, res, email, password, req.ip ?? '');
    } catch (error) {
      if (!(error instanceof DomainError) || !['INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS'].includes(error.code)) throw error;
      const throttled = error.code === 'TOO_MANY_REQUESTS';
      this.pages.render(res, req.web, 'sign-in', { email, next, error: req.web.t(throttled ? 'signIn.throttled' : 'signIn.failed') }, throttled ? 429 : 401);
      return;
    }
    res.redirect(303, next);
  };

  readonly registerForm = (req: WebRequest, res: Response): void => {
    const fields = Object.fromEntries(REGISTER_FIELDS.map((name) => [name, name === 'role' ? 'buyer' : ''])) as RegisterFields;
    this.pages.render(res, req.web, 'register', { fields, fieldErrors: {}, next: safeNextPath(req.query.next) });
  };

  readonly register = async (req: WebRequest, res: Response): Promise<void> => {
    const body = req.body as Record<string, unknown>;
    const fields = Object.fromEntries(REGISTER_FIELDS.map((name) => [name, typeof body[name] === 'string' ? (body[name] as string).trim() : ''])) as RegisterFields;
    // The password is kept as typed: spaces may be part of it.
    fields.password = typeof body.password === 'string' ? body.password : '';
    const next = safeNextPath(body.next);
    const fieldErrors = await this.sessions.register(req.web, res, fields);
    if (Object.keys(fieldErrors).length > 0) {
      this.pages.render(res, req.web, 'register', { fields: { ...fields, password: '' }, fieldErrors, next }, 422);
      return;
    }
    res.redirect(303, next);
  };

  readonly signOut = (req: WebRequest, res: Response): void => {
    this.sessions.signOut(req.web, res);
    res.redirect(303, '/');
  };
}
