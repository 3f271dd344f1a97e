import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { IntervalRunner } from '../common/jobs/interval-runner';
import { Order } from '../orders/order';
import { OrderStock } from '../orders/order-stock';
import { PaymentEventsService } from './payment-events.service';
import { StripeClient } from './stripe-client';

/**
 * For card orders still pending after their expiry, asks Stripe what became of the checkout (for
 * when a webhook never arrived): a paid session pays the order, anything else expires it. Orders are
 * claimed with FOR UPDATE SKIP LOCKED, so several instances share the work without doing it twice.
 */
@Injectable()
export class ReconciliationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule = new IntervalRunner(new Logger(ReconciliationJob.name));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly stripe: StripeClient,
    private readonly events: PaymentEventsService,
    private readonly stock: OrderStock,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule.start(this.config.orderExpiryIntervalSeconds, () => this.runOnce());
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }

  /** Settles due card orders with a checkout session, one at a time; returns how many it settled. */
  async runOnce(limit = 100): Promise<number> {
    let settled = 0;
    while (settled < limit) {
      const done = await this.dataSource.transaction(async (manager) => {
        const order = await manager
          .createQueryBuilder(Order, 'o')
          // A flagged order waits for an admin: claiming it again would ask Stripe the same question on every pass.
          .where(`o.status = 'pending_payment' AND o.checkout_session_id IS NOT NULL AND o.expires_at <= now() AND o.payment_flag IS NULL`)
          .orderBy('o.expires_at')
          .limit(1)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getOne();
        if (!order) return false;
        if (!this.stripe.configured) {
          await this.stock.close(manager, order, 'expire');
          return true;
        }
        const session = await this.stripe.api.checkout.sessions.retrieve(order.checkoutSessionId!);
        if (session.status === 'complete' && session.payment_status === 'paid') {
          await this.events.sessionPaid(manager, session);
        } else {
          if (session.status === 'open') await this.stripe.api.checkout.sessions.expire(session.id);
          await this.stock.close(manager, order, 'expire');
        }
        return true;
      });
      if (!done) break;
      settled++;
    }
    return settled;
  }
}
