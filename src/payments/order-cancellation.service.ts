import { Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { AccessService } from '../cooperatives/access.service';
import { OrderView } from '../orders/dto/order.view';
import { OrdersService } from '../orders/orders.service';
import { PaymentEventsService } from './payment-events.service';
import { PaymentOrderRepository } from './payment-order.repository';
import { StrayRefundsService } from './stray-refunds.service';
import { StripeClient } from './stripe-client';

/**
 * Cancels an unpaid order so that no payment can land on it afterwards: its Checkout Session is
 * expired at Stripe first (no lock held), and only then is the order cancelled. If the buyer paid
 * before the session could be expired, the cancel loses: the order is paid and the answer is 409.
 */
@Injectable()
export class OrderCancellationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly paymentOrders: PaymentOrderRepository,
    private readonly orders: OrdersService,
    private readonly stripe: StripeClient,
    private readonly events: PaymentEventsService,
    private readonly strayRefunds: StrayRefundsService,
    private readonly access: AccessService,
  ) {}

  async cancel(id: string, user: AuthUser): Promise<OrderView> {
    // A checkout opened between reading the order and cancelling it is closed on the second round.
    for (let round = 0; ; round++) {
      const order = await this.paymentOrders.get(id);
      this.access.assertOrderBuyer(user, order);
      const sessionId = order.status === 'pending_payment' ? order.checkoutSessionId : null;
      if (sessionId && this.stripe.configured) {
        const paid = await this.closeSession(sessionId);
        if (paid) {
          const result = await this.transactions.run((tx) => this.events.sessionPaid(tx, paid));
          if (result.refundStrayId) await this.strayRefunds.refund(result.refundStrayId);
          throw new DomainError('INVALID_STATE', 'This order was paid before it could be cancelled', { status: 'paid' });
        }
      }
      try {
        return await this.orders.cancel(id, user, sessionId);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'CONFLICT') || round > 0) throw error;
      }
    }
  }

  /**
   * Expires the session; returns it if the buyer had already paid. A session that completed with a
   * delayed payment still settling is left to settle: if that money arrives, it is refunded.
   */
  private async closeSession(sessionId: string): Promise<Stripe.Checkout.Session | undefined> {
    const api = this.stripe.api;
    const expired = await api.checkout.sessions
      .expire(sessionId, {}, { idempotencyKey: `expire-${sessionId}` })
      .catch((error: unknown) => error);
    if (!(expired instanceof Error)) return undefined;
    const session = await api.checkout.sessions.retrieve(sessionId).catch(StripeClient.wrap);
    if (session.status === 'open') StripeClient.wrap(expired);
    return session.status === 'complete' && session.payment_status === 'paid' ? session : undefined;
  }
}
