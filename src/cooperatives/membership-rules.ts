import type { MemberRole } from './cooperative-status';

export interface MembershipChange {
  userId: string;
  /** The role after the change; null when the member is removed. */
  newRole: MemberRole | null;
}

/** A cooperative always keeps at least one manager: refuses the change that would leave none. */
export function leavesAManager(members: { userId: string; role: MemberRole }[], change: MembershipChange): boolean {
  return members.some((member) => {
    const role = member.userId === change.userId ? change.newRole : member.role;
    return role === 'manager';
  });
}
