import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { retryDelayMs } from '../common/jobs/retry-delay';
import { StrayPayment } from '../orders/stray-payment';
import { StrayPaymentsService } from '../orders/stray-payments.service';
import { StripeClient } from './stripe-client';

/**
 * Refunds stray card payments through Stripe, outside any transaction: the idempotency key is the
 * stray payment's id, so a retry, another instance or the job repeating it refunds once. A failure
 * is logged and retried later with backoff by the reconciliation job.
 */
@Injectable()
export class StrayRefundsService {
  private readonly logger = new Logger(StrayRefundsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stripe: StripeClient,
    private readonly strays: StrayPaymentsService,
  ) {}

  /** Refunds one stray card payment if it is still due; never throws (failures are recorded). */
  async refund(id: string): Promise<void> {
    const stray = await this.dataSource.getRepository(StrayPayment).findOneBy({ id });
    if (!stray || stray.state !== 'refund_due' || stray.method !== 'card' || !this.stripe.configured) return;
    try {
      const refund = await this.stripe.api.refunds.create(
        {
          // No amount: whatever of this payment is not refunded yet (a partial refund from the dashboard counts).
          payment_intent: stray.reference,
          reason: stray.cause === 'duplicate_payment' ? 'duplicate' : 'requested_by_customer',
          metadata: { orderId: stray.orderId, strayPaymentId: stray.id, cause: stray.cause },
        },
        { idempotencyKey: `stray-refund-${stray.id}` },
      );
      await this.strays.markRefunded(this.dataSource.manager, stray.id, refund.id);
    } catch (error) {
      const attempts = stray.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ err: error, strayPaymentId: stray.id, attempts }, 'Automatic refund of a stray payment failed; retrying later');
      await this.dataSource
        .getRepository(StrayPayment)
        .update({ id, state: 'refund_due' }, { attempts, lastError: message.slice(0, 1000), retryAfter: new Date(Date.now() + retryDelayMs(attempts)) });
    }
  }

  /** Retries due automatic refunds, one claimed at a time (SKIP LOCKED); returns how many it tried. */
  async retryDue(limit: number): Promise<number> {
    let tried = 0;
    while (tried < limit) {
      // Claiming pushes retry_after ahead, so other instances skip this row while it is being refunded.
      const [claimed]: [{ id: string }[], number] = await this.dataSource.query(
        `UPDATE stray_payments SET retry_after = now() + interval '5 minutes'
          WHERE id = (SELECT id FROM stray_payments
                       WHERE state = 'refund_due' AND method = 'card' AND (retry_after IS NULL OR retry_after <= now())
                       ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING id`,
      );
      if (claimed.length === 0) break;
      await this.refund(claimed[0].id);
      tried++;
    }
    return tried;
  }
}
