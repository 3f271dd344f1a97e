import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import type { User } from '../auth/user';
import type { Branch } from '../common/domain/branches';
import type { RegionCode } from '../common/domain/regions';
import { Cooperative } from './cooperative';
import { CooperativeMember } from './cooperative-member';
import type { CooperativeStatus, MemberRole } from './cooperative-status';

export interface CooperativeFilter {
  status?: CooperativeStatus;
  region?: RegionCode;
  branch?: Branch;
  /** Words in the name, city or a description. */
  q?: string;
  page: number;
  limit: number;
}

/** A member as the members list shows them: the membership with the account's name and email. */
export type MemberListing = Pick<CooperativeMember, 'userId' | 'role'> & Pick<User, 'email' | 'name'> & { joinedAt: Date };

/** The cooperatives aggregate: cooperatives and their members. */
@Injectable()
export class CooperativeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Cooperative | null> {
    return this.dataSource.manager.findOne(Cooperative, { where: { id } });
  }

  /** The cooperative, its row locked for the rest of the transaction when `lock` is set. */
  find(tx: EntityManager, id: string, lock: boolean): Promise<Cooperative | null> {
    return tx.findOne(Cooperative, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** A page of cooperatives by name, and how many match in all. */
  page(filter: CooperativeFilter): Promise<[Cooperative[], number]> {
    const qb = this.dataSource.getRepository(Cooperative).createQueryBuilder('c');
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.region) qb.andWhere('c.region = :region', { region: filter.region });
    if (filter.branch) qb.andWhere(':branch = ANY(c.branches)', { branch: filter.branch });
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('c.name ILIKE :like', { like })
            .orWhere('c.city ILIKE :like')
            .orWhere("c.description->>'en' ILIKE :like")
            .orWhere("c.description->>'fr' ILIKE :like")
            .orWhere("c.description->>'ar' ILIKE :like"),
        ),
      );
    }
    return qb
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((filter.page - 1) * filter.limit)
      .take(filter.limit)
      .getManyAndCount();
  }

  /** The first approved cooperatives in the public list's order, without counting them all. */
  firstApproved(limit: number): Promise<Cooperative[]> {
    return this.dataSource.manager.find(Cooperative, { where: { status: 'approved' }, order: { name: 'ASC', id: 'ASC' }, take: limit });
  }

  /** Inserts a new cooperative, or saves an edited one. */
  save(tx: EntityManager, cooperative: Cooperative): Promise<Cooperative> {
    return tx.save(cooperative);
  }

  async roleOf(tx: EntityManager, cooperativeId: string, userId: string): Promise<MemberRole | null> {
    const row = await tx.findOne(CooperativeMember, { where: { cooperativeId, userId } });
    return row?.role ?? null;
  }

  members(tx: EntityManager, cooperativeId: string): Promise<CooperativeMember[]> {
    return tx.find(CooperativeMember, { where: { cooperativeId } });
  }

  /** The members list (managers first, then by name), or one member's line with `userId`. */
  memberListings(tx: EntityManager, cooperativeId: string, userId?: string): Promise<MemberListing[]> {
    return tx.query<MemberListing[]>(
      `SELECT m.user_id AS "userId", u.email, u.name, m.role, m.created_at AS "joinedAt"
         FROM cooperative_members m JOIN users u ON u.id = m.user_id
        WHERE m.cooperative_id = $1 AND ($2::uuid IS NULL OR m.user_id = $2)
        ORDER BY m.role, u.name`,
      [cooperativeId, userId ?? null],
    );
  }

  /** The account a manager invites by email: who it is and whether it is an artisan's. */
  async userByEmail(tx: EntityManager, email: string): Promise<Pick<User, 'id' | 'email' | 'role'> | undefined> {
    const [row] = await tx.query<Pick<User, 'id' | 'email' | 'role'>[]>('SELECT id, email, role FROM users WHERE email = $1', [email]);
    return row;
  }

  async addMember(tx: EntityManager, member: Pick<CooperativeMember, 'cooperativeId' | 'userId' | 'role'>): Promise<void> {
    await tx.insert(CooperativeMember, member);
  }

  async changeRole(tx: EntityManager, cooperativeId: string, userId: string, role: MemberRole): Promise<void> {
    await tx.update(CooperativeMember, { cooperativeId, userId }, { role });
  }

  async removeMember(tx: EntityManager, cooperativeId: string, userId: string): Promise<void> {
    await tx.delete(CooperativeMember, { cooperativeId, userId });
  }
}
