import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { cursorTimeSql, decodeCursor, encodeCursor } from '../common/paging/cursor';
import { AuditEntry } from './audit-entry';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written with the caller's transaction manager, so the record commits or rolls back with the change. */
  async record(manager: EntityManager, actor: AuthUser, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEntry, {
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
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.from) qb.andWhere('a.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.created_at < :to', { to: query.to });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['string', 'string']);
      qb.andWhere('(a.created_at, a.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const { entities: rows, raw } = await qb
      .addSelect(cursorTimeSql('a.created_at'), 'cursor_at')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(query.limit + 1)
      .getRawAndEntities<{ a_id: string; cursor_at: string }>();
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > query.limit && last ? encodeCursor([raw.find((r) => r.a_id === last.id)!.cursor_at, last.id]) : null,
    };
  }
}
