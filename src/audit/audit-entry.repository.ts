import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { cursorTimeSql } from '../common/paging/cursor';
import { AuditEntry } from './audit-entry';

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'createdAt'>;

export interface AuditFilter {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  /** Keyset position: entries strictly older than this one. */
  before?: { createdAt: string; id: string };
}

/** An entry with its creation time as the text a cursor keeps (microseconds). */
export interface AuditEntryAt {
  entry: AuditEntry;
  cursorAt: string;
}

@Injectable()
export class AuditEntryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(tx: EntityManager, entry: NewAuditEntry): Promise<void> {
    await tx.insert(AuditEntry, entry);
  }

  /** Newest first, `limit` entries at most. */
  async list(filter: AuditFilter, limit: number): Promise<AuditEntryAt[]> {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.targetType) qb.andWhere('a.target_type = :targetType', { targetType: filter.targetType });
    if (filter.targetId) qb.andWhere('a.target_id = :targetId', { targetId: filter.targetId });
    if (filter.from) qb.andWhere('a.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.created_at < :to', { to: filter.to });
    if (filter.before) {
      qb.andWhere('(a.created_at, a.id) < (:createdAt::timestamptz, :id::uuid)', {
        createdAt: filter.before.createdAt,
        id: filter.before.id,
      });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimeSql('a.created_at'), 'cursorAt')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ a_id: string; cursorAt: string }>();
    const cursorAt = new Map(raw.map((row) => [row.a_id, row.cursorAt]));
    return entities.map((entry) => ({ entry, cursorAt: cursorAt.get(entry.id)! }));
  }
}
