import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { NotificationsService } from '../notifications/notifications.service';
import { StrayPaymentPage, toStrayPaymentView } from './dto/stray-payment.view';
import { Order } from './order';
import { StrayPayment, StrayPaymentCause, StrayPaymentState } from './stray-payment';

export interface ReceivedPayment {
  method: 'card' | 'bank_transfer';
  reference: string;
  amountMinor: number;
  currency: string;
}

/** Payments that reached no paid order: recorded once per order and reference, listed for admins. */
@Injectable()
export class StrayPaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Records a payment the order could not take (once: a redelivery finds the same row). */
  async record(manager: EntityManager, order: Order, payment: ReceivedPayment, cause: StrayPaymentCause, state: StrayPaymentState): Promise<StrayPayment> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(StrayPayment)
      .values({ orderId: order.id, ...payment, cause, state })
      .orIgnore()
      .execute();
    const stray = await manager.findOneByOrFail(StrayPayment, { orderId: order.id, reference: payment.reference });
    if ((inserted.raw as unknown[]).length > 0) await this.notifications.paymentNeedsAttention(manager, stray);
    return stray;
  }

  /** A refund Stripe reports for a stray card payment (ours or from the dashboard): it is done. */
  async markRefunded(manager: EntityManager, id: string, stripeRefundId: string): Promise<void> {
    await manager.update(StrayPayment, { id }, { state: 'refunded', stripeRefundId, retryAfter: null, lastError: null });
  }

  forOrders(orderIds: string[], manager: EntityManager = this.dataSource.manager): Promise<StrayPayment[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return manager.find(StrayPayment, { where: { orderId: In(orderIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Newest first; `states` narrows the list (all of them: every payment not on a paid order). */
  async list(states: readonly StrayPaymentState[], limit: number, cursor?: string): Promise<StrayPaymentPage> {
    const qb = this.dataSource
      .getRepository(StrayPayment)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.order', 'o')
      .where('s.state IN (:...states)', { states });
    if (cursor) {
      const [createdAt, id] = decodeCursor(cursor, ['string', 'string']);
      qb.andWhere('(s.created_at, s.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.orderBy('s.created_at', 'DESC').addOrderBy('s.id', 'DESC').limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((s) => toStrayPaymentView(s, s.order!)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }
}
