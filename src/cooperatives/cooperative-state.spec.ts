import { COOPERATIVE_STATUSES, CooperativeStatus } from './cooperative-status';
import { COOPERATIVE_ACTIONS, CooperativeAction, nextCooperativeStatus } from './cooperative-state';

const LEGAL: Partial<Record<`${CooperativeStatus}:${CooperativeAction}`, CooperativeStatus>> = {
  'pending:approve': 'approved',
  'pending:reject': 'rejected',
  'approved:suspend': 'suspended',
  'suspended:reinstate': 'approved',
};

describe('nextCooperativeStatus', () => {
  const cases = COOPERATIVE_STATUSES.flatMap((status) => COOPERATIVE_ACTIONS.map((action) => [status, action] as const));

  it.each(cases)('%s + %s', (status, action) => {
    const result = nextCooperativeStatus(status, action, 'a reason');
    const expected = LEGAL[`${status}:${action}`];
    if (expected) expect(result).toEqual({ ok: true, status: expected, reason: action === 'reject' || action === 'suspend' ? 'a reason' : null });
    else expect(result).toEqual({ ok: false, message: expect.stringContaining(`Cannot ${action}`) });
  });

  it.each([
    ['reject', undefined],
    ['reject', '   '],
    ['suspend', ''],
  ] as const)('%s without a reason (%j) is refused', (action, reason) => {
    const from = action === 'reject' ? 'pending' : 'approved';
    expect(nextCooperativeStatus(from, action, reason)).toEqual({ ok: false, message: `A reason is required to ${action}` });
  });

  it('trims the reason it keeps', () => {
    expect(nextCooperativeStatus('approved', 'suspend', '  unpaid fees ')).toEqual({ ok: true, status: 'suspended', reason: 'unpaid fees' });
  });
});
