import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../common/database/prepared-query';
import { OutboxMessage, type OutboxStatus } from './outbox-message';

export type NewOutboxMessage = Pick<OutboxMessage, 'kind' | 'recipientId' | 'toAddress' | 'locale' | 'subject' | 'html' | 'text'>;
export type LeasedMessage = Pick<OutboxMessage, 'id' | 'toAddress' | 'subject' | 'html' | 'text'>;

export interface OutboxFilter {
  status?: OutboxStatus;
  to?: string;
  /** Messages before this one, newest first. */
  before?: { createdAt: string; id: string };
  limit: number;
}

/** The outbox: messages written with their event, leased by the delivery worker, retried by admins. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A pending message; returns its id. */
  async insert(tx: EntityManager, message: NewOutboxMessage): Promise<string> {
    // Named: one is written with most orders, inside the placing transaction.
    const [row] = await preparedQuery<{ id: string }>(
      tx,
      'outbox_insert',
      `INSERT INTO outbox_messages (kind, recipient_id, to_address, locale, subject, html, text, status, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 0) RETURNING id`,
      [message.kind, message.recipientId, message.toAddress, message.locale, message.subject, message.html, message.text],
    );
    return row!.id;
  }

  /** Leases the message for sending; undefined when it was sent, is dead, or another job holds it. */
  async lease(id: string, seconds: number): Promise<LeasedMessage | undefined> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [[message]]: [LeasedMessage[], number] = await this.dataSource.query(
      `UPDATE outbox_messages SET lease_until = now() + make_interval(secs => $2), updated_at = now()
        WHERE id = $1 AND status IN ('pending', 'failed') AND (lease_until IS NULL OR lease_until < now())
        RETURNING id, to_address AS "toAddress", subject, html, text`,
      [id, seconds],
    );
    return message;
  }

  async markFailed(id: string, status: Extract<OutboxStatus, 'failed' | 'dead'>, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET attempts = attempts + 1, status = $2, last_error = $3, lease_until = NULL, updated_at = now()
        WHERE id = $1`,
      [id, status, error],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET attempts = attempts + 1, status = 'sent', sent_at = now(), last_error = NULL,
              lease_until = NULL, updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }

  list(filter: OutboxFilter): Promise<OutboxMessage[]> {
    const qb = this.dataSource.getRepository(OutboxMessage).createQueryBuilder('m');
    if (filter.status) qb.andWhere('m.status = :status', { status: filter.status });
    if (filter.to) qb.andWhere('m.to_address = :to', { to: filter.to });
    if (filter.before) {
      qb.andWhere('(m.created_at, m.id) < (:createdAt::timestamptz, :id::uuid)', filter.before);
    }
    return qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').limit(filter.limit).getMany();
  }

  findById(id: string): Promise<OutboxMessage | null> {
    return this.dataSource.manager.findOne(OutboxMessage, { where: { id } });
  }

  lockById(tx: EntityManager, id: string): Promise<OutboxMessage | null> {
    return tx.findOne(OutboxMessage, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(tx: EntityManager, message: OutboxMessage): Promise<void> {
    await tx.save(message);
  }
}
