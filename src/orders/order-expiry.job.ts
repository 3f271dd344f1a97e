import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Order } from './order';
import { OrderStock } from './order-stock';

/**
 * Expires unpaid orders past their expiry and returns their stock. Each batch claims orders with
 * FOR UPDATE SKIP LOCKED, so any number of app instances can run it without expiring one twice.
 */
@Injectable()
export class OrderExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrderExpiryJob.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly stock: OrderStock,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.orderExpiryIntervalSeconds;
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'Order expiry failed');
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
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
