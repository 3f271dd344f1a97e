import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { IntervalRunner } from '../common/jobs/interval-runner';
import { Order } from './order';
import { OrderStock } from './order-stock';

/**
 * Expires unpaid orders past their expiry and returns their stock. Each batch claims orders with
 * FOR UPDATE SKIP LOCKED, so any number of app instances can run it without expiring one twice.
 */
@Injectable()
export class OrderExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule = new IntervalRunner(new Logger(OrderExpiryJob.name));

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

  /** Expires due orders in batches until none are left; returns how many this instance expired. */
  async runOnce(batchSize = 100): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.dataSource.transaction(async (manager) => {
        const due = await manager
          .createQueryBuilder(Order, 'o')
          // Orders with a checkout session are settled by asking Stripe first (ReconciliationJob).
          .where(`o.status = 'pending_payment' AND o.expires_at <= now() AND o.checkout_session_id IS NULL`)
          .orderBy('o.expires_at')
          .limit(batchSize)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const order of due) await this.stock.close(manager, order, 'expire');
        return due.length;
      });
      total += expired;
      if (expired < batchSize) return total;
    }
  }
}
