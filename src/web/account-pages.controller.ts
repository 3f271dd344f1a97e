import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { EmailVerificationService } from '../auth/email-verification.service';
import { PasswordResetService } from '../auth/password-reset.service';
import { DomainError } from '../common/errors/domain-error';
import { PageRenderer } from './page-renderer.service';
import type { WebRequest } from './web-context';

const field = (body: unknown, name: string): string => {
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
};

/** The pages behind the links in account emails: forgotten password, reset, email verification. */
@Injectable()
export class AccountPagesController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly verification: EmailVerificationService,
    private readonly pages: PageRenderer,
  ) {}

  readonly forgotForm = (req: WebRequest, res: Response): void => {
    this.pages.render(res, req.web, 'forgot-password', { sent: false, email: '' });
  };

  /** Same page whether or not the address has an account. */
  readonly forgot = async (req: WebRequest, res: Response): Promise<void> => {
    const email = field(req.body, 'email').trim();
    if (email.length > 0 && email.length <= 254) await this.resets.request(email);
    this.pages.render(res, req.web, 'forgot-password', { sent: true, email });
  };

  readonly resetForm = (req: WebRequest, res: Response): void => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    this.pages.render(res, req.web, 'reset-password', { token, error: undefined });
  };

  readonly reset = async (req: WebRequest, res: Response): Promise<void> => {
    const token = field(req.body, 'token');
    const password = field(req.body, 'password');
    if (password.length < 10 || password.length > 200) {
      this.pages.render(res, req.web, 'reset-password', { token, error: req.web.t('reset.password') }, 422);
      return;
    }
    try {
      await this.resets.confirm(token.slice(0, 200), password);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'TOKEN_INVALID') throw error;
      this.pages.render(res, req.web, 'reset-password', { token: '', error: req.web.t('reset.invalid') }, 400);
      return;
    }
    res.redirect(303, '/sign-in?reset=1');
  };

  readonly verify = async (req: WebRequest, res: Response): Promise<void> => {
    const token = typeof req.query.token === 'string' ? req.query.token.slice(0, 2000) : '';
    let verified = true;
    try {
      await this.verification.verify(token);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'TOKEN_INVALID') throw error;
      verified = false;
    }
    this.pages.render(res, req.web, 'verify-email', { verified }, verified ? 200 : 400);
  };
}
