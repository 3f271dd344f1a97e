import type { CooperativeStatus } from './cooperative-status';

export const COOPERATIVE_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
export type CooperativeAction = (typeof COOPERATIVE_ACTIONS)[number];

const TRANSITIONS: Record<CooperativeAction, { from: CooperativeStatus; to: CooperativeStatus; needsReason: boolean }> = {
  approve: { from: 'pending', to: 'approved', needsReason: false },
  reject: { from: 'pending', to: 'rejected', needsReason: true },
  suspend: { from: 'approved', to: 'suspended', needsReason: true },
  reinstate: { from: 'suspended', to: 'approved', needsReason: false },
};

export type TransitionResult =
  | { ok: true; status: CooperativeStatus; reason: string | null }
  | { ok: false; message: string };

/** The verification life cycle: pending → approved | rejected; approved ⇄ suspended. */
export function nextCooperativeStatus(current: CooperativeStatus, action: CooperativeAction, reason?: string): TransitionResult {
  const rule = TRANSITIONS[action];
  if (current !== rule.from) {
    return { ok: false, message: `Cannot ${action} a cooperative that is ${current} (only one that is ${rule.from})` };
  }
  const trimmed = reason?.trim() ?? '';
  if (rule.needsReason && trimmed === '') return { ok: false, message: `A reason is required to ${action}` };
  // Approval and reinstatement clear the reason of an earlier suspension.
  return { ok: true, status: rule.to, reason: rule.needsReason ? trimmed : null };
}
