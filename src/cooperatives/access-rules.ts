import type { AuthUser } from '../auth/auth-user';
import type { MemberRole } from './cooperative-status';

/**
 * Who may see or do what, as plain decisions: AccessService applies them (looking up memberships,
 * choosing 403 or 404). Only the caller's id and role matter.
 */
export type Caller = Pick<AuthUser, 'id' | 'role'>;

/** What a caller must be in a cooperative: any member, or one of its managers. */
export type Need = 'member' | 'manager';

/** Admins see and act on everything; every other decision below lets them through. */
export function isAdmin(user: Caller): boolean {
  return user.role === 'admin';
}

/** Admins act for every cooperative; others through their membership (`null`: none), managers for `manager`. */
export function mayActForCooperative(user: Caller, membership: MemberRole | null, need: Need = 'member'): boolean {
  if (isAdmin(user)) return true;
  return membership !== null && (need === 'member' || membership === 'manager');
}

/** An order is its buyer's (and admins'). */
export function maySeeOrder(user: Caller, order: { buyerId: string }): boolean {
  return isAdmin(user) || order.buyerId === user.id;
}

/** Only the buyer pays for an order: an admin may see or cancel it, not check it out. */
export function mayPayOrder(user: Caller, order: { buyerId: string }): boolean {
  return order.buyerId === user.id;
}

/** A cooperative's part of an order is seen by the order's buyer, that cooperative's members and admins. */
export function maySeeCooperativeOrder(user: Caller, order: { buyerId: string }, membership: MemberRole | null): boolean {
  return maySeeOrder(user, order) || mayActForCooperative(user, membership);
}

/** An insurance quote is its requester's (and admins'). */
export function maySeeInsuranceQuote(user: Caller, quote: { requesterId: string }): boolean {
  return isAdmin(user) || quote.requesterId === user.id;
}

/** Only admins list other people's orders and cooperatives that are not approved. */
export function seesEverything(user: Caller | undefined): boolean {
  return user !== undefined && isAdmin(user);
}

/** A cooperative's ICE identifies it to customs: only an admin changes it. */
export function mayChangeIce(user: Caller): boolean {
  return isAdmin(user);
}
