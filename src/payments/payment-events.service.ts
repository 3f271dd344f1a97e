import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type Stripe from 'stripe';
import { Order } from '../orders/order';
import { assertTransition, canTransition } from '../common/domain/lifecycle';
import { COOPERATIVE_ORDER_LIFECYCLE, ORDER_LIFECYCLE } from '../orders/order-state';
import { OrderPaymentService } from '../orders/order-payment.service';
import { OrderStock } from '../orders/order-stock';
import { CooperativeOrder } from '../orders/cooperative-order';
import { NotificationsService } from '../notifications/notifications.service';
import { StrayPayment } from '../orders/stray-payment';
import { StrayPaymentsService } from '../orders/stray-payments.service';
import { LedgerService } from '../payouts/ledger.service';
import { ExportFactsService } from '../reports/export-facts.service';
import { Refund } from './refund';

export interface PaymentEventResult {
  orderId?: string;
  outcome: string;
  /** A stray card payment to refund through Stripe once the caller has committed. */
  refundStrayId?: string;
}

const intentOf = (value: string | { id: string } | null | undefined): string | undefined => (typeof value === 'string' ? value : value?.id);

/** What Stripe tells us about a payment, applied to an order inside the caller's transaction. */
@Injectable()
export class PaymentEventsService {
  constructor(
    private readonly payments: OrderPaymentService,
    private readonly stock: OrderStock,
    private readonly ledger: LedgerService,
    private readonly exportFacts: ExportFactsService,
    private readonly notifications: NotificationsService,
    private readonly strays: StrayPaymentsService,
  ) {}

  private lockOrder(manager: EntityManager, where: { id?: string; checkoutSessionId?: string; paymentIntentId?: string }): Promise<Order | null> {
    return manager.findOne(Order, { where, lock: { mode: 'pessimistic_write' } });
  }

  private sessionOrderId(session: Stripe.Checkout.Session): string | undefined {
    const id = session.client_reference_id ?? session.metadata?.orderId;
    return id && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
  }

  /**
   * A paid session: OrderPaymentService.receive decides (pays, revives, or keeps the money as a
   * stray payment for review or refund). A session seen before changes nothing.
   */
  async sessionPaid(manager: EntityManager, session: Stripe.Checkout.Session): Promise<PaymentEventResult> {
    const orderId = this.sessionOrderId(session);
    const order = orderId ? await this.lockOrder(manager, { id: orderId }) : await this.lockOrder(manager, { checkoutSessionId: session.id });
    if (!order) return { outcome: 'unknown_order' };
    const intent = intentOf(session.payment_intent) ?? null;
    if (intent !== null && order.paymentIntentId === intent) return { orderId: order.id, outcome: 'already_paid' };
    const { outcome, stray } = await this.payments.receive(manager, order, {
      method: 'card',
      reference: intent ?? session.id,
      amountMinor: session.amount_total ?? 0,
      currency: (session.currency ?? '').toUpperCase(),
    });
    if (outcome === 'paid' || outcome === 'revived') {
      await manager.update(Order, { id: order.id }, { paymentIntentId: intent, checkoutSessionId: order.checkoutSessionId ?? session.id });
    }
    return { orderId: order.id, outcome, refundStrayId: stray?.state === 'refund_due' ? stray.id : undefined };
  }

  /** The session ended unpaid: the order expires and its stock returns (once). */
  async sessionExpired(manager: EntityManager, session: Stripe.Checkout.Session): Promise<PaymentEventResult> {
    const orderId = this.sessionOrderId(session);
    const order = orderId ? await this.lockOrder(manager, { id: orderId }) : await this.lockOrder(manager, { checkoutSessionId: session.id });
    if (!order) return { outcome: 'unknown_order' };
    if (order.status !== 'pending_payment') return { orderId: order.id, outcome: 'ignored' };
    await this.stock.close(manager, order, 'expire');
    return { orderId: order.id, outcome: 'expired' };
  }

  /**
   * Refunds as Stripe reports them (ours or made in the dashboard). A refund of a stray payment only
   * marks it refunded: that money never reached an order or a cooperative. Otherwise unknown refunds
   * are recorded and debited from the cooperatives, and the order's refunded total and status follow
   * Stripe's.
   */
  async chargeRefunded(manager: EntityManager, charge: Stripe.Charge): Promise<PaymentEventResult> {
    const intent = intentOf(charge.payment_intent);
    if (!intent) return { outcome: 'unknown_order' };
    const stray = await manager.findOne(StrayPayment, { where: { method: 'card', reference: intent }, lock: { mode: 'pessimistic_write' } });
    if (stray) {
      const refundId = charge.refunds?.data[0]?.id;
      if (stray.state !== 'refunded' && refundId && charge.amount_refunded >= stray.amountMinor) {
        await this.strays.markRefunded(manager, stray.id, refundId);
      }
      return { orderId: stray.orderId, outcome: 'stray_refund_recorded' };
    }
    const order = await this.lockOrder(manager, { paymentIntentId: intent });
    if (!order) return { outcome: 'unknown_order' };
    let refundedMinor = order.refundedMinor;
    for (const stripeRefund of charge.refunds?.data ?? []) {
      const known = await manager.findOne(Refund, { where: { stripeRefundId: stripeRefund.id } });
      if (known) continue;
      const refund = await manager.save(
        manager.create(Refund, { orderId: order.id, stripeRefundId: stripeRefund.id, amountMinor: stripeRefund.amount, currency: order.currency, reason: stripeRefund.reason ?? null, createdBy: null }),
      );
      refundedMinor += refund.amountMinor;
      await this.ledger.debitRefund(manager, order, refund, refundedMinor);
    }
    await this.applyRefundedTotal(manager, order, Math.max(refundedMinor, charge.amount_refunded));
    return { orderId: order.id, outcome: 'refund_recorded' };
  }

  /** Sets the refunded total, moves the order (and unshipped parts, on a full refund) along and revalues its exports. */
  async applyRefundedTotal(manager: EntityManager, order: Order, refundedMinor: number): Promise<void> {
    if (refundedMinor <= order.refundedMinor) return;
    const full = refundedMinor >= order.totalMinor;
    const event = full ? 'refund_full' : 'refund_partial';
    const amountMinor = refundedMinor - order.refundedMinor;
    order.refundedMinor = refundedMinor;
    if (refundedMinor > 0 && canTransition(ORDER_LIFECYCLE, order.status, event)) {
      order.status = assertTransition(ORDER_LIFECYCLE, order.status, event);
    }
    await manager.save(order);
    await this.exportFacts.refresh(manager, [order.id]);
    const parts = full ? await manager.find(CooperativeOrder, { where: { orderId: order.id, status: 'paid' } }) : [];
    for (const part of parts) part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'refund_full');
    await manager.save(parts);
    await this.notifications.orderRefunded(manager, order.id, amountMinor, parts.map((p) => p.id));
  }
}
