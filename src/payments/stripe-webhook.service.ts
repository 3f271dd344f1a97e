import { Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { EntityManager } from 'typeorm';
import { Transactions } from '../common/database/transactions';
import { PaymentEventResult, PaymentEventsService } from './payment-events.service';
import { StrayRefundsService } from './stray-refunds.service';
import { StripeEventRepository } from './stripe-event.repository';

export interface WebhookResult {
  received: true;
  duplicate: boolean;
  outcome: string;
}

@Injectable()
export class StripeWebhookService {
  constructor(
    private readonly transactions: Transactions,
    private readonly stripeEvents: StripeEventRepository,
    private readonly events: PaymentEventsService,
    private readonly strayRefunds: StrayRefundsService,
  ) {}

  /**
   * Records the event id and applies it in one transaction: a redelivery (even a concurrent one,
   * which waits on the unique key) finds the id taken and changes nothing. A payment the order
   * could not take is refunded through Stripe after the commit, never under the order's lock.
   */
  async handle(event: Stripe.Event): Promise<WebhookResult> {
    const result = await this.transactions.run(async (tx): Promise<PaymentEventResult & { duplicate: boolean }> => {
      if (!(await this.stripeEvents.claim(tx, event.id, event.type))) return { outcome: 'duplicate', duplicate: true };
      const applied = await this.apply(tx, event);
      await this.stripeEvents.recordOutcome(tx, event.id, applied.outcome, applied.orderId ?? null);
      return { ...applied, duplicate: false };
    });
    if (result.refundStrayId) await this.strayRefunds.refund(result.refundStrayId);
    return { received: true, duplicate: result.duplicate, outcome: result.outcome };
  }

  private apply(tx: EntityManager, event: Stripe.Event): Promise<PaymentEventResult> {
    switch (event.type) {
      case 'checkout.session.completed': {
        const session = event.data.object;
        // Delayed methods (bank debits) complete unpaid; async_payment_succeeded follows.
        if (session.payment_status !== 'paid') return Promise.resolve({ outcome: 'awaiting_async_payment' });
        return this.events.sessionPaid(tx, session);
      }
      case 'checkout.session.async_payment_succeeded':
        return this.events.sessionPaid(tx, event.data.object);
      case 'checkout.session.async_payment_failed':
        // The order stays payable until it expires, like an abandoned checkout.
        return Promise.resolve({ outcome: 'async_payment_failed' });
      case 'checkout.session.expired':
        return this.events.sessionExpired(tx, event.data.object);
      case 'charge.refunded':
        return this.events.chargeRefunded(tx, event.data.object);
      default:
        return Promise.resolve({ outcome: 'ignored' });
    }
  }
}
