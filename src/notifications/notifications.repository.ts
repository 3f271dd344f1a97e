import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Locale } from '../auth/user-role';
import type { ShippingAddress } from '../orders/order';
import type { Recipient } from './outbox.service';

const RECIPIENT_COLUMNS = 'u.id, u.email, u.name, u.locale, u.notify_non_essential AS "notifyNonEssential"';

export interface OrderFacts {
  id: string;
  number: string;
  buyerId: string;
  status: string;
  currency: string;
  subtotalMinor: number;
  shippingMinor: number;
  insuranceMinor: number;
  landedCostMinor: number;
  totalMinor: number;
  paymentMethod: 'card' | 'bank_transfer';
  shippingAddress: ShippingAddress;
  expiresAt: Date;
}

export interface LineFacts {
  cooperativeOrderId: string;
  quantity: number;
  lineTotalMinor: number;
  title: Partial<Record<Locale, string>>;
}

export interface PartFacts {
  id: string;
  orderId: string;
  cooperativeId: string;
  cooperativeName: string;
  carrier: string | null;
  trackingNumber: string | null;
}

export interface CooperativeFacts {
  id: string;
  name: string;
  city: string;
  statusReason: string | null;
}

export interface ProductFacts {
  id: string;
  cooperativeId: string;
  title: Partial<Record<Locale, string>>;
  statusReason: string | null;
}

/** A payment kept apart from its order (orders/stray-payment.ts), as far as admins and its buyer must be told. */
export interface StrayPaymentFacts {
  orderId: string;
  method: 'card' | 'bank_transfer';
  amountMinor: number;
  currency: string;
  cause: 'paid_after_cancel' | 'paid_after_expiry' | 'amount_mismatch' | 'duplicate_payment';
  state: 'review' | 'refund_due' | 'refunded';
  refundReference?: string | null;
}

/** JSON carries the order's expiry as a string. */
type OrderRow = { order: Omit<OrderFacts, 'expiresAt'> & { expiresAt: string }; buyer: Recipient; lines: LineFacts[] };

/** What messages say, read inside the transaction of the event they report. */
@Injectable()
export class NotificationsRepository {
  async user(manager: EntityManager, id: string): Promise<Recipient> {
    const [row]: Recipient[] = await manager.query(`SELECT ${RECIPIENT_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
    return row;
  }

  /** Members of a cooperative (managers only with `managersOnly`), each in their own language. */
  members(manager: EntityManager, cooperativeId: string, managersOnly = false): Promise<Recipient[]> {
    return manager.query(
      `SELECT ${RECIPIENT_COLUMNS} FROM cooperative_members m JOIN users u ON u.id = m.user_id
        WHERE m.cooperative_id = $1 AND ($2::boolean IS FALSE OR m.role = 'manager') ORDER BY u.email`,
      [cooperativeId, managersOnly],
    );
  }

  admins(manager: EntityManager): Promise<Recipient[]> {
    return manager.query(`SELECT ${RECIPIENT_COLUMNS} FROM users u WHERE u.role = 'admin' ORDER BY u.email`);
  }

  /**
   * An order, its buyer and its lines (with the product's title in every language it has; the order
   * keeps the English one) in one round trip: order placement runs this while holding stock locks.
   */
  async order(manager: EntityManager, id: string): Promise<{ order: OrderFacts; buyer: Recipient; lines: LineFacts[] }> {
    const [row]: OrderRow[] = await manager.query(
      `SELECT json_build_object(
                'id', o.id, 'number', o.number, 'buyerId', o.buyer_id, 'status', o.status, 'currency', o.currency,
                'subtotalMinor', o.subtotal_minor, 'shippingMinor', o.shipping_minor, 'insuranceMinor', o.insurance_minor, 'landedCostMinor', o.landed_cost_minor,
                'totalMinor', o.total_minor, 'paymentMethod', o.payment_method, 'shippingAddress', o.shipping_address,
                'expiresAt', o.expires_at) AS order,
              json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'locale', u.locale,
                'notifyNonEssential', u.notify_non_essential) AS buyer,
              (SELECT coalesce(json_agg(json_build_object(
                        'cooperativeOrderId', ol.cooperative_order_id, 'quantity', ol.quantity, 'lineTotalMinor', ol.line_total_minor,
                        'title', coalesce(p.title, '{}'::jsonb) || jsonb_build_object('en', ol.title))
                      ORDER BY ol.cooperative_order_id, ol.product_id), '[]'::json)
                 FROM order_lines ol LEFT JOIN products p ON p.id = ol.product_id WHERE ol.order_id = o.id) AS lines
         FROM orders o JOIN users u ON u.id = o.buyer_id
        WHERE o.id = $1`,
      [id],
    );
    return { order: { ...row.order, expiresAt: new Date(row.order.expiresAt) }, buyer: row.buyer, lines: row.lines };
  }

  parts(manager: EntityManager, where: { orderId: string } | { id: string }): Promise<PartFacts[]> {
    const [column, value] = 'id' in where ? ['co.id', where.id] : ['co.order_id', where.orderId];
    return manager.query(
      `SELECT co.id, co.order_id AS "orderId", co.cooperative_id AS "cooperativeId", c.name AS "cooperativeName",
              co.carrier, co.tracking_number AS "trackingNumber"
         FROM cooperative_orders co JOIN cooperatives c ON c.id = co.cooperative_id
        WHERE ${column} = $1 ORDER BY c.name`,
      [value],
    );
  }

  async cooperative(manager: EntityManager, id: string): Promise<CooperativeFacts> {
    const [row]: CooperativeFacts[] = await manager.query(
      `SELECT id, name, city, status_reason AS "statusReason" FROM cooperatives WHERE id = $1`,
      [id],
    );
    return row;
  }

  async product(manager: EntityManager, id: string): Promise<ProductFacts> {
    const [row]: ProductFacts[] = await manager.query(
      `SELECT id, cooperative_id AS "cooperativeId", title, status_reason AS "statusReason" FROM products WHERE id = $1`,
      [id],
    );
    return row;
  }
}
