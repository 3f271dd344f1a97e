import { Body, Controller, Get, Ip, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
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
      fields: { email: '' },
      next: safeNextPath(query.next),
      message: undefined,
      passwordReset: query.reset === '1',
    });
  }

  /** Wrong credentials (401) and too many attempts (429) are the form again, see WebErrorHandler. */
  @Post('sign-in')
  @FormView('sign-in', ['email'])
  async signIn(
    @Web() web: WebContext,
    @Body() body: Record<string, unknown>,
    @Ip() ip: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    await this.sessions.signIn(web, res, email, password, ip ?? '');
    res.redirect(303, safeNextPath(body.next));
  }

  @Get('register')
  registerForm(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): void {
    const fields = Object.fromEntries(REGISTER_FIELDS.map((name) => [name, name === 'role' ? 'buyer' : '']));
    this.pages.render(res, web, 'register', { fields, fieldErrors: {}, next: safeNextPath(query.next) });
  }

  /** A taken email is the form again, with the message under the email field (WebErrorHandler). */
  @Post('register')
  @FormView('register', REGISTER_FIELDS)
  async register(@Web() web: WebContext, @Body() form: RegisterForm, @Res() res: Response): Promise<void> {
    await this.sessions.register(web, res, form);
    res.redirect(303, safeNextPath(form.next));
  }

  @Post('sign-out')
  signOut(@Web() web: WebContext, @Res() res: Response): void {
    this.sessions.signOut(web, res);
    res.redirect(303, '/');
  }
}
