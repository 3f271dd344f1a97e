import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Refund } from './refund';

export type NewRefund = Pick<Refund, 'orderId' | 'stripeRefundId' | 'amountMinor' | 'currency' | 'reason' | 'createdBy'>;

@Injectable()
export class RefundRepository {
  exists(tx: EntityManager, stripeRefundId: string): Promise<boolean> {
    return tx.existsBy(Refund, { stripeRefundId });
  }

  insert(tx: EntityManager, refund: NewRefund): Promise<Refund> {
    return tx.save(tx.create(Refund, refund));
  }
}
