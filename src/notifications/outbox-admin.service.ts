import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { assertTransition } from '../common/domain/lifecycle';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { OutboxMessageView, OutboxPage, toOutboxMessageView } from './dto/outbox.view';
import { OutboxQuery } from './dto/outbox.query';
import { OUTBOX_ADMIN_LIFECYCLE } from './outbox-lifecycle';
import { OutboxMessage } from './outbox-message';
import { OutboxService } from './outbox.service';

/** What admins see of the outbox, and their retry of a message that failed or died. */
@Injectable()
export class OutboxAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async list(query: OutboxQuery): Promise<OutboxPage> {
    const qb = this.dataSource.getRepository(OutboxMessage).createQueryBuilder('m');
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.to) qb.andWhere('m.to_address = :to', { to: query.to.trim().toLowerCase() });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['string', 'string']);
      qb.andWhere('(m.created_at, m.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').limit(query.limit + 1).getMany();
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((m) => toOutboxMessageView(m)),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  async get(id: string): Promise<OutboxMessageView> {
    const message = await this.dataSource.getRepository(OutboxMessage).findOne({ where: { id } });
    if (!message) throw new DomainError('NOT_FOUND', 'Message not found');
    return toOutboxMessageView(message, true);
  }

  /** Queues a failed or dead message again with a fresh budget of attempts. */
  async retry(id: string, admin: AuthUser): Promise<OutboxMessageView> {
    await this.dataSource.transaction(async (manager) => {
      const message = await manager.findOne(OutboxMessage, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!message) throw new DomainError('NOT_FOUND', 'Message not found');
      const status = assertTransition(OUTBOX_ADMIN_LIFECYCLE, message.status, 'retry');
      const before = { status: message.status, attempts: message.attempts };
      message.status = status;
      await manager.save(message);
      await this.outbox.queueDelivery(id, manager);
      await this.audit.record(manager, admin, {
        action: 'outbox.retry',
        targetType: 'outbox_message',
        targetId: id,
        before,
        after: { status: 'pending' },
      });
    });
    return this.get(id);
  }
}
