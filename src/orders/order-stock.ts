import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CooperativeOrder } from './cooperative-order';
import { Order } from './order';
import { transition, transitionCooperativeOrder } from './order-state';

/** Stock reserved by orders: taken when placed, given back once when an unpaid order closes. */
@Injectable()
export class OrderStock {
  /** Decrements stock of rows the caller has already locked and checked. */
  async take(manager: EntityManager, lines: { productId: string; quantity: number }[]): Promise<void> {
    await manager.query(
      `UPDATE products p SET stock = p.stock - x.qty
         FROM unnest($1::uuid[], $2::int[]) AS x(id, qty)
        WHERE p.id = x.id`,
      [lines.map((l) => l.productId), lines.map((l) => l.quantity)],
    );
  }

  /**
   * Cancels or expires an unpaid order the caller has locked, and returns its stock. The state
   * machine refuses a second close, so stock comes back exactly once.
   */
  async close(manager: EntityManager, order: Order, event: 'cancel' | 'expire'): Promise<void> {
    order.status = transition(order.status, event);
    order.closedAt = new Date();
    await manager.save(order);
    const parts = await manager.find(CooperativeOrder, { where: { orderId: order.id } });
    for (const part of parts) part.status = transitionCooperativeOrder(part.status, event);
    await manager.save(parts);
    // Product rows are locked in id order, like order placement does, so the two never deadlock.
    await manager.query(
      `WITH returned AS (
         SELECT product_id, sum(quantity)::int AS qty FROM order_lines WHERE order_id = $1 GROUP BY product_id
       ), locked AS (
         SELECT p.id FROM products p JOIN returned r ON r.product_id = p.id ORDER BY p.id FOR UPDATE OF p
       )
       UPDATE products p SET stock = p.stock + r.qty FROM returned r, locked l WHERE p.id = r.product_id AND l.id = p.id`,
      [order.id],
    );
  }
}
