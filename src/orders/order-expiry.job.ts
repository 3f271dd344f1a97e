import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { IntervalRunner } from '../common/jobs/interval-runner';
import { retryDelayMs } from '../common/jobs/retry-delay';
import { Order } from './order';
import { OrderRepository } from './order.repository';
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
    private readonly transactions: Transactions,
    private readonly orders: OrderRepository,
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
        const done = await this.transactions.run(async (manager) => {
          order = await this.orders.claimDueForExpiry(manager);
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
        await this.orders.deferSettling(failed.id, attempts, new Date(Date.now() + retryDelayMs(attempts)));
      }
    }
    return expired;
  }
}
