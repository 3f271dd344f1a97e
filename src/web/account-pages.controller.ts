import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EmailVerificationService } from '../auth/email-verification.service';
import { PasswordResetService } from '../auth/password-reset.service';
import { DomainError } from '../common/errors/domain-error';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

const field = (body: Record<string, unknown>, name: string): string => {
  const value = body[name];
  return typeof value === 'string' ? value : '';
};

/** The pages behind the links in account emails: forgotten password, reset, email verification. */
@Pages()
@Controller()
export class AccountPagesController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly verification: EmailVerificationService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('forgot-password')
  forgotForm(@Web() web: WebContext, @Res() res: Response): void {
    this.pages.render(res, web, 'forgot-password', { sent: false, email: '' });
  }

  /** Same page whether or not the address has an account. */
  @Post('forgot-password')
  async forgot(@Web() web: WebContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const email = field(body, 'email').trim();
    if (email.length > 0 && email.length <= 254) await this.resets.request(email);
    this.pages.render(res, web, 'forgot-password', { sent: true, email });
  }

  @Get('reset-password')
  resetForm(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): void {
    const token = typeof query.token === 'string' ? query.token : '';
    this.pages.render(res, web, 'reset-password', { token, error: undefined });
  }

  @Post('reset-password')
  async reset(@Web() web: WebContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const token = field(body, 'token');
    const password = field(body, 'password');
    if (password.length < 10 || password.length > 200) {
      this.pages.render(res, web, 'reset-password', { token, error: web.t('reset.password') }, 422);
      return;
    }
    try {
      await this.resets.confirm(token.slice(0, 200), password);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'TOKEN_INVALID') throw error;
      this.pages.render(res, web, 'reset-password', { token: '', error: web.t('reset.invalid') }, 400);
      return;
    }
    res.redirect(303, '/sign-in?reset=1');
  }

  @Get('verify-email')
  async verify(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const token = typeof query.token === 'string' ? query.token.slice(0, 2000) : '';
    let verified = true;
    try {
      await this.verification.verify(token);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'TOKEN_INVALID') throw error;
      verified = false;
    }
    this.pages.render(res, web, 'verify-email', { verified }, verified ? 200 : 400);
  }
}
