import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { OutboxMessageView, OutboxPage } from './dto/outbox.view';
import { OutboxQuery } from './dto/outbox.query';
import type { OutboxMessage } from './outbox-message';
import { OutboxFilter, OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

function view(m: OutboxMessage, withBody = false): OutboxMessageView {
  return {
    id: m.id,
    kind: m.kind,
    to: m.toAddress,
    locale: m.locale,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
    ...(withBody ? { text: m.text, html: m.html } : {}),
  };
}

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
      items: page.map((m) => view(m)),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  async get(id: string): Promise<OutboxMessageView> {
    const message = await this.messages.findById(id);
    if (!message) throw new DomainError('NOT_FOUND', 'Message not found');
    return view(message, true);
  }

  /** Queues a failed or dead message again with a fresh budget of attempts. */
  async retry(id: string, admin: AuthUser): Promise<OutboxMessageView> {
    await this.transactions.run(async (tx) => {
      const message = await this.messages.lockById(tx, id);
      if (!message) throw new DomainError('NOT_FOUND', 'Message not found');
      if (message.status !== 'dead' && message.status !== 'failed') {
        const problem = `This message is ${message.status}; only a failed or dead message can be retried`;
        throw new DomainError('INVALID_STATE', problem);
      }
      const before = { status: message.status, attempts: message.attempts };
      message.status = 'pending';
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
