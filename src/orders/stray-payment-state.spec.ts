import { InvalidTransitionError } from '../common/errors/invalid-transition-error';
import { assertTransition } from '../common/domain/lifecycle';
import { STRAY_PAYMENT_STATES, type StrayPaymentState } from './stray-payment';
import { STRAY_PAYMENT_EVENTS, STRAY_PAYMENT_LIFECYCLE, type StrayPaymentEvent } from './stray-payment-state';

// Every (state, event) pair, written out: the state it leads to, or null for a refusal.
const TABLE: Record<StrayPaymentState, Record<StrayPaymentEvent, StrayPaymentState | null>> = {
  review: { decide_refund: 'refund_due', record_refund: null },
  refund_due: { decide_refund: null, record_refund: 'refunded' },
  refunded: { decide_refund: null, record_refund: null },
};

describe('stray payment lifecycle', () => {
  const pairs = STRAY_PAYMENT_STATES.flatMap((state) => STRAY_PAYMENT_EVENTS.map((event) => [state, event, TABLE[state][event]] as const));

  it.each(pairs)('%s + %s → %s', (state, event, next) => {
    if (next) expect(assertTransition(STRAY_PAYMENT_LIFECYCLE, state, event)).toBe(next);
    else expect(() => assertTransition(STRAY_PAYMENT_LIFECYCLE, state, event)).toThrow(InvalidTransitionError);
  });

  it('says in words why it refuses', () => {
    expect(() => assertTransition(STRAY_PAYMENT_LIFECYCLE, 'refunded', 'decide_refund')).toThrow(
      'This payment is refunded and cannot be sent for refund',
    );
    expect(() => assertTransition(STRAY_PAYMENT_LIFECYCLE, 'review', 'record_refund')).toThrow(
      'This payment is kept for review and cannot be recorded as refunded',
    );
  });
});
