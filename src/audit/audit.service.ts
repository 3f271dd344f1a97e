import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { AuditEntryRepository } from './audit-entry.repository';
import { AuditQuery } from './dto/audit-query';
import { AuditPage } from './dto/audit-entry.view';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string;
  before?: object;
  after?: object;
}

@Injectable()
export class AuditService {
  constructor(private readonly entries: AuditEntryRepository) {}

  /** Written with the caller's transaction manager, so the record commits or rolls back with the change. */
  async record(tx: EntityManager, actor: AuthUser, record: AuditRecord): Promise<void> {
    await this.entries.insert(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      before: record.before ?? null,
      after: record.after ?? null,
    });
  }

  async list(query: AuditQuery): Promise<AuditPage> {
    const { cursor, limit, ...filter } = query;
    const [createdAt, id] = cursor ? (decodeCursor(cursor, ['string', 'string']) as string[]) : [];
    const rows = await this.entries.list({ ...filter, before: createdAt && id ? { createdAt, id } : undefined }, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => row.entry),
      nextCursor: rows.length > limit && last ? encodeCursor([last.cursorAt, last.entry.id]) : null,
    };
  }
}
