import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import {
  isAdmin,
  mayActForCooperative,
  mayChangeIce,
  mayPayOrder,
  maySeeCooperativeOrder,
  maySeeInsuranceQuote,
  maySeeOrder,
  seesEverything,
  type Need,
} from './access-rules';
import { CooperativeAccess } from './cooperative-access.service';
import type { MemberRole } from './cooperative-status';

interface OwnedOrder {
  buyerId: string;
}

/**
 * The one place API services ask "may this caller…": each method applies a rule of access-rules.ts
 * and refuses as the contract says: outsiders of a cooperative get 403; someone else's order, part
 * of an order or quote is 404, so its id reveals nothing.
 */
@Injectable()
export class AccessService {
  constructor(private readonly cooperatives: CooperativeAccess) {}

  /**
   * The cooperative exists (404 otherwise) and the caller is an admin or a member of it, a manager
   * when `need` says so (403 otherwise): who reads its inner lists and adds to them.
   */
  assertCanReadCooperative(user: AuthUser, cooperativeId: string, need: Need = 'member'): Promise<void> {
    return this.cooperatives.assertCanRead(cooperativeId, user, need);
  }

  /** Admins, and members of the cooperative; 403 otherwise ("Only members of this cooperative can {doing}"). */
  async assertCooperativeMember(tx: EntityManager, user: AuthUser, cooperativeId: string, doing = 'do this'): Promise<void> {
    if (!(await this.isCooperativeMember(tx, user, cooperativeId))) {
      throw new DomainError('FORBIDDEN', `Only members of this cooperative can ${doing}`);
    }
  }

  /** Admins, and managers of the cooperative; 403 otherwise. */
  async assertCooperativeManager(tx: EntityManager, user: AuthUser, cooperativeId: string): Promise<void> {
    if (!mayActForCooperative(user, await this.membership(tx, user, cooperativeId), 'manager')) {
      throw new DomainError('FORBIDDEN', 'Only a manager of this cooperative can do this');
    }
  }

  /** Whether the caller is an admin or a member of the cooperative (for answers that differ, not refusals). */
  async isCooperativeMember(tx: EntityManager, user: AuthUser, cooperativeId: string): Promise<boolean> {
    return mayActForCooperative(user, await this.membership(tx, user, cooperativeId));
  }

  /** The order exists and is the caller's, or the caller is an admin; 404 otherwise. */
  assertOrderBuyer<T extends OwnedOrder>(user: AuthUser, order: T | null | undefined): asserts order is T {
    if (!order || !maySeeOrder(user, order)) throw new DomainError('NOT_FOUND', 'Order not found');
  }

  /** The order exists and the caller bought it (admins included: they do not pay for buyers); 404 otherwise. */
  assertOrderPayer<T extends OwnedOrder>(user: AuthUser, order: T | null | undefined): asserts order is T {
    if (!order || !mayPayOrder(user, order)) throw new DomainError('NOT_FOUND', 'Order not found');
  }

  /**
   * A cooperative's part of an order, found with its order, and the caller bought the order, is a
   * member of the part's cooperative, or an admin: returns what was found; 404 otherwise.
   */
  async assertCooperativeOrderReader<T extends { part: { cooperativeId: string }; order: OwnedOrder }>(
    tx: EntityManager,
    user: AuthUser,
    found: T | null | undefined,
  ): Promise<T> {
    if (found) {
      // The membership is looked up only when being the buyer (or an admin) does not settle it.
      const membership = maySeeOrder(user, found.order) ? null : await this.membership(tx, user, found.part.cooperativeId);
      if (maySeeCooperativeOrder(user, found.order, membership)) return found;
    }
    throw new DomainError('NOT_FOUND', 'Cooperative order not found');
  }

  /** The quote exists and the caller requested it, or is an admin; 404 otherwise. */
  assertQuoteRequester<T extends { requesterId: string }>(user: AuthUser, quote: T | null | undefined): asserts quote is T {
    if (!quote || !maySeeInsuranceQuote(user, quote)) throw new DomainError('NOT_FOUND', 'Insurance quote not found');
  }

  /** Only an admin sets a cooperative's ICE; 403 otherwise. */
  assertMayChangeIce(user: AuthUser): void {
    if (!mayChangeIce(user)) throw new DomainError('FORBIDDEN', "Only an admin can change a cooperative's ICE");
  }

  /** Lists show admins every order and cooperative; others their own orders and approved cooperatives. */
  seesEverything(user: AuthUser | undefined): boolean {
    return seesEverything(user);
  }

  /** An admin's own memberships never matter, so none is looked up. */
  private async membership(tx: EntityManager, user: AuthUser, cooperativeId: string): Promise<MemberRole | null> {
    return isAdmin(user) ? null : this.cooperatives.roleOf(tx, cooperativeId, user.id);
  }
}
