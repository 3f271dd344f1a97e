import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type Stripe from 'stripe';
import { assertTransition, canTransition } from '../common/domain/lifecycle';
import { COOPERATIVE_ORDER_LIFECYCLE, ORDER_LIFECYCLE } from '../orders/order-state';
import { NotificationsService } from '../notifications/notifications.service';
import type { Order } from '../orders/order';
import { OrderPaymentService } from '../orders/order-payment.service';
import { OrderStock } from '../orders/order-stock';
import { StrayPaymentsService } from '../orders/stray-payments.service';
import { LedgerService } from '../payouts/ledger.service';
import { ExportFactsService } from '../reports/export-facts.service';
import { OrderKey, PaymentOrderRepository } from './payment-order.repository';
import { RefundRepository } from './refund.repository';
import { StrayRefundRepository } from './stray-refund.repository';

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
    private readonly orders: PaymentOrderRepository,
    private readonly refunds: RefundRepository,
    private readonly strayRefunds: StrayRefundRepository,
    private readonly payments: OrderPaymentService,
    private readonly stock: OrderStock,
    private readonly ledger: LedgerService,
    private readonly exportFacts: ExportFactsService,
    private readonly notifications: NotificationsService,
    private readonly strays: StrayPaymentsService,
  ) {}

  /** The session's order, by the id it carries or else by the session, locked. */
  private lockSessionOrder(tx: EntityManager, session: Stripe.Checkout.Session): Promise<Order | null> {
    const id = session.client_reference_id ?? session.metadata?.orderId;
    const key: OrderKey = id && /^[0-9a-f-]{36}$/i.test(id) ? { id } : { checkoutSessionId: session.id };
    return this.orders.lock(tx, key);
  }

  /**
   * A paid session: OrderPaymentService.receive decides (pays, revives, or keeps the money as a
   * stray payment for review or refund). A session seen before changes nothing.
   */
  async sessionPaid(tx: EntityManager, session: Stripe.Checkout.Session): Promise<PaymentEventResult> {
    const order = await this.lockSessionOrder(tx, session);
    if (!order) return { outcome: 'unknown_order' };
    const intent = intentOf(session.payment_intent) ?? null;
    if (intent !== null && order.paymentIntentId === intent) return { orderId: order.id, outcome: 'already_paid' };
    const { outcome, stray } = await this.payments.receive(tx, order, {
      method: 'card',
      reference: intent ?? session.id,
      amountMinor: session.amount_total ?? 0,
      currency: (session.currency ?? '').toUpperCase(),
    });
    if (outcome === 'paid' || outcome === 'revived') {
      await this.orders.setPaymentIds(tx, order.id, { paymentIntentId: intent, checkoutSessionId: order.checkoutSessionId ?? session.id });
    }
    return { orderId: order.id, outcome, refundStrayId: stray?.state === 'refund_due' ? stray.id : undefined };
  }

  /** The session ended unpaid: the order expires and its stock returns (once). */
  async sessionExpired(tx: EntityManager, session: Stripe.Checkout.Session): Promise<PaymentEventResult> {
    const order = await this.lockSessionOrder(tx, session);
    if (!order) return { outcome: 'unknown_order' };
    if (order.status !== 'pending_payment') return { orderId: order.id, outcome: 'ignored' };
    await this.stock.close(tx, order, 'expire');
    return { orderId: order.id, outcome: 'expired' };
  }

  /**
   * Refunds as Stripe reports them (ours or made in the dashboard). A refund of a stray payment only
   * marks it refunded: that money never reached an order or a cooperative. Otherwise unknown refunds
   * are recorded and debited from the cooperatives, and the order's refunded total and status follow
   * Stripe's.
   */
  async chargeRefunded(tx: EntityManager, charge: Stripe.Charge): Promise<PaymentEventResult> {
    const intent = intentOf(charge.payment_intent);
    if (!intent) return { outcome: 'unknown_order' };
    const stray = await this.strayRefunds.lockCard(tx, intent);
    if (stray) {
      const refundId = charge.refunds?.data[0]?.id;
      if (refundId && charge.amount_refunded >= stray.amountMinor) {
        await this.strays.markRefunded(tx, stray, refundId);
      }
      return { orderId: stray.orderId, outcome: 'stray_refund_recorded' };
    }
    const order = await this.orders.lock(tx, { paymentIntentId: intent });
    if (!order) return { outcome: 'unknown_order' };
    let refundedMinor = order.refundedMinor;
    for (const stripeRefund of charge.refunds?.data ?? []) {
      if (await this.refunds.exists(tx, stripeRefund.id)) continue;
      const refund = await this.refunds.insert(tx, {
        orderId: order.id,
        stripeRefundId: stripeRefund.id,
        amountMinor: stripeRefund.amount,
        currency: order.currency,
        reason: stripeRefund.reason ?? null,
        createdBy: null,
      });
      refundedMinor += refund.amountMinor;
      await this.ledger.debitRefund(tx, order, refund, refundedMinor);
    }
    await this.applyRefundedTotal(tx, order, Math.max(refundedMinor, charge.amount_refunded));
    return { orderId: order.id, outcome: 'refund_recorded' };
  }

  /** Sets the refunded total, moves the order (and unshipped parts, on a full refund) along and revalues its exports. */
  async applyRefundedTotal(tx: EntityManager, order: Order, refundedMinor: number): Promise<void> {
    if (refundedMinor <= order.refundedMinor) return;
    const full = refundedMinor >= order.totalMinor;
    const event = full ? 'refund_full' : 'refund_partial';
    const amountMinor = refundedMinor - order.refundedMinor;
    order.refundedMinor = refundedMinor;
    if (refundedMinor > 0 && canTransition(ORDER_LIFECYCLE, order.status, event)) {
      order.status = assertTransition(ORDER_LIFECYCLE, order.status, event);
    }
    await this.orders.save(tx, order);
    await this.exportFacts.refresh(tx, [order.id]);
    const parts = full ? await this.orders.paidParts(tx, order.id) : [];
    for (const part of parts) part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'refund_full');
    await this.orders.saveParts(tx, parts);
    await this.notifications.orderRefunded(
      tx,
      order.id,
      amountMinor,
      parts.map((p) => p.id),
    );
  }
}
