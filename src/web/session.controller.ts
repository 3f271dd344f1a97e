import { Body, Controller, Get, Ip, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { FormView } from './form-view';
import { RegisterForm } from './page-forms';
import { PageRenderer } from './page-renderer.service';
import { safeNextPath } from './web-cookies';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';
import { REGISTER_FIELDS, WebSessionService } from './web-session.service';

/** Sign-in and sign-out pages. */
@Pages()
@Controller()
export class SessionController {
  constructor(
    private readonly sessions: WebSessionService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('sign-in')
  form(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): void {
    this.pages.render(res, web, 'sign-in', {
      email: '',
      next: safeNextPath(query.next),
      error: undefined,
      passwordReset: query.reset === '1',
    });
  }

  @Post('sign-in')
  async signIn(
    @Web() web: WebContext,
    @Body() body: Record<string, unknown>,
    @Ip() ip: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNextPath(body.next);
    try {
      await this.sessions.signIn(web, res, email, password, ip ?? '');
    } catch (error) {
      if (!(error instanceof DomainError) || !['INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS'].includes(error.code)) throw error;
      const throttled = error.code === 'TOO_MANY_REQUESTS';
      this.pages.render(
        res,
        web,
        'sign-in',
        { email, next, error: web.t(throttled ? 'signIn.throttled' : 'signIn.failed') },
        throttled ? 429 : 401,
      );
      return;
    }
    res.redirect(303, next);
  }

  @Get('register')
  registerForm(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): void {
    const fields = Object.fromEntries(REGISTER_FIELDS.map((name) => [name, name === 'role' ? 'buyer' : '']));
    this.pages.render(res, web, 'register', { fields, fieldErrors: {}, next: safeNextPath(query.next) });
  }

  @Post('register')
  @FormView('register', REGISTER_FIELDS)
  async register(@Web() web: WebContext, @Body() form: RegisterForm, @Res() res: Response): Promise<void> {
    const next = safeNextPath(form.next);
    const fieldErrors = await this.sessions.register(web, res, form);
    if (Object.keys(fieldErrors).length > 0) {
      const fields = { name: form.name, email: form.email, password: '', role: form.role ?? 'buyer', country: form.country ?? '' };
      this.pages.render(res, web, 'register', { fields, fieldErrors, next }, 422);
      return;
    }
    res.redirect(303, next);
  }

  @Post('sign-out')
  signOut(@Web() web: WebContext, @Res() res: Response): void {
    this.sessions.signOut(web, res);
    res.redirect(303, '/');
  }
}
