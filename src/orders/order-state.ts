import { InvalidTransitionError } from '../common/errors/invalid-transition-error';

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
export const ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'partially_refunded',
  'completed',
  'refunded',
  'cancelled',
  'expired',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_EVENTS = ['pay', 'cancel', 'expire', 'refund_partial', 'refund_full', 'complete', 'revive'] as const;
export type OrderEvent = (typeof ORDER_EVENTS)[number];

export const COOPERATIVE_ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'shipped',
  'delivered',
  'refunded',
  'cancelled',
  'expired',
] as const;
export type CooperativeOrderStatus = (typeof COOPERATIVE_ORDER_STATUSES)[number];

export const COOPERATIVE_ORDER_EVENTS = ['pay', 'cancel', 'expire', 'refund_full', 'ship', 'deliver', 'revive'] as const;
export type CooperativeOrderEvent = (typeof COOPERATIVE_ORDER_EVENTS)[number];

type Table<S extends string, E extends string> = Readonly<Record<S, Readonly<Partial<Record<E, S>>>>>;

const REFUNDS = { refund_partial: 'partially_refunded', refund_full: 'refunded' } as const;

const ORDER_TRANSITIONS: Table<OrderStatus, OrderEvent> = {
  pending_payment: { pay: 'paid', cancel: 'cancelled', expire: 'expired' },
  paid: { ...REFUNDS, complete: 'completed' },
  partially_refunded: { ...REFUNDS, complete: 'completed' },
  completed: REFUNDS,
  refunded: {},
  cancelled: {},
  expired: { revive: 'pending_payment' },
};

const COOPERATIVE_ORDER_TRANSITIONS: Table<CooperativeOrderStatus, CooperativeOrderEvent> = {
  pending_payment: { pay: 'paid', cancel: 'cancelled', expire: 'expired' },
  paid: { ship: 'shipped', refund_full: 'refunded' },
  shipped: { deliver: 'delivered' },
  delivered: {},
  refunded: {},
  cancelled: {},
  expired: { revive: 'pending_payment' },
};

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

/** Own properties only, so a status or event read from outside ("toString") never matches. */
function target<S extends string, E extends string>(table: Table<S, E>, current: S, event: E): S | undefined {
  if (!Object.hasOwn(table, current)) return undefined;
  const events = table[current];
  return Object.hasOwn(events, event) ? events[event] : undefined;
}

function next<S extends OrderStatus | CooperativeOrderStatus, E extends OrderEvent | CooperativeOrderEvent>(
  table: Table<S, E>,
  subject: string,
  current: S,
  event: E,
): S {
  const status = target(table, current, event);
  if (status === undefined) {
    const statusWords = Object.hasOwn(STATUS_WORDS, current) ? STATUS_WORDS[current] : `in status "${current}"`;
    const eventWords = Object.hasOwn(EVENT_WORDS, event) ? EVENT_WORDS[event] : `take the event "${event}"`;
    throw new InvalidTransitionError(current, event, `This ${subject} is ${statusWords} and cannot ${eventWords}`);
  }
  return status;
}

/** The order status after `event`; throws InvalidTransitionError (INVALID_STATE) if not allowed. */
export function transition(current: OrderStatus, event: OrderEvent): OrderStatus {
  return next(ORDER_TRANSITIONS, 'order', current, event);
}

export function canTransition(current: OrderStatus, event: OrderEvent): boolean {
  return target(ORDER_TRANSITIONS, current, event) !== undefined;
}

/** The cooperative part's status after `event`; throws InvalidTransitionError if not allowed. */
export function transitionCooperativeOrder(
  current: CooperativeOrderStatus,
  event: CooperativeOrderEvent,
): CooperativeOrderStatus {
  return next(COOPERATIVE_ORDER_TRANSITIONS, 'cooperative order', current, event);
}

export function canTransitionCooperativeOrder(current: CooperativeOrderStatus, event: CooperativeOrderEvent): boolean {
  return target(COOPERATIVE_ORDER_TRANSITIONS, current, event) !== undefined;
}
