import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { isAdmin, mayActForCooperative, type Need } from './access-rules';
import { Cooperative } from './cooperative';
import { CooperativeRepository } from './cooperative.repository';
import type { MemberRole } from './cooperative-status';

/** Authorization by ownership: what a caller may see or do depends on their membership. */
@Injectable()
export class CooperativeAccess {
  constructor(
    private readonly transactions: Transactions,
    private readonly cooperatives: CooperativeRepository,
  ) {}

  roleOf(manager: EntityManager, cooperativeId: string, userId: string): Promise<MemberRole | null> {
    return this.cooperatives.roleOf(manager, cooperativeId, userId);
  }

  /** Approved cooperatives are public; others exist only for their members and admins (404 otherwise). */
  async findVisible(id: string, user: AuthUser | undefined): Promise<Cooperative> {
    const cooperative = await this.cooperatives.findById(id);
    if (cooperative && (cooperative.status === 'approved' || (await this.canSeeAll(cooperative.id, user)))) return cooperative;
    throw new DomainError('NOT_FOUND', 'Cooperative not found');
  }

  /** Members (or managers) and admins read the inner lists of a cooperative. */
  async assertCanRead(id: string, user: AuthUser, need: Need = 'member'): Promise<void> {
    await this.authorize(this.transactions.manager, id, user, need, false);
  }

  /**
   * Locks the cooperative row for the rest of the transaction (serialising concurrent changes to it
   * and its members) after checking that the caller is an admin or a member with `need`.
   */
  lockForChange(manager: EntityManager, id: string, user: AuthUser, need: Need): Promise<Cooperative> {
    return this.authorize(manager, id, user, need, true);
  }

  private async authorize(manager: EntityManager, id: string, user: AuthUser, need: Need, lock: boolean): Promise<Cooperative> {
    const cooperative = await this.cooperatives.find(manager, id, lock);
    if (!cooperative) throw new DomainError('NOT_FOUND', 'Cooperative not found');
    if (isAdmin(user)) return cooperative;
    const role = await this.roleOf(manager, id, user.id);
    if (!mayActForCooperative(user, role)) throw new DomainError('FORBIDDEN', 'You are not a member of this cooperative');
    if (!mayActForCooperative(user, role, need)) throw new DomainError('FORBIDDEN', 'Only a manager of this cooperative can do this');
    return cooperative;
  }

  private async canSeeAll(cooperativeId: string, user: AuthUser | undefined): Promise<boolean> {
    if (!user) return false;
    if (isAdmin(user)) return true;
    return mayActForCooperative(user, await this.roleOf(this.transactions.manager, cooperativeId, user.id));
  }
}
