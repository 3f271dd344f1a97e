import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { StrayPayment } from '../orders/stray-payment';

/**
 * Stray payments as their automatic refunds read and claim them. The table is the orders module's:
 * the writes here belong behind StrayPaymentsService once it offers them.
 */
@Injectable()
export class StrayRefundRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(id: string): Promise<StrayPayment | null> {
    return this.dataSource.manager.findOne<StrayPayment>('StrayPayment', { where: { id } });
  }

  lockCard(tx: EntityManager, reference: string): Promise<StrayPayment | null> {
    return tx.findOne<StrayPayment>('StrayPayment', { where: { method: 'card', reference }, lock: { mode: 'pessimistic_write' } });
  }

  /** Records a failed attempt on a refund still due, and when to try again. */
  async recordFailure(id: string, failure: Pick<StrayPayment, 'attempts' | 'lastError' | 'retryAfter'>): Promise<void> {
    await this.dataSource.manager.update<StrayPayment>('StrayPayment', { id, state: 'refund_due' }, failure);
  }

  /** Claims one due automatic refund (SKIP LOCKED); pushing retry_after ahead makes other instances pass it by meanwhile. */
  async claimDue(): Promise<string | undefined> {
    const [claimed] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE stray_payments SET retry_after = now() + interval '5 minutes'
        WHERE id = (SELECT id FROM stray_payments
                     WHERE state = 'refund_due' AND method = 'card' AND (retry_after IS NULL OR retry_after <= now())
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
    );
    return claimed[0]?.id;
  }
}
