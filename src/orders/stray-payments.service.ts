import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { NotificationsService } from '../notifications/notifications.service';
import { StrayPaymentPage, toStrayPaymentView } from './dto/stray-payment.view';
import { Order } from './order';
import { StrayPayment, StrayPaymentCause, StrayPaymentState } from './stray-payment';
import { StrayPaymentRepository } from './stray-payment.repository';

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
    private readonly strays: StrayPaymentRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Records a payment the order could not take (once: a redelivery finds the same row). */
  async record(
    manager: EntityManager,
    order: Order,
    payment: ReceivedPayment,
    cause: StrayPaymentCause,
    state: StrayPaymentState,
  ): Promise<StrayPayment> {
    const { stray, inserted } = await this.strays.insertOnce(manager, { orderId: order.id, ...payment, cause, state });
    if (inserted) await this.notifications.paymentNeedsAttention(manager, stray);
    return stray;
  }

  /** A refund Stripe reports for a stray card payment (ours or from the dashboard): it is done. */
  async markRefunded(manager: EntityManager, id: string, stripeRefundId: string): Promise<void> {
    await this.strays.markRefunded(manager, id, stripeRefundId);
  }

  forOrders(orderIds: string[], manager?: EntityManager): Promise<StrayPayment[]> {
    return this.strays.forOrders(orderIds, manager);
  }

  /** Newest first; `states` narrows the list (all of them: every payment not on a paid order). */
  async list(states: readonly StrayPaymentState[], limit: number, cursor?: string): Promise<StrayPaymentPage> {
    const after = cursor ? (decodeCursor(cursor, ['string', 'string']) as [string, string]) : undefined;
    const rows = await this.strays.pageWithOrders(states, limit, after);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((s) => toStrayPaymentView(s, s.order)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }
}
