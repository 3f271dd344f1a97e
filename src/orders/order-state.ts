import type { Lifecycle } from '../common/domain/lifecycle';

/**
 * Order and cooperative-order lifecycles (docs/api.md, Orders). Choices beyond the contract:
 * - `cancel` is for unpaid orders only; a paid order is refunded instead.
 * - A payment reported after cancel is refused here; the payment service refunds it. An expired
 *   order is `revive`d (back to awaiting payment, then paid) when a late payment can still get its
 *   stock back; otherwise that payment is refunded too.
 * - `complete` is fired when the last cooperative part is delivered, also after a partial refund.
 * - Refunds are allowed after completion too (goods returned or damaged on arrival); `refunded`
 *   and `cancelled` are final. The amount refunded so far is kept on the order, not in
 *   the status, so `completed` after a partial refund loses nothing.
 * - A cooperative part follows its order through payment, cancel and expiry, and is refunded with
 *   it only while still unshipped: goods already on the way keep their shipping status.
 */
export const ORDER_STATUSES = ['pending_payment', 'paid', 'partially_refunded', 'completed', 'refunded', 'cancelled', 'expired'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_EVENTS = ['pay', 'cancel', 'expire', 'refund_partial', 'refund_full', 'complete', 'revive'] as const;
export type OrderEvent = (typeof ORDER_EVENTS)[number];

export const COOPERATIVE_ORDER_STATUSES = ['pending_payment', 'paid', 'shipped', 'delivered', 'refunded', 'cancelled', 'expired'] as const;
export type CooperativeOrderStatus = (typeof COOPERATIVE_ORDER_STATUSES)[number];

export const COOPERATIVE_ORDER_EVENTS = ['pay', 'cancel', 'expire', 'refund_full', 'ship', 'deliver', 'revive'] as const;
export type CooperativeOrderEvent = (typeof COOPERATIVE_ORDER_EVENTS)[number];

const REFUNDS = { refund_partial: 'partially_refunded', refund_full: 'refunded' } as const;

const STATUS_WORDS: Record<OrderStatus | CooperativeOrderStatus, string> = {
  pending_payment: 'awaiting payment',
  paid: 'paid',
  partially_refunded: 'partly refunded',
  completed: 'completed',
  refunded: 'refunded',
  cancelled: 'cancelled',
  expired: 'expired',
  shipped: 'shipped',
  delivered: 'delivered',
};

const EVENT_WORDS: Record<OrderEvent | CooperativeOrderEvent, string> = {
  pay: 'be paid',
  cancel: 'be cancelled',
  expire: 'expire',
  refund_partial: 'be partly refunded',
  refund_full: 'be refunded',
  complete: 'be completed',
  ship: 'be shipped',
  deliver: 'be delivered',
  revive: 'be revived',
};

/** Buyers and cooperatives read these refusals: "This order is cancelled and cannot be paid". */
const refusal =
  (subject: string) =>
  (current: string, event: string): string => {
    const statusWords = Object.hasOwn(STATUS_WORDS, current) ? STATUS_WORDS[current as OrderStatus] : `in status "${current}"`;
    const eventWords = Object.hasOwn(EVENT_WORDS, event) ? EVENT_WORDS[event as OrderEvent] : `take the event "${event}"`;
    return `This ${subject} is ${statusWords} and cannot ${eventWords}`;
  };

export const ORDER_LIFECYCLE: Lifecycle<OrderStatus, OrderEvent> = {
  subject: 'order',
  refusal: refusal('order'),
  table: {
    pending_payment: { pay: 'paid', cancel: 'cancelled', expire: 'expired' },
    paid: { ...REFUNDS, complete: 'completed' },
    partially_refunded: { ...REFUNDS, complete: 'completed' },
    completed: REFUNDS,
    refunded: {},
    cancelled: {},
    expired: { revive: 'pending_payment' },
  },
};

export const COOPERATIVE_ORDER_LIFECYCLE: Lifecycle<CooperativeOrderStatus, CooperativeOrderEvent> = {
  subject: 'cooperative order',
  refusal: refusal('cooperative order'),
  table: {
    pending_payment: { pay: 'paid', cancel: 'cancelled', expire: 'expired' },
    paid: { ship: 'shipped', refund_full: 'refunded' },
    shipped: { deliver: 'delivered' },
    delivered: {},
    refunded: {},
    cancelled: {},
    expired: { revive: 'pending_payment' },
  },
};
