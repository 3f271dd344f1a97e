import { assertTransition, canTransition } from '../common/domain/lifecycle';
import { COOPERATIVE_STATUSES, CooperativeStatus } from './cooperative-status';
import { COOPERATIVE_ACTIONS, COOPERATIVE_LIFECYCLE, CooperativeAction, cooperativeStatusReason } from './cooperative-state';

const LEGAL: Partial<Record<`${CooperativeStatus}:${CooperativeAction}`, CooperativeStatus>> = {
  'pending:approve': 'approved',
  'pending:reject': 'rejected',
  'approved:suspend': 'suspended',
  'suspended:reinstate': 'approved',
};

describe('cooperative lifecycle', () => {
  const cases = COOPERATIVE_STATUSES.flatMap((status) => COOPERATIVE_ACTIONS.map((action) => [status, action] as const));

  it.each(cases)('%s + %s', (status, action) => {
    const expected = LEGAL[`${status}:${action}`];
    expect(canTransition(COOPERATIVE_LIFECYCLE, status, action)).toBe(expected !== undefined);
    if (expected) expect(assertTransition(COOPERATIVE_LIFECYCLE, status, action)).toBe(expected);
    else {
      expect(() => assertTransition(COOPERATIVE_LIFECYCLE, status, action)).toThrow(
        expect.objectContaining({
          code: 'INVALID_STATE',
          details: { status, action },
          message: expect.stringContaining(`Cannot ${action} a cooperative that is ${status}`),
        }),
      );
    }
  });

  it('says which status an action needs', () => {
    expect(() => assertTransition(COOPERATIVE_LIFECYCLE, 'rejected', 'approve')).toThrow(
      'Cannot approve a cooperative that is rejected (only one that is pending)',
    );
  });
});

describe('cooperativeStatusReason', () => {
  it.each([
    ['reject', undefined],
    ['reject', '   '],
    ['suspend', ''],
  ] as const)('%s without a reason (%j) is refused', (action, reason) => {
    expect(() => cooperativeStatusReason('pending', action, reason)).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATE',
        message: `A reason is required to ${action}`,
        details: { status: 'pending', action },
      }),
    );
  });

  it.each([
    ['suspend', '  unpaid fees ', 'unpaid fees'],
    ['reject', 'no ICE', 'no ICE'],
    ['approve', 'ignored', null],
    ['reinstate', undefined, null],
  ] as const)('%s with %j keeps %j', (action, reason, kept) => {
    expect(cooperativeStatusReason('approved', action, reason)).toBe(kept);
  });
});
