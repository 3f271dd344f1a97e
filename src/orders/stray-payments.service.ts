import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { assertTransition } from '../common/domain/lifecycle';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { NotificationsService } from '../notifications/notifications.service';
import { StrayPaymentPage, StrayPaymentView, toStrayPaymentView } from './dto/stray-payment.view';
import { Order } from './order';
import { OrderRepository } from './order.repository';
import { StrayPayment, StrayPaymentCause, StrayPaymentState } from './stray-payment';
import { StrayPaymentRepository } from './stray-payment.repository';
import { STRAY_PAYMENT_LIFECYCLE, type StrayPaymentEvent } from './stray-payment-state';

export interface ReceivedPayment {
  method: 'card' | 'bank_transfer';
  reference: string;
  amountMinor: number;
  currency: string;
}

/** Payments that reached no paid order: recorded once per order and reference, listed for admins. */
@Injectable()
export class StrayPaymentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly strays: StrayPaymentRepository,
    private readonly orders: OrderRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Records a payment the order could not take (once: a redelivery finds the same row). */
  async record(
    manager: EntityManager,
    order: Order,
    payment: ReceivedPayment,
    cause: StrayPaymentCause,
    state: StrayPaymentState,
  ): Promise<StrayPayment> {
    const { stray, inserted } = await this.strays.insertOnce(manager, { orderId: order.id, ...payment, cause, state });
    if (inserted) await this.notifications.paymentNeedsAttention(manager, stray);
    return stray;
  }

  /**
   * A refund of a stray card payment (ours, or Stripe reporting one from the dashboard): it is done,
   * and the buyer is told once, whichever of the two comes first.
   */
  async markRefunded(manager: EntityManager, stray: StrayPayment, stripeRefundId: string): Promise<void> {
    if (await this.strays.markRefunded(manager, stray.id, stripeRefundId)) await this.notifications.strayPaymentReturned(manager, stray);
  }

  /**
   * An admin sends a payment kept for review to be refunded: a card payment is then refunded through
   * Stripe (by the caller, after this commits), a bank transfer by hand. Once the order has no payment
   * left in review, its review flag is lifted: it awaits its own payment again, or its expiry.
   */
  decideRefund(id: string, admin: AuthUser): Promise<StrayPaymentView> {
    return this.act(id, admin, 'decide_refund', {
      after: async (tx, order) => {
        if (order.paymentFlag !== 'review' || (await this.strays.anyInReview(tx, order.id))) return;
        order.paymentFlag = null;
        order.paymentFlagReason = null;
        await this.orders.save(tx, order);
      },
    });
  }

  /** An admin records a stray bank transfer sent back by hand, with the bank reference of that refund. */
  recordBankRefund(id: string, admin: AuthUser, reference: string): Promise<StrayPaymentView> {
    return this.act(id, admin, 'record_refund', {
      refundReference: reference,
      check: (stray) => {
        if (stray.method !== 'bank_transfer')
          throw new DomainError('INVALID_STATE', 'A card payment is refunded through Stripe, automatically; it cannot be recorded by hand');
      },
    });
  }

  async view(id: string): Promise<StrayPaymentView> {
    const stray = await this.strays.findWithOrder(id);
    if (!stray) throw new DomainError('NOT_FOUND', 'Payment not found');
    return toStrayPaymentView(stray, stray.order);
  }

  forOrders(orderIds: string[], manager?: EntityManager): Promise<StrayPayment[]> {
    return this.strays.forOrders(orderIds, manager);
  }

  /** Newest first; `states` narrows the list (all of them: every payment not on a paid order). */
  async list(states: readonly StrayPaymentState[], limit: number, cursor?: string): Promise<StrayPaymentPage> {
    const after = cursor ? (decodeCursor(cursor, ['string', 'string']) as [string, string]) : undefined;
    const rows = await this.strays.pageWithOrders(states, limit, after);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((s) => toStrayPaymentView(s, s.order)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  /**
   * One admin action, audited. The order row is locked before the payment's, as when money arrives,
   * so the two never wait on each other in opposite orders.
   */
  private async act(
    id: string,
    admin: AuthUser,
    event: StrayPaymentEvent,
    effects: {
      refundReference?: string;
      check?: (stray: StrayPayment) => void;
      after?: (tx: EntityManager, order: Order) => Promise<void>;
    },
  ): Promise<StrayPaymentView> {
    const found = await this.strays.find(id);
    if (!found) throw new DomainError('NOT_FOUND', 'Payment not found');
    await this.transactions.run(async (tx) => {
      const order = (await this.orders.lock(tx, found.orderId))!;
      const stray = (await this.strays.lock(tx, id))!;
      effects.check?.(stray);
      const state = assertTransition(STRAY_PAYMENT_LIFECYCLE, stray.state, event);
      await this.strays.setState(tx, id, state, effects.refundReference);
      await effects.after?.(tx, order);
      if (state === 'refunded')
        await this.notifications.strayPaymentReturned(tx, { ...stray, refundReference: effects.refundReference ?? stray.refundReference });
      await this.audit.record(tx, admin, {
        action: `payment.${event}`,
        targetType: 'stray_payment',
        targetId: id,
        before: { state: stray.state },
        after: { state, ...(effects.refundReference === undefined ? {} : { refundReference: effects.refundReference }) },
      });
    });
    return this.view(id);
  }
}
