import type { Lifecycle } from '../common/domain/lifecycle';
import type { StrayPaymentState } from './stray-payment';

/**
 * What an admin does with a stray payment: `decide_refund` sends a payment kept for review to be
 * refunded (a card one is then refunded through Stripe automatically); `record_refund` records a
 * bank transfer sent back by hand. Stripe's own report of a refund marks a payment refunded from
 * either state without a person (StrayPaymentsService.markRefunded).
 */
export const STRAY_PAYMENT_EVENTS = ['decide_refund', 'record_refund'] as const;
export type StrayPaymentEvent = (typeof STRAY_PAYMENT_EVENTS)[number];

const EVENT_WORDS: Record<StrayPaymentEvent, string> = {
  decide_refund: 'be sent for refund',
  record_refund: 'be recorded as refunded',
};

const STATE_WORDS: Record<StrayPaymentState, string> = {
  review: 'kept for review',
  refund_due: 'due for refund',
  refunded: 'refunded',
};

export const STRAY_PAYMENT_LIFECYCLE: Lifecycle<StrayPaymentState, StrayPaymentEvent> = {
  subject: 'payment',
  table: {
    review: { decide_refund: 'refund_due' },
    refund_due: { record_refund: 'refunded' },
    refunded: {},
  },
  refusal: (current, event) =>
    `This payment is ${Object.hasOwn(STATE_WORDS, current) ? STATE_WORDS[current] : current} and cannot ${
      Object.hasOwn(EVENT_WORDS, event) ? EVENT_WORDS[event] : event
    }`,
};
