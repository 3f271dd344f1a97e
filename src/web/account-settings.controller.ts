import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { AccountService } from '../auth/account.service';
import type { AuthUser } from '../auth/auth-user';
import { UpdateMeDto } from '../auth/dto/account.dto';
import { MeService } from '../auth/me.service';
import { DomainError } from '../common/errors/domain-error';
import { PageRenderer } from './page-renderer.service';
import type { WebRequest } from './web-context';

/** A signed-in user's name, language of messages and message preferences. */
@Injectable()
export class AccountSettingsController {
  constructor(
    private readonly me: MeService,
    private readonly account: AccountService,
    private readonly pages: PageRenderer,
  ) {}

  readonly show = async (req: WebRequest, res: Response): Promise<void> => {
    const user = this.user(req);
    const me = await this.me.describe(user.id);
    this.pages.render(res, req.web, 'account', { me, saved: req.query.saved === '1', resent: req.query.resent === '1' });
  };

  readonly update = async (req: WebRequest, res: Response): Promise<void> => {
    const user = this.user(req);
    const body = req.body as Record<string, unknown>;
    const dto = plainToInstance(UpdateMeDto, {
      name: body.name,
      locale: body.locale,
      notifications: { nonEssential: body.nonEssential === '1' },
    });
    const problems = validateSync(dto);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'Name or language is not valid');
    await this.account.update(user, dto);
    res.redirect(303, '/account?saved=1');
  };

  readonly resendVerification = async (req: WebRequest, res: Response): Promise<void> => {
    await this.account.resendVerification(this.user(req));
    res.redirect(303, '/account?resent=1');
  };

  private user(req: WebRequest): AuthUser {
    if (!req.web.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to open this page');
    return req.web.user;
  }
}
