import { assertTransition, canTransition } from '../common/domain/lifecycle';
import { OUTBOX_ADMIN_LIFECYCLE } from './outbox-lifecycle';
import { OUTBOX_STATUSES } from './outbox-message';

describe('outbox admin lifecycle', () => {
  it.each([
    ['pending', null],
    ['sent', null],
    ['failed', 'pending'],
    ['dead', 'pending'],
  ] as const)('retry from %s → %s', (status, expected) => {
    expect(canTransition(OUTBOX_ADMIN_LIFECYCLE, status, 'retry')).toBe(expected !== null);
    if (expected) expect(assertTransition(OUTBOX_ADMIN_LIFECYCLE, status, 'retry')).toBe(expected);
    else {
      expect(() => assertTransition(OUTBOX_ADMIN_LIFECYCLE, status, 'retry')).toThrow(
        expect.objectContaining({
          code: 'INVALID_STATE',
          message: `This message is ${status}; only a failed or dead message can be retried`,
        }),
      );
    }
  });

  it('covers every status', () => {
    expect(Object.keys(OUTBOX_ADMIN_LIFECYCLE.table).sort()).toEqual([...OUTBOX_STATUSES].sort());
  });
});
