import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { OutboxQuery } from '../notifications/dto/outbox.query';
import { OUTBOX_STATUSES, type OutboxStatus } from '../notifications/outbox-message';
import { OutboxAdminService } from '../notifications/outbox-admin.service';
import { notFound } from './page-ids';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

const messageId = notFound('Message');

/** Admins see what was (or, without SMTP, would have been) sent, read each message, and retry dead ones. */
@Pages()
@Auth('admin')
@Controller('admin/outbox')
export class OutboxPageController {
  constructor(
    private readonly outbox: OutboxAdminService,
    private readonly pages: PageRenderer,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get()
  async list(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const wanted = typeof query.status === 'string' ? query.status : '';
    const status = (OUTBOX_STATUSES as readonly string[]).includes(wanted) ? (wanted as OutboxStatus) : undefined;
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const page = await this.outbox.list(plainToInstance(OutboxQuery, { limit: 50, status, cursor }));
    const smtp = this.config.mail.smtpUrl !== undefined;
    this.pages.render(res, web, 'admin-outbox', { page, status: status ?? '', statuses: OUTBOX_STATUSES, smtp });
  }

  @Get(':id')
  async show(
    @Web() web: WebContext,
    @Param('id', messageId) id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const message = await this.outbox.get(id);
    this.pages.render(res, web, 'admin-outbox-message', { message, retried: query.retried === '1' });
  }

  @Post(':id/retry')
  async retry(@CurrentUser() admin: AuthUser, @Param('id', messageId) id: string, @Res() res: Response): Promise<void> {
    await this.outbox.retry(id, admin);
    res.redirect(303, `/admin/outbox/${id}?retried=1`);
  }
}
