import { DomainError } from '../common/errors/domain-error';
import { InvalidTransitionError } from '../common/errors/invalid-transition-error';
import { assertTransition, canTransition } from '../common/domain/lifecycle';
import {
  COOPERATIVE_ORDER_EVENTS,
  COOPERATIVE_ORDER_LIFECYCLE,
  COOPERATIVE_ORDER_STATUSES,
  CooperativeOrderEvent,
  CooperativeOrderStatus,
  ORDER_EVENTS,
  ORDER_LIFECYCLE,
  ORDER_STATUSES,
  OrderEvent,
  OrderStatus,
} from './order-state';

// Every (status, event) pair, written out: a status the machine should reach, or null for a refusal.
const ORDER: Record<OrderStatus, Record<OrderEvent, OrderStatus | null>> = {
  pending_payment: {
    pay: 'paid',
    cancel: 'cancelled',
    expire: 'expired',
    refund_partial: null,
    refund_full: null,
    complete: null,
    revive: null,
  },
  paid: {
    pay: null,
    cancel: null,
    expire: null,
    refund_partial: 'partially_refunded',
    refund_full: 'refunded',
    complete: 'completed',
    revive: null,
  },
  partially_refunded: {
    pay: null,
    cancel: null,
    expire: null,
    refund_partial: 'partially_refunded',
    refund_full: 'refunded',
    complete: 'completed',
    revive: null,
  },
  completed: {
    pay: null,
    cancel: null,
    expire: null,
    refund_partial: 'partially_refunded',
    refund_full: 'refunded',
    complete: null,
    revive: null,
  },
  refunded: { pay: null, cancel: null, expire: null, refund_partial: null, refund_full: null, complete: null, revive: null },
  cancelled: { pay: null, cancel: null, expire: null, refund_partial: null, refund_full: null, complete: null, revive: null },
  expired: { pay: null, cancel: null, expire: null, refund_partial: null, refund_full: null, complete: null, revive: 'pending_payment' },
};

const PART: Record<CooperativeOrderStatus, Record<CooperativeOrderEvent, CooperativeOrderStatus | null>> = {
  pending_payment: {
    pay: 'paid',
    cancel: 'cancelled',
    expire: 'expired',
    refund_full: null,
    ship: null,
    deliver: null,
    revive: null,
  },
  paid: { pay: null, cancel: null, expire: null, refund_full: 'refunded', ship: 'shipped', deliver: null, revive: null },
  shipped: { pay: null, cancel: null, expire: null, refund_full: null, ship: null, deliver: 'delivered', revive: null },
  delivered: { pay: null, cancel: null, expire: null, refund_full: null, ship: null, deliver: null, revive: null },
  refunded: { pay: null, cancel: null, expire: null, refund_full: null, ship: null, deliver: null, revive: null },
  cancelled: { pay: null, cancel: null, expire: null, refund_full: null, ship: null, deliver: null, revive: null },
  expired: { pay: null, cancel: null, expire: null, refund_full: null, ship: null, deliver: null, revive: 'pending_payment' },
};

function pairs<S extends string, E extends string>(table: Record<S, Record<E, S | null>>): [S, E, S | null][] {
  return (Object.keys(table) as S[]).flatMap((status) =>
    (Object.keys(table[status]) as E[]).map((event): [S, E, S | null] => [status, event, table[status][event]]),
  );
}

describe('order state machine', () => {
  it('the expected table lists every status and event', () => {
    expect(Object.keys(ORDER).sort()).toEqual([...ORDER_STATUSES].sort());
    for (const status of ORDER_STATUSES) expect(Object.keys(ORDER[status]).sort()).toEqual([...ORDER_EVENTS].sort());
    expect(pairs(ORDER)).toHaveLength(ORDER_STATUSES.length * ORDER_EVENTS.length);
  });

  it.each(pairs(ORDER))('%s + %s → %s', (status, event, expected) => {
    expect(canTransition(ORDER_LIFECYCLE, status, event)).toBe(expected !== null);
    if (expected === null) {
      expect(() => assertTransition(ORDER_LIFECYCLE, status, event)).toThrow(InvalidTransitionError);
    } else {
      expect(assertTransition(ORDER_LIFECYCLE, status, event)).toBe(expected);
    }
  });

  it('a refused transition is an INVALID_STATE domain error saying what and why', () => {
    let caught: unknown;
    try {
      assertTransition(ORDER_LIFECYCLE, 'cancelled', 'pay');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({
      code: 'INVALID_STATE',
      status: 'cancelled',
      event: 'pay',
      details: { status: 'cancelled', event: 'pay' },
      message: 'This order is cancelled and cannot be paid',
    });
  });

  it.each([
    ['pending_payment', 'refund_full', 'This order is awaiting payment and cannot be refunded'],
    ['partially_refunded', 'cancel', 'This order is partly refunded and cannot be cancelled'],
    ['expired', 'complete', 'This order is expired and cannot be completed'],
  ] as const)('%s + %s says %j', (status, event, message) => {
    expect(() => assertTransition(ORDER_LIFECYCLE, status, event)).toThrow(message);
  });

  it.each([
    ['paid', 'toString'],
    ['toString', 'pay'],
    ['__proto__', 'pay'],
    ['shipped', 'pay'],
  ])('an unknown status or event (%s + %s) is refused, not looked up on Object.prototype', (status, event) => {
    expect(canTransition(ORDER_LIFECYCLE, status as OrderStatus, event as OrderEvent)).toBe(false);
    expect(() => assertTransition(ORDER_LIFECYCLE, status as OrderStatus, event as OrderEvent)).toThrow(InvalidTransitionError);
  });

  it('names an unknown status or event in the message', () => {
    const lost = 'lost' as OrderStatus;
    const lose = 'lose' as OrderEvent;
    expect(() => assertTransition(ORDER_LIFECYCLE, lost, 'pay')).toThrow('This order is in status "lost" and cannot be paid');
    expect(() => assertTransition(ORDER_LIFECYCLE, 'paid', lose)).toThrow('This order is paid and cannot take the event "lose"');
  });
});

describe('cooperative order state machine', () => {
  it('the expected table lists every status and event', () => {
    expect(Object.keys(PART).sort()).toEqual([...COOPERATIVE_ORDER_STATUSES].sort());
    for (const status of COOPERATIVE_ORDER_STATUSES) {
      expect(Object.keys(PART[status]).sort()).toEqual([...COOPERATIVE_ORDER_EVENTS].sort());
    }
    expect(pairs(PART)).toHaveLength(COOPERATIVE_ORDER_STATUSES.length * COOPERATIVE_ORDER_EVENTS.length);
  });

  it.each(pairs(PART))('%s + %s → %s', (status, event, expected) => {
    expect(canTransition(COOPERATIVE_ORDER_LIFECYCLE, status, event)).toBe(expected !== null);
    if (expected === null) {
      expect(() => assertTransition(COOPERATIVE_ORDER_LIFECYCLE, status, event)).toThrow(InvalidTransitionError);
    } else {
      expect(assertTransition(COOPERATIVE_ORDER_LIFECYCLE, status, event)).toBe(expected);
    }
  });

  it.each([
    ['pending_payment', 'ship', 'This cooperative order is awaiting payment and cannot be shipped'],
    ['delivered', 'deliver', 'This cooperative order is delivered and cannot be delivered'],
    ['shipped', 'refund_full', 'This cooperative order is shipped and cannot be refunded'],
  ] as const)('%s + %s says %j', (status, event, message) => {
    expect(() => assertTransition(COOPERATIVE_ORDER_LIFECYCLE, status, event)).toThrow(message);
  });
});
