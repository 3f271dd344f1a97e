import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { assertTransition } from '../common/domain/lifecycle';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { OutboxMessageView, OutboxPage, toOutboxMessageView } from './dto/outbox.view';
import { OutboxQuery } from './dto/outbox.query';
import { OUTBOX_ADMIN_LIFECYCLE } from './outbox-lifecycle';
import { OutboxFilter, OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/** What admins see of the outbox, and their retry of a message that failed or died. */
@Injectable()
export class OutboxAdminService {
  constructor(
    private readonly transactions: Transactions,
    private readonly messages: OutboxRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async list(query: OutboxQuery): Promise<OutboxPage> {
    let before: OutboxFilter['before'];
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['string', 'string']) as string[];
      before = { createdAt, id };
    }
    const rows = await this.messages.list({ status: query.status, to: query.to?.trim().toLowerCase(), before, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((m) => toOutboxMessageView(m)),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  async get(id: string): Promise<OutboxMessageView> {
    const message = await this.messages.findById(id);
    if (!message) throw new DomainError('NOT_FOUND', 'Message not found');
    return toOutboxMessageView(message, true);
  }

  /** Queues a failed or dead message again with a fresh budget of attempts. */
  async retry(id: string, admin: AuthUser): Promise<OutboxMessageView> {
    await this.transactions.run(async (tx) => {
      const message = await this.messages.lockById(tx, id);
      if (!message) throw new DomainError('NOT_FOUND', 'Message not found');
      const status = assertTransition(OUTBOX_ADMIN_LIFECYCLE, message.status, 'retry');
      const before = { status: message.status, attempts: message.attempts };
      message.status = status;
      await this.messages.save(tx, message);
      await this.outbox.queueDelivery(id, tx);
      await this.audit.record(tx, admin, {
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
