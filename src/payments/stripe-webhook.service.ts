import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type Stripe from 'stripe';
import { PaymentEventResult, PaymentEventsService } from './payment-events.service';
import { StrayRefundsService } from './stray-refunds.service';
import { StripeEvent } from './stripe-event';

export interface WebhookResult {
  received: true;
  duplicate: boolean;
  outcome: string;
}

@Injectable()
export class StripeWebhookService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: PaymentEventsService,
    private readonly strayRefunds: StrayRefundsService,
  ) {}

  /**
   * Records the event id and applies it in one transaction: a redelivery (even a concurrent one,
   * which waits on the unique key) finds the id taken and changes nothing. A payment the order
   * could not take is refunded through Stripe after the commit, never under the order's lock.
   */
  async handle(event: Stripe.Event): Promise<WebhookResult> {
    const result = await this.dataSource.transaction(async (manager): Promise<PaymentEventResult & { duplicate: boolean }> => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO stripe_events (id, type, outcome) VALUES ($1, $2, 'processing') ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type],
      );
      if (inserted.length === 0) return { outcome: 'duplicate', duplicate: true };
      const applied = await this.apply(manager, event);
      await manager.update(StripeEvent, { id: event.id }, { outcome: applied.outcome, orderId: applied.orderId ?? null });
      return { ...applied, duplicate: false };
    });
    if (result.refundStrayId) await this.strayRefunds.refund(result.refundStrayId);
    return { received: true, duplicate: result.duplicate, outcome: result.outcome };
  }

  private apply(manager: EntityManager, event: Stripe.Event): Promise<PaymentEventResult> {
    switch (event.type) {
      case 'checkout.session.completed': {
        const session = event.data.object;
        // Delayed methods (bank debits) complete unpaid; async_payment_succeeded follows.
        if (session.payment_status !== 'paid') return Promise.resolve({ outcome: 'awaiting_async_payment' });
        return this.events.sessionPaid(manager, session);
      }
      case 'checkout.session.async_payment_succeeded':
        return this.events.sessionPaid(manager, event.data.object);
      case 'checkout.session.async_payment_failed':
        // The order stays payable until it expires, like an abandoned checkout.
        return Promise.resolve({ outcome: 'async_payment_failed' });
      case 'checkout.session.expired':
        return this.events.sessionExpired(manager, event.data.object);
      case 'charge.refunded':
        return this.events.chargeRefunded(manager, event.data.object);
      default:
        return Promise.resolve({ outcome: 'ignored' });
    }
  }
}
