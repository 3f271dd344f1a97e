import { Injectable, Logger } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { retryDelayMs } from '../common/jobs/retry-delay';
import type { StrayPaymentView } from '../orders/dto/stray-payment.view';
import { StrayPaymentsService } from '../orders/stray-payments.service';
import { StrayRefundRepository } from './stray-refund.repository';
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
    private readonly transactions: Transactions,
    private readonly strayRefunds: StrayRefundRepository,
    private readonly stripe: StripeClient,
    private readonly strays: StrayPaymentsService,
  ) {}

  /**
   * An admin sends a payment kept for review to be refunded. A card payment is refunded through
   * Stripe at once, after the decision commits (a failure is retried by the reconciliation job); a
   * bank transfer waits for the admin to send it back and record it.
   */
  async decideRefund(id: string, admin: AuthUser): Promise<StrayPaymentView> {
    const decided = await this.strays.decideRefund(id, admin);
    if (decided.method !== 'card') return decided;
    await this.refund(id);
    return this.strays.view(id);
  }

  /** Refunds one stray card payment if it is still due; never throws (failures are recorded). */
  async refund(id: string): Promise<void> {
    const stray = await this.strayRefunds.get(id);
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
      await this.transactions.run((tx) => this.strays.markRefunded(tx, stray, refund.id));
    } catch (error) {
      const attempts = stray.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ err: error, strayPaymentId: stray.id, attempts }, 'Automatic refund of a stray payment failed; retrying later');
      await this.strayRefunds.recordFailure(id, {
        attempts,
        lastError: message.slice(0, 1000),
        retryAfter: new Date(Date.now() + retryDelayMs(attempts)),
      });
    }
  }

  /** Retries due automatic refunds, one claimed at a time (SKIP LOCKED); returns how many it tried. */
  async retryDue(limit: number): Promise<number> {
    let tried = 0;
    while (tried < limit) {
      const id = await this.strayRefunds.claimDue();
      if (!id) break;
      await this.refund(id);
      tried++;
    }
    return tried;
  }
}
