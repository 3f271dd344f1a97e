import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccountService } from '../auth/account.service';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MeService } from '../auth/me.service';
import { AccountForm } from './page-forms';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

/** A signed-in user's name, language of messages and message preferences. */
@Pages()
@Auth()
@Controller('account')
export class AccountSettingsController {
  constructor(
    private readonly me: MeService,
    private readonly account: AccountService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async show(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const me = await this.me.describe(user.id);
    this.pages.render(res, web, 'account', { me, saved: query.saved === '1', resent: query.resent === '1' });
  }

  @Post()
  async update(@CurrentUser() user: AuthUser, @Body() form: AccountForm, @Res() res: Response): Promise<void> {
    await this.account.update(user, { name: form.name, locale: form.locale, notifications: { nonEssential: form.nonEssential === '1' } });
    res.redirect(303, '/account?saved=1');
  }

  @Post('verification')
  async resendVerification(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.account.resendVerification(user);
    res.redirect(303, '/account?resent=1');
  }
}
