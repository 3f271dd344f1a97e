import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { preparedQuery } from '../common/database/prepared-query';
import { CooperativeOrder } from './cooperative-order';
import { Order } from './order';
import { assertTransition } from '../common/domain/lifecycle';
import { COOPERATIVE_ORDER_LIFECYCLE, ORDER_LIFECYCLE } from './order-state';

export interface ReservedProduct {
  id: string;
  cooperative_id: string;
  title: { en: string };
  hs_code: string | null;
  hs_edition: number | null;
  /** The cooperative's pick of a code in the edition in force, when the product's own is older. */
  hs_choice: string | null;
  /** Whether the product's 6-digit subheading exists in the edition in force. */
  hs_code_in_force: boolean;
  branch: string;
  price_minor: number;
  weight_grams: number;
  /** Before this reservation. */
  stock: number;
  status: string;
  coop_status: string;
}

/** Stock reserved by orders: taken when placed, given back once when an unpaid order closes. */
@Injectable()
export class OrderStock {
  constructor(private readonly notifications: NotificationsService) {}

  /**
   * Locks the products in id order (so concurrent orders never deadlock) and takes each quantity
   * where the stock suffices, in one statement. Returns the rows as they were before: the caller
   * checks them and throws, rolling the transaction back, if anything was unavailable or short.
   * `hsEdition` is the edition in force: each row says how its code stands there.
   */
  async reserve(manager: EntityManager, quantities: ReadonlyMap<string, number>, hsEdition: number): Promise<ReservedProduct[]> {
    const ids = [...quantities.keys()];
    return preparedQuery<ReservedProduct>(
      manager,
      'orders_reserve',
      `WITH locked AS (
         SELECT p.id, p.cooperative_id, p.title, p.hs_code, p.hs_edition, ch.hs_code AS hs_choice,
                EXISTS (SELECT 1 FROM hs_subheadings s WHERE s.edition = $3 AND s.code = left(p.hs_code, 6)) AS hs_code_in_force,
                p.branch, p.price_minor, p.weight_grams, p.stock, p.status, c.status AS coop_status
           FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
           LEFT JOIN product_hs_choices ch ON ch.product_id = p.id AND ch.edition = $3
          WHERE p.id = ANY($1::uuid[])
          ORDER BY p.id
            FOR UPDATE OF p
       ), taken AS (
         UPDATE products p SET stock = p.stock - w.qty, version = p.version + 1
           FROM locked l JOIN unnest($1::uuid[], $2::int[]) AS w(id, qty) ON w.id = l.id
          WHERE p.id = l.id AND l.stock >= w.qty
       )
       SELECT * FROM locked ORDER BY id`,
      [ids, ids.map((id) => quantities.get(id)!), hsEdition],
    );
  }

  /**
   * Cancels or expires an unpaid order the caller has locked, and returns its stock. The state
   * machine refuses a second close, so stock comes back exactly once.
   */
  async close(manager: EntityManager, order: Order, event: 'cancel' | 'expire'): Promise<void> {
    order.status = assertTransition(ORDER_LIFECYCLE, order.status, event);
    order.closedAt = new Date();
    await manager.save(order);
    const parts = await manager.find(CooperativeOrder, { where: { orderId: order.id } });
    for (const part of parts) part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, event);
    await manager.save(parts);
    // Product rows are locked in id order, like order placement does, so the two never deadlock.
    await manager.query(
      `WITH returned AS (
         SELECT product_id, sum(quantity)::int AS qty FROM order_lines WHERE order_id = $1 GROUP BY product_id
       ), locked AS (
         SELECT p.id FROM products p JOIN returned r ON r.product_id = p.id ORDER BY p.id FOR UPDATE OF p
       )
       UPDATE products p SET stock = p.stock + r.qty, version = p.version + 1 FROM returned r, locked l WHERE p.id = r.product_id AND l.id = p.id`,
      [order.id],
    );
    await this.notifications.orderClosed(manager, order.id, event);
  }

  /**
   * Brings an expired order the caller has locked back to awaiting payment, when every line can
   * take its stock again from a published product of a selling cooperative (all or nothing, one
   * statement, products locked in id order). Returns false, changing nothing, otherwise.
   */
  async revive(manager: EntityManager, order: Order): Promise<boolean> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [, taken]: [unknown[], number] = await manager.query(
      `WITH wanted AS (
         SELECT product_id, sum(quantity)::int AS qty FROM order_lines WHERE order_id = $1 GROUP BY product_id
       ), locked AS (
         SELECT p.id, p.stock, p.status, c.status AS coop_status
           FROM products p JOIN cooperatives c ON c.id = p.cooperative_id JOIN wanted w ON w.product_id = p.id
          ORDER BY p.id
            FOR UPDATE OF p
       ), enough AS (
         SELECT count(*) = (SELECT count(*) FROM wanted)
                AND coalesce(bool_and(l.stock >= w.qty AND l.status = 'published' AND l.coop_status = 'approved'), false) AS ok
           FROM locked l JOIN wanted w ON w.product_id = l.id
       )
       UPDATE products p SET stock = p.stock - w.qty, version = p.version + 1
         FROM wanted w, enough
        WHERE enough.ok AND p.id = w.product_id
       RETURNING p.id`,
      [order.id],
    );
    if (taken === 0) return false;
    order.status = assertTransition(ORDER_LIFECYCLE, order.status, 'revive');
    order.closedAt = null;
    await manager.save(order);
    const parts = await manager.find(CooperativeOrder, { where: { orderId: order.id } });
    for (const part of parts) part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'revive');
    await manager.save(parts);
    return true;
  }
}
