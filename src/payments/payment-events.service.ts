import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type Stripe from 'stripe';
import { Order } from '../orders/order';
import { canTransition, transition, transitionCooperativeOrder } from '../orders/order-state';
import { OrderPaymentService } from '../orders/order-payment.service';
import { OrderStock } from '../orders/order-stock';
import { CooperativeOrder } from '../orders/cooperative-order';
import { NotificationsService } from '../notifications/notifications.service';
import { LedgerService } from '../payouts/ledger.service';
import { ExportFactsService } from '../reports/export-facts.service';
import { Refund } from './refund';

/** What Stripe tells us about a payment, applied to an order inside the caller's transaction. */
@Injectable()
export class PaymentEventsService {
  constructor(
    private readonly payments: OrderPaymentService,
    private readonly stock: OrderStock,
    private readonly ledger: LedgerService,
    private readonly exportFacts: ExportFactsService,
    private readonly notifications: NotificationsService,
  ) {}

  private lockOrder(manager: EntityManager, where: { id?: string; checkoutSessionId?: string; paymentIntentId?: string }): Promise<Order | null> {
    return manager.findOne(Order, { where, lock: { mode: 'pessimistic_write' } });
  }

  private sessionOrderId(session: Stripe.Checkout.Session): string | undefined {
    const id = session.client_reference_id ?? session.metadata?.orderId;
    return id && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
  }

  /**
   * A paid session: the order is paid only when amount and currency match; a payment for an order
   * that already closed is kept and flagged for refund; anything else is flagged for review.
   */
  async sessionPaid(manager: EntityManager, session: Stripe.Checkout.Session): Promise<{ orderId?: string; outcome: string }> {
    const orderId = this.sessionOrderId(session);
    const order = orderId ? await this.lockOrder(manager, { id: orderId }) : await this.lockOrder(manager, { checkoutSessionId: session.id });
    if (!order) return { outcome: 'unknown_order' };
    const intent = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
    if (order.paymentIntentId === intent && intent !== null && order.status !== 'pending_payment') return { orderId: order.id, outcome: 'already_paid' };
    order.paymentIntentId = intent;
    order.checkoutSessionId ??= session.id;
    const matches = session.amount_total === order.totalMinor && session.currency?.toUpperCase() === order.currency;
    if (order.status === 'pending_payment' && matches) {
      await this.payments.markPaid(manager, order, intent ?? session.id);
      return { orderId: order.id, outcome: 'paid' };
    }
    if (order.status === 'pending_payment') {
      order.paymentFlag = 'review';
      order.paymentFlagReason = `Stripe charged ${session.amount_total} ${session.currency?.toUpperCase()} for an order of ${order.totalMinor} ${order.currency}`;
      await manager.save(order);
      await this.notifications.paymentNeedsAttention(manager, order.id);
      return { orderId: order.id, outcome: 'flagged_review' };
    }
    order.paymentFlag = 'refund_due';
    order.paymentFlagReason = `Payment of ${session.amount_total} ${session.currency?.toUpperCase()} received after the order was ${order.status}`;
    await manager.save(order);
    await this.notifications.paymentNeedsAttention(manager, order.id);
    return { orderId: order.id, outcome: 'flagged_refund_due' };
  }

  /** The session ended unpaid: the order expires and its stock returns (once). */
  async sessionExpired(manager: EntityManager, session: Stripe.Checkout.Session): Promise<{ orderId?: string; outcome: string }> {
    const orderId = this.sessionOrderId(session);
    const order = orderId ? await this.lockOrder(manager, { id: orderId }) : await this.lockOrder(manager, { checkoutSessionId: session.id });
    if (!order) return { outcome: 'unknown_order' };
    if (order.status !== 'pending_payment') return { orderId: order.id, outcome: 'ignored' };
    await this.stock.close(manager, order, 'expire');
    return { orderId: order.id, outcome: 'expired' };
  }

  /**
   * Refunds as Stripe reports them (ours or made in the dashboard): unknown refunds are recorded
   * and debited from the ledger, and the order's refunded total and status follow Stripe's.
   */
  async chargeRefunded(manager: EntityManager, charge: Stripe.Charge): Promise<{ orderId?: string; outcome: string }> {
    const intent = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    const order = intent ? await this.lockOrder(manager, { paymentIntentId: intent }) : null;
    if (!order) return { outcome: 'unknown_order' };
    for (const stripeRefund of charge.refunds?.data ?? []) {
      const known = await manager.findOne(Refund, { where: { stripeRefundId: stripeRefund.id } });
      if (known) continue;
      const refund = await manager.save(
        manager.create(Refund, { orderId: order.id, stripeRefundId: stripeRefund.id, amountMinor: stripeRefund.amount, currency: order.currency, reason: stripeRefund.reason ?? null, createdBy: null }),
      );
      await this.ledger.debitRefund(manager, order, refund);
    }
    await this.applyRefundedTotal(manager, order, Math.max(order.refundedMinor, charge.amount_refunded));
    return { orderId: order.id, outcome: 'refund_recorded' };
  }

  /** Sets the refunded total, moves the order (and unshipped parts, on a full refund) along and revalues its exports. */
  async applyRefundedTotal(manager: EntityManager, order: Order, refundedMinor: number): Promise<void> {
    if (refundedMinor <= order.refundedMinor) return;
    const full = refundedMinor >= order.totalMinor;
    const event = full ? 'refund_full' : 'refund_partial';
    const amountMinor = refundedMinor - order.refundedMinor;
    order.refundedMinor = refundedMinor;
    if (refundedMinor > 0 && canTransition(order.status, event)) order.status = transition(order.status, event);
    await manager.save(order);
    await this.exportFacts.refresh(manager, [order.id]);
    const parts = full ? await manager.find(CooperativeOrder, { where: { orderId: order.id, status: 'paid' } }) : [];
    for (const part of parts) part.status = transitionCooperativeOrder(part.status, 'refund_full');
    await manager.save(parts);
    await this.notifications.orderRefunded(manager, order.id, amountMinor, parts.map((p) => p.id));
  }
}
