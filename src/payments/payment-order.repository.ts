import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CooperativeOrder } from '../orders/cooperative-order';
import type { Order } from '../orders/order';
import type { OrderLine } from '../orders/order-line';

/** How a payment event names its order: by id, by Checkout Session or by PaymentIntent. */
export type OrderKey = { id: string } | { checkoutSessionId: string } | { paymentIntentId: string };

/** A card order past its expiry whose checkout is asked of Stripe, leased to this instance. */
export type DueCheckout = Pick<Order, 'id' | 'checkoutSessionId' | 'settleAttempts'> & { checkoutSessionId: string };

/**
 * Orders, their lines and cooperative parts as payments read and change them. These are the
 * orders module's tables: the writes here belong behind its services once they offer them.
 */
@Injectable()
export class PaymentOrderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(id: string): Promise<Order | null> {
    return this.dataSource.manager.findOne<Order>('Order', { where: { id } });
  }

  lock(tx: EntityManager, key: OrderKey): Promise<Order | null> {
    return tx.findOne<Order>('Order', { where: key, lock: { mode: 'pessimistic_write' } });
  }

  /** For an order known to exist (orders are never deleted). */
  lockExisting(tx: EntityManager, id: string): Promise<Order> {
    return tx.findOneOrFail<Order>('Order', { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes the order's changed fields (status, expiry, session, refunded total, flags). */
  async save(tx: EntityManager, order: Order): Promise<void> {
    await tx.save(order);
  }

  async setPaymentIds(tx: EntityManager, id: string, ids: Pick<Order, 'paymentIntentId' | 'checkoutSessionId'>): Promise<void> {
    await tx.update<Order>('Order', { id }, ids);
  }

  /** The order's lines in the order a checkout lists them. */
  lines(tx: EntityManager, orderId: string): Promise<OrderLine[]> {
    return tx.find<OrderLine>('OrderLine', { where: { orderId }, order: { cooperativeId: 'ASC', productId: 'ASC' } });
  }

  paidParts(tx: EntityManager, orderId: string): Promise<CooperativeOrder[]> {
    return tx.find<CooperativeOrder>('CooperativeOrder', { where: { orderId, status: 'paid' } });
  }

  async saveParts(tx: EntityManager, parts: CooperativeOrder[]): Promise<void> {
    await tx.save(parts);
  }

  /**
   * One due order, leased for a few minutes so other instances pass it by while Stripe is asked. A
   * flagged order waits for an admin: claiming it again would ask Stripe the same question each pass.
   */
  async claimDueCheckout(): Promise<DueCheckout | undefined> {
    const [rows] = await this.dataSource.query<[DueCheckout[], number]>(
      `UPDATE orders SET settle_after = now() + interval '5 minutes'
        WHERE id = (SELECT id FROM orders
                     WHERE status = 'pending_payment' AND checkout_session_id IS NOT NULL AND expires_at <= now()
                       AND payment_flag IS NULL AND (settle_after IS NULL OR settle_after <= now())
                     ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, checkout_session_id AS "checkoutSessionId", settle_attempts AS "settleAttempts"`,
    );
    return rows[0];
  }

  async postponeSettlement(id: string, settleAttempts: number, settleAfter: Date): Promise<void> {
    await this.dataSource.manager.update<Order>('Order', { id }, { settleAttempts, settleAfter });
  }
}
