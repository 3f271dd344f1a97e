import { ORDER_STATUSES, OrderStatus } from './order-state';
import { decidePayment, PaymentDecision } from './payment-decision';

const refund = (cause: string): PaymentDecision => ({ action: 'refund', cause }) as PaymentDecision;

describe('decidePayment', () => {
  const table: [OrderStatus, boolean, PaymentDecision][] = [
    ['pending_payment', true, { action: 'pay' }],
    ['pending_payment', false, { action: 'review', cause: 'amount_mismatch' }],
    ['expired', true, { action: 'revive_or_refund', cause: 'paid_after_expiry' }],
    ['expired', false, refund('paid_after_expiry')],
    ['cancelled', true, refund('paid_after_cancel')],
    ['cancelled', false, refund('paid_after_cancel')],
    ['paid', true, refund('duplicate_payment')],
    ['partially_refunded', true, refund('duplicate_payment')],
    ['completed', false, refund('duplicate_payment')],
    ['refunded', true, refund('duplicate_payment')],
  ];

  it.each(table)('%s, amount matches %s → %j', (status, matches, expected) => {
    expect(decidePayment(status, matches)).toEqual(expected);
  });

  it('decides for every status', () => {
    expect(new Set(table.map(([status]) => status))).toEqual(new Set(ORDER_STATUSES));
  });
});
