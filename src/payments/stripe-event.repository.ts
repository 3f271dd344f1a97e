import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StripeEvent } from './stripe-event';

@Injectable()
export class StripeEventRepository {
  /**
   * Takes the event id for this transaction; false if it was handled before. A concurrent
   * redelivery waits on the unique key, then finds it taken.
   */
  async claim(tx: EntityManager, id: string, type: string): Promise<boolean> {
    const inserted = await tx.query<{ id: string }[]>(
      `INSERT INTO stripe_events (id, type, outcome) VALUES ($1, $2, 'processing') ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, type],
    );
    return inserted.length > 0;
  }

  async recordOutcome(tx: EntityManager, id: string, outcome: string, orderId: string | null): Promise<void> {
    await tx.update(StripeEvent, { id }, { outcome, orderId });
  }
}
