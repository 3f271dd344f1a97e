import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { IntervalRunner } from '../common/jobs/interval-runner';
import { retryDelayMs } from '../common/jobs/retry-delay';
import { Order } from '../orders/order';
import { OrderStock } from '../orders/order-stock';
import { PaymentEventsService } from './payment-events.service';
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
    @InjectDataSource() private readonly dataSource: DataSource,
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
      const order = await this.claim();
      if (!order) break;
      try {
        await this.settle(order.id, order.checkout_session_id);
        settled++;
      } catch (error) {
        const attempts = order.settle_attempts + 1;
        this.logger.warn({ err: error, orderId: order.id, attempts }, 'Could not reconcile an order with Stripe; retrying later');
        await this.dataSource
          .getRepository(Order)
          .update({ id: order.id }, { settleAttempts: attempts, settleAfter: new Date(Date.now() + retryDelayMs(attempts)) });
      }
    }
    if (this.stripe.configured) await this.strayRefunds.retryDue(limit);
    return settled;
  }

  /**
   * One due order, leased for a few minutes so other instances pass it by while Stripe is asked. A
   * flagged order waits for an admin: claiming it again would ask Stripe the same question each pass.
   */
  private async claim(): Promise<{ id: string; checkout_session_id: string; settle_attempts: number } | undefined> {
    const [rows]: [{ id: string; checkout_session_id: string; settle_attempts: number }[], number] = await this.dataSource.query(
      `UPDATE orders SET settle_after = now() + interval '5 minutes'
        WHERE id = (SELECT id FROM orders
                     WHERE status = 'pending_payment' AND checkout_session_id IS NOT NULL AND expires_at <= now()
                       AND payment_flag IS NULL AND (settle_after IS NULL OR settle_after <= now())
                     ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, checkout_session_id, settle_attempts`,
    );
    return rows[0];
  }

  private async settle(orderId: string, sessionId: string): Promise<void> {
    if (this.stripe.configured) {
      const api = this.stripe.api;
      const session = await api.checkout.sessions.retrieve(sessionId);
      if (session.status === 'complete' && session.payment_status === 'paid') {
        const result = await this.dataSource.transaction((manager) => this.events.sessionPaid(manager, session));
        if (result.refundStrayId) await this.strayRefunds.refund(result.refundStrayId);
        return;
      }
      // A delayed payment still settling (complete, unpaid) does not hold the stock: if it succeeds
      // later, the order is revived or the money refunded.
      if (session.status === 'open') await api.checkout.sessions.expire(session.id, {}, { idempotencyKey: `expire-${session.id}` });
    }
    await this.dataSource.transaction(async (manager) => {
      const order = await manager.findOne(Order, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
      if (order?.status === 'pending_payment') await this.stock.close(manager, order, 'expire');
    });
  }
}
