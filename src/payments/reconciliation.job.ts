import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { IntervalRunner } from '../common/jobs/interval-runner';
import { retryDelayMs } from '../common/jobs/retry-delay';
import { OrderStock } from '../orders/order-stock';
import { PaymentEventsService } from './payment-events.service';
import { PaymentOrderRepository } from './payment-order.repository';
import { StrayRefundsService } from './stray-refunds.service';
import { StripeClient } from './stripe-client';

/**
 * For card orders still pending after their expiry, asks Stripe what became of the checkout (for
 * when a webhook never arrived): a paid session pays the order, anything else expires it. Each
 * order is claimed alone (SKIP LOCKED, then a lease), Stripe is asked with no lock held, and the
 * answer applied in its own transaction; an order that fails is logged and retried with backoff
 * while the others proceed. Also retries automatic refunds of stray payments that failed.
 */
@Injectable()
export class ReconciliationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconciliationJob.name);
  private readonly schedule = new IntervalRunner(this.logger);

  constructor(
    private readonly transactions: Transactions,
    private readonly orders: PaymentOrderRepository,
    @InjectConfig() private readonly config: AppConfig,
    private readonly stripe: StripeClient,
    private readonly events: PaymentEventsService,
    private readonly stock: OrderStock,
    private readonly strayRefunds: StrayRefundsService,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule.start(this.config.orderExpiryIntervalSeconds, () => this.runOnce());
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }

  /** Settles due card orders one at a time; returns how many it settled (failures not counted). */
  async runOnce(limit = 100): Promise<number> {
    let settled = 0;
    for (let claimed = 0; claimed < limit; claimed++) {
      const order = await this.orders.claimDueCheckout();
      if (!order) break;
      try {
        await this.settle(order.id, order.checkoutSessionId);
        settled++;
      } catch (error) {
        const attempts = order.settleAttempts + 1;
        this.logger.warn({ err: error, orderId: order.id, attempts }, 'Could not reconcile an order with Stripe; retrying later');
        await this.orders.postponeSettlement(order.id, attempts, new Date(Date.now() + retryDelayMs(attempts)));
      }
    }
    if (this.stripe.configured) await this.strayRefunds.retryDue(limit);
    return settled;
  }

  private async settle(orderId: string, sessionId: string): Promise<void> {
    if (this.stripe.configured) {
      const api = this.stripe.api;
      const session = await api.checkout.sessions.retrieve(sessionId);
      if (session.status === 'complete' && session.payment_status === 'paid') {
        const result = await this.transactions.run((tx) => this.events.sessionPaid(tx, session));
        if (result.refundStrayId) await this.strayRefunds.refund(result.refundStrayId);
        return;
      }
      // A delayed payment still settling (complete, unpaid) does not hold the stock: if it succeeds
      // later, the order is revived or the money refunded.
      if (session.status === 'open') await api.checkout.sessions.expire(session.id, {}, { idempotencyKey: `expire-${session.id}` });
    }
    await this.transactions.run(async (tx) => {
      const order = await this.orders.lock(tx, { id: orderId });
      if (order?.status === 'pending_payment') await this.stock.close(tx, order, 'expire');
    });
  }
}
