import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { OutboxQuery } from '../notifications/dto/outbox.query';
import { OUTBOX_STATUSES, type OutboxStatus } from '../notifications/outbox-message';
import { OutboxAdminService } from '../notifications/outbox-admin.service';
import { PageRenderer } from './page-renderer.service';
import { requireRole } from './web-access';
import type { WebRequest } from './web-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Admins see what was (or, without SMTP, would have been) sent, read each message, and retry dead ones. */
@Injectable()
export class OutboxPageController {
  constructor(
    private readonly outbox: OutboxAdminService,
    private readonly pages: PageRenderer,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  readonly list = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const wanted = typeof req.query.status === 'string' ? req.query.status : '';
    const status = (OUTBOX_STATUSES as readonly string[]).includes(wanted) ? (wanted as OutboxStatus) : undefined;
    const cursor = typeof req.query.cursor === 'string' && req.query.cursor ? req.query.cursor : undefined;
    const page = await this.outbox.list(plainToInstance(OutboxQuery, { limit: 50, status, cursor }));
    const smtp = this.config.mail.smtpUrl !== undefined;
    this.pages.render(res, req.web, 'admin-outbox', { page, status: status ?? '', statuses: OUTBOX_STATUSES, smtp });
  };

  readonly show = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const message = await this.outbox.get(this.id(req));
    this.pages.render(res, req.web, 'admin-outbox-message', { message, retried: req.query.retried === '1' });
  };

  readonly retry = async (req: WebRequest, res: Response): Promise<void> => {
    const admin = requireRole(req.web, 'admin');
    const id = this.id(req);
    await this.outbox.retry(id, admin);
    res.redirect(303, `/admin/outbox/${id}?retried=1`);
  };

  private id(req: WebRequest): string {
    const id = String(req.params.id ?? '');
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND', 'Message not found');
    return id;
  }
}
