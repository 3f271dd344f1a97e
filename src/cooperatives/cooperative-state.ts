import type { Lifecycle } from '../common/domain/lifecycle';
import { DomainError } from '../common/errors/domain-error';
import type { CooperativeStatus } from './cooperative-status';

export const COOPERATIVE_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
export type CooperativeAction = (typeof COOPERATIVE_ACTIONS)[number];

/** The verification life cycle: pending → approved | rejected; approved ⇄ suspended. */
export const COOPERATIVE_LIFECYCLE: Lifecycle<CooperativeStatus, CooperativeAction> = {
  subject: 'cooperative',
  eventKey: 'action',
  table: {
    pending: { approve: 'approved', reject: 'rejected' },
    approved: { suspend: 'suspended' },
    suspended: { reinstate: 'approved' },
    rejected: {},
  },
};

const NEEDS_REASON: ReadonlySet<CooperativeAction> = new Set(['reject', 'suspend']);

/**
 * The reason kept with the status `action` leads to, trimmed: required to reject or suspend;
 * approval and reinstatement clear the reason of an earlier suspension.
 */
export function cooperativeStatusReason(current: CooperativeStatus, action: CooperativeAction, reason?: string): string | null {
  if (!NEEDS_REASON.has(action)) return null;
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') throw new DomainError('INVALID_STATE', `A reason is required to ${action}`, { status: current, action });
  return trimmed;
}
