import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { OrderView } from '../orders/dto/order.view';
import type { Order } from '../orders/order';
import { OrdersService } from '../orders/orders.service';
import { LedgerService } from '../payouts/ledger.service';
import { countsAsExported } from '../reports/exported-order-statuses';
import { RefundOrderDto } from './dto/refund-order.dto';
import { PaymentEventsService } from './payment-events.service';
import { PaymentOrderRepository } from './payment-order.repository';
import { RefundRepository } from './refund.repository';
import { StripeClient } from './stripe-client';

/**
 * Stripe refuses a refund above what is left on its side: a refund made in its dashboard whose
 * charge.refunded has not reached us yet. That is a conflict with Stripe's state (409), not an outage.
 */
function refusedRefund(error: unknown): never {
  if (error instanceof Stripe.errors.StripeInvalidRequestError) {
    throw new DomainError(
      'CONFLICT',
      `Stripe refused the refund: ${error.message}. A refund made outside Hirfa may not be recorded yet; it will be when Stripe reports it`,
      { type: error.type },
    );
  }
  return StripeClient.wrap(error);
}

@Injectable()
export class RefundsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly paymentOrders: PaymentOrderRepository,
    private readonly refunds: RefundRepository,
    private readonly stripe: StripeClient,
    private readonly events: PaymentEventsService,
    private readonly ledger: LedgerService,
    private readonly orders: OrdersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Refunds all or part of a card payment through Stripe, with no lock held during the call: the
   * order is checked, Stripe is asked (the idempotency key is derived from the order and what was
   * refunded before, so a retried request refunds once), then the refund is recorded under the
   * order's lock, unless the charge.refunded webhook got there first.
   */
  async refund(orderId: string, admin: AuthUser, dto: RefundOrderDto): Promise<OrderView> {
    const stripe = this.stripe.api;
    const checked = await this.paymentOrders.get(orderId);
    const { amount, intent } = this.refundable(checked, dto);
    const stripeRefund = await stripe.refunds
      .create(
        { payment_intent: intent, amount, reason: 'requested_by_customer', metadata: { orderId, note: dto.reason.slice(0, 450) } },
        { idempotencyKey: `refund-${orderId}-${checked!.refundedMinor}-${amount}` },
      )
      .catch(refusedRefund);
    await this.transactions.run(async (tx) => {
      const order = await this.paymentOrders.lockExisting(tx, orderId);
      const before = { status: order.status, refundedMinor: order.refundedMinor };
      if (!(await this.refunds.exists(tx, stripeRefund.id))) {
        const refund = await this.refunds.insert(tx, {
          orderId,
          stripeRefundId: stripeRefund.id,
          amountMinor: amount,
          currency: order.currency,
          reason: dto.reason,
          createdBy: admin.id,
        });
        await this.ledger.debitRefund(tx, order, refund, order.refundedMinor + amount);
        await this.events.applyRefundedTotal(tx, order, order.refundedMinor + amount);
      }
      await this.audit.record(tx, admin, {
        action: 'order.refund',
        targetType: 'order',
        targetId: orderId,
        before,
        after: {
          status: order.status,
          refundedMinor: order.refundedMinor,
          amountMinor: amount,
          stripeRefundId: stripeRefund.id,
          reason: dto.reason,
        },
      });
    });
    return this.orders.view(orderId);
  }

  /** What may be refunded of this order now, or why not. */
  private refundable(order: Order | null, dto: RefundOrderDto): { amount: number; intent: string } {
    if (!order) throw new DomainError('NOT_FOUND', 'Order not found');
    // An order whose goods still count as exported is one with money left to refund.
    if (!countsAsExported(order.status)) {
      throw new DomainError('INVALID_STATE', `This order is ${order.status.replace('_', ' ')}; only a paid order can be refunded`);
    }
    if (order.paymentMethod !== 'card' || !order.paymentIntentId) {
      throw new DomainError('UNPROCESSABLE', 'This order was not paid by card; refund the bank transfer from the bank');
    }
    const remaining = order.totalMinor - order.refundedMinor;
    const amount = dto.amountMinor ?? remaining;
    if (amount > remaining) {
      throw new DomainError('UNPROCESSABLE', `Only ${remaining} ${order.currency} minor units are left to refund`, {
        remainingMinor: remaining,
      });
    }
    return { amount, intent: order.paymentIntentId };
  }
}
