import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { IntervalRunner } from '../common/jobs/interval-runner';
import { retryDelayMs } from '../common/jobs/retry-delay';
import { Order } from './order';
import { OrderStock } from './order-stock';

/**
 * Expires unpaid orders past their expiry and returns their stock, one order per transaction (its
 * product locks are held for that order only, taken in id order as placement does). Orders are
 * claimed with FOR UPDATE SKIP LOCKED, so any number of app instances can run it without expiring
 * one twice; an order that fails is logged and retried later with backoff, the others proceed.
 */
@Injectable()
export class OrderExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrderExpiryJob.name);
  private readonly schedule = new IntervalRunner(this.logger);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly stock: OrderStock,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule.start(this.config.orderExpiryIntervalSeconds, () => this.runOnce());
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }

  /** Expires due orders until none are left (or `limit`); returns how many this instance expired. */
  async runOnce(limit = 1000): Promise<number> {
    let expired = 0;
    for (let claimed = 0; claimed < limit; claimed++) {
      let order: Order | null = null;
      try {
        const done = await this.dataSource.transaction(async (manager) => {
          order = await manager
            .createQueryBuilder(Order, 'o')
            // Orders with a checkout session are settled by asking Stripe first (ReconciliationJob).
            .where(`o.status = 'pending_payment' AND o.expires_at <= now() AND o.checkout_session_id IS NULL`)
            .andWhere('(o.settle_after IS NULL OR o.settle_after <= now())')
            .orderBy('o.expires_at')
            .limit(1)
            .setLock('pessimistic_write')
            .setOnLocked('skip_locked')
            .getOne();
          if (order) await this.stock.close(manager, order, 'expire');
          return order !== null;
        });
        if (!done) break;
        expired++;
      } catch (error) {
        const failed = order as Order | null;
        if (!failed) throw error;
        const attempts = failed.settleAttempts + 1;
        this.logger.warn({ err: error, orderId: failed.id, attempts }, 'Could not expire an order; retrying later');
        await this.dataSource
          .getRepository(Order)
          .update({ id: failed.id }, { settleAttempts: attempts, settleAfter: new Date(Date.now() + retryDelayMs(attempts)) });
      }
    }
    return expired;
  }
}
