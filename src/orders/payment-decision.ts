import type { OrderStatus } from './order-state';
import type { StrayPaymentCause } from './stray-payment';

export type PaymentDecision =
  | { action: 'pay' }
  | { action: 'review'; cause: 'amount_mismatch' }
  | { action: 'revive_or_refund'; cause: 'paid_after_expiry' }
  | { action: 'refund'; cause: StrayPaymentCause };

/**
 * What a payment received for an order does (README, Payments):
 * - awaiting payment, right amount: pays it; wrong amount or currency: kept for a person to review;
 * - expired: the order is revived and paid if its stock can still be reserved (the buyer still
 *   wants the goods and has paid for them), refunded otherwise or when the amount differs;
 * - cancelled: refunded (the buyer or an admin chose to cancel);
 * - already paid or refunded (a second payment): refunded.
 */
export function decidePayment(status: OrderStatus, amountMatches: boolean): PaymentDecision {
  switch (status) {
    case 'pending_payment':
      return amountMatches ? { action: 'pay' } : { action: 'review', cause: 'amount_mismatch' };
    case 'expired':
      return amountMatches ? { action: 'revive_or_refund', cause: 'paid_after_expiry' } : { action: 'refund', cause: 'paid_after_expiry' };
    case 'cancelled':
      return { action: 'refund', cause: 'paid_after_cancel' };
    default:
      return { action: 'refund', cause: 'duplicate_payment' };
  }
}
