import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { preparedQuery } from '../common/database/prepared-query';
import { cursorTimeSql } from '../common/paging/cursor';
import type { Cooperative } from '../cooperatives/cooperative';
import type { Recipient } from '../notifications/outbox.service';
import type { Product } from '../products/product';
import { CooperativeOrder } from './cooperative-order';
import { Order } from './order';
import { OrderLine } from './order-line';
import type { CooperativeOrderStatus, OrderStatus } from './order-state';
import type { UnpaidHoldings } from './unpaid-limits';

type NullableOrderField = 'insuranceQuoteId' | 'idempotencyKey' | 'requestHash' | 'landedCost' | 'paidAt' | 'closedAt';
type NullablePartField = 'carrier' | 'trackingNumber' | 'shippedAt' | 'deliveredAt';

/** A cooperative's part of a new order; its id is made by the caller, so lines can point at it. */
export type NewCooperativeOrder = Pick<
  CooperativeOrder,
  'id' | 'cooperativeId' | 'status' | 'subtotalMinor' | 'shippingMinor' | 'subtotalMadMinor' | 'shippingMadMinor' | 'weightGrams'
> &
  Partial<Pick<CooperativeOrder, NullablePartField>>;

export type NewOrderLine = Pick<
  OrderLine,
  | 'id'
  | 'cooperativeOrderId'
  | 'productId'
  | 'cooperativeId'
  | 'title'
  | 'hsCode'
  | 'hsEdition'
  | 'originCountry'
  | 'branch'
  | 'unitWeightGrams'
  | 'quantity'
  | 'unitPriceMadMinor'
  | 'unitPriceMinor'
  | 'lineTotalMinor'
  | 'lineTotalMadMinor'
>;

/** An order as written, with its parts and lines; fields left out are null. */
export type NewOrder = Pick<
  Order,
  | 'id'
  | 'buyerId'
  | 'status'
  | 'currency'
  | 'madPerUnit'
  | 'rateAsOf'
  | 'subtotalMinor'
  | 'shippingMinor'
  | 'insuranceMinor'
  | 'landedCostMinor'
  | 'totalMinor'
  | 'totalMadMinor'
  | 'refundedMinor'
  | 'shippingAddress'
  | 'destinationCountry'
  | 'incoterm'
  | 'paymentMethod'
  | 'expiresAt'
> &
  Partial<Pick<Order, NullableOrderField>> & {
    /** Drawn from order_number_seq when absent. */
    number?: string;
    /** Of the order and its parts; now() when absent (demo and test orders are back-dated). */
    createdAt?: Date;
    cooperativeOrders: NewCooperativeOrder[];
    lines: NewOrderLine[];
  };

/** A product as it was when its stock was taken for an order (before the take), with how its HS code stands in the edition in force. */
export type StockTakeRow = Pick<
  Product,
  'id' | 'cooperativeId' | 'title' | 'hsCode' | 'hsEdition' | 'branch' | 'priceMinor' | 'weightGrams' | 'stock' | 'status'
> & {
  /** The cooperative's pick of a code in the edition in force, when the product's own is older. */
  hsChoice: string | null;
  /** Whether the product's 6-digit subheading exists in the edition in force. */
  hsCodeInForce: boolean;
  cooperativeStatus: Cooperative['status'];
};

/** A page in keyset order (newest first); `next` is the (created_at as text, id) of its last row when more follow. */
export interface KeysetPage<T> {
  items: T[];
  next: [string, string] | null;
}

/** What placement's lock-and-take answers: the products as they were, and the buyer's unpaid holdings. */
export interface StockTake {
  products: StockTakeRow[];
  holdings: UnpaidHoldings & { buyer: Recipient };
}

export type OrderWithParts = Order & { lines: OrderLine[]; cooperativeOrders: CooperativeOrder[] };

const columns = <T, K extends keyof T>(rows: readonly T[], key: K): (T[K] | null)[] => rows.map((row) => row[key] ?? null);

/** The order aggregate: orders, their cooperative parts and lines, and the stock they take from products. */
@Injectable()
export class OrderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The one writer of orders: each order with its parts and lines in one prepared statement (foreign
   * keys are checked at its end), numbers drawn from order_number_seq unless given. Placement writes
   * one order, seeds and benches thousands; the statement is the same. Returns the orders as written.
   */
  async insert(tx: EntityManager, orders: readonly NewOrder[]): Promise<OrderWithParts[]> {
    const parts = orders.flatMap((o) => o.cooperativeOrders.map((part) => ({ ...part, orderId: o.id, createdAt: o.createdAt ?? null })));
    const lines = orders.flatMap((o) => o.lines.map((line) => ({ ...line, orderId: o.id })));
    const rows = await preparedQuery<{ id: string; number: string; createdAt: Date }>(
      tx,
      'orders_insert',
      `WITH o AS (
         INSERT INTO orders (id, number, buyer_id, status, currency, mad_per_unit, rate_as_of, subtotal_minor, shipping_minor,
                             insurance_minor, landed_cost_minor, landed_cost, total_minor, total_mad_minor, refunded_minor,
                             shipping_address, destination_country, incoterm, payment_method, insurance_quote_id, idempotency_key,
                             request_hash, expires_at, paid_at, closed_at, created_at)
         SELECT id, coalesce(number, 'HF-' || lpad(nextval('order_number_seq')::text, 8, '0')), buyer_id, status, currency, rate,
                rate_as_of, subtotal, shipping, insurance, landed_minor, landed, total, total_mad, refunded, address, country, incoterm,
                method, quote_id, key, hash, expires_at, paid_at, closed_at, coalesce(created_at, now())
           FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::numeric[], $7::date[], $8::bigint[],
                       $9::bigint[], $10::bigint[], $11::bigint[], $12::jsonb[], $13::bigint[], $14::bigint[], $15::bigint[],
                       $16::jsonb[], $17::text[], $18::text[], $19::text[], $20::uuid[], $21::text[], $22::text[],
                       $23::timestamptz[], $24::timestamptz[], $25::timestamptz[], $26::timestamptz[])
             AS t(id, number, buyer_id, status, currency, rate, rate_as_of, subtotal, shipping, insurance, landed_minor, landed,
                  total, total_mad, refunded, address, country, incoterm, method, quote_id, key, hash, expires_at, paid_at,
                  closed_at, created_at)
         RETURNING id, number, created_at AS "createdAt"
       ), parts AS (
         INSERT INTO cooperative_orders (id, order_id, cooperative_id, status, subtotal_minor, shipping_minor, subtotal_mad_minor,
                                         shipping_mad_minor, weight_grams, carrier, tracking_number, shipped_at, delivered_at,
                                         created_at)
         SELECT id, order_id, cooperative_id, status, subtotal, shipping, subtotal_mad, shipping_mad, weight, carrier, tracking,
                shipped_at, delivered_at, coalesce(created_at, now())
           FROM unnest($27::uuid[], $28::uuid[], $29::uuid[], $30::text[], $31::bigint[], $32::bigint[], $33::bigint[],
                       $34::bigint[], $35::int[], $36::text[], $37::text[], $38::timestamptz[], $39::timestamptz[],
                       $40::timestamptz[])
             AS t(id, order_id, cooperative_id, status, subtotal, shipping, subtotal_mad, shipping_mad, weight, carrier, tracking,
                  shipped_at, delivered_at, created_at)
       ), lines AS (
         INSERT INTO order_lines (id, order_id, cooperative_order_id, product_id, cooperative_id, title, hs_code, hs_edition,
                                  origin_country, branch, unit_weight_grams, quantity, unit_price_mad_minor, unit_price_minor,
                                  line_total_minor, line_total_mad_minor)
         SELECT * FROM unnest($41::uuid[], $42::uuid[], $43::uuid[], $44::uuid[], $45::uuid[], $46::text[], $47::text[],
                              $48::smallint[], $49::text[], $50::text[], $51::int[], $52::int[], $53::bigint[], $54::bigint[],
                              $55::bigint[], $56::bigint[])
       )
       SELECT id, number, "createdAt" FROM o`,
      [
        columns(orders, 'id'),
        columns(orders, 'number'),
        columns(orders, 'buyerId'),
        columns(orders, 'status'),
        columns(orders, 'currency'),
        columns(orders, 'madPerUnit'),
        columns(orders, 'rateAsOf'),
        columns(orders, 'subtotalMinor'),
        columns(orders, 'shippingMinor'),
        columns(orders, 'insuranceMinor'),
        columns(orders, 'landedCostMinor'),
        orders.map((o) => (o.landedCost ? JSON.stringify(o.landedCost) : null)),
        columns(orders, 'totalMinor'),
        columns(orders, 'totalMadMinor'),
        columns(orders, 'refundedMinor'),
        orders.map((o) => JSON.stringify(o.shippingAddress)),
        columns(orders, 'destinationCountry'),
        columns(orders, 'incoterm'),
        columns(orders, 'paymentMethod'),
        columns(orders, 'insuranceQuoteId'),
        columns(orders, 'idempotencyKey'),
        columns(orders, 'requestHash'),
        columns(orders, 'expiresAt'),
        columns(orders, 'paidAt'),
        columns(orders, 'closedAt'),
        columns(orders, 'createdAt'),
        columns(parts, 'id'),
        columns(parts, 'orderId'),
        columns(parts, 'cooperativeId'),
        columns(parts, 'status'),
        columns(parts, 'subtotalMinor'),
        columns(parts, 'shippingMinor'),
        columns(parts, 'subtotalMadMinor'),
        columns(parts, 'shippingMadMinor'),
        columns(parts, 'weightGrams'),
        columns(parts, 'carrier'),
        columns(parts, 'trackingNumber'),
        columns(parts, 'shippedAt'),
        columns(parts, 'deliveredAt'),
        columns(parts, 'createdAt'),
        columns(lines, 'id'),
        columns(lines, 'orderId'),
        columns(lines, 'cooperativeOrderId'),
        columns(lines, 'productId'),
        columns(lines, 'cooperativeId'),
        columns(lines, 'title'),
        columns(lines, 'hsCode'),
        columns(lines, 'hsEdition'),
        columns(lines, 'originCountry'),
        columns(lines, 'branch'),
        columns(lines, 'unitWeightGrams'),
        columns(lines, 'quantity'),
        columns(lines, 'unitPriceMadMinor'),
        columns(lines, 'unitPriceMinor'),
        columns(lines, 'lineTotalMinor'),
        columns(lines, 'lineTotalMadMinor'),
      ],
    );
    const written = new Map(rows.map((row) => [row.id, row]));
    return orders.map(({ cooperativeOrders, lines: orderLines, ...order }) => {
      const { number, createdAt } = written.get(order.id)!;
      return {
        insuranceQuoteId: null,
        idempotencyKey: null,
        requestHash: null,
        landedCost: null,
        paidAt: null,
        closedAt: null,
        paymentReference: null,
        checkoutSessionId: null,
        paymentIntentId: null,
        paymentFlag: null,
        paymentFlagReason: null,
        settleAttempts: 0,
        settleAfter: null,
        ...order,
        number,
        createdAt,
        updatedAt: createdAt,
        cooperativeOrders: cooperativeOrders.map((part) => ({
          carrier: null,
          trackingNumber: null,
          shippedAt: null,
          deliveredAt: null,
          ...part,
          orderId: order.id,
          createdAt,
          updatedAt: createdAt,
        })),
        lines: orderLines.map((line) => ({ ...line, orderId: order.id })),
      };
    });
  }

  /**
   * Serialises one buyer's placements (on any instance) to the end of the transaction, so what they
   * hold unpaid is counted one placement after the other. Taken before any product lock, always.
   */
  async lockBuyer(tx: EntityManager, buyerId: string): Promise<void> {
    await preparedQuery(tx, 'orders_lock_buyer', `SELECT pg_advisory_xact_lock(hashtextextended('unpaid-orders:' || $1, 0))`, [buyerId]);
  }

  /**
   * Locks the products in id order (so concurrent orders never deadlock) and takes each quantity
   * where the stock suffices, and reads what the buyer holds unpaid and who they are, in one prepared
   * statement: each round trip costs the request path more than the SQL. Returns the products as they
   * were before: the caller checks them and the holdings and throws, rolling the transaction back.
   * The holdings are exact under `lockBuyer`, taken in an earlier statement (this one's snapshot
   * starts after it). `hsEdition` is the edition in force: each row says how its code stands there.
   * It writes products' stock from here because the lock, the check and the take must be one round trip.
   */
  async takeStock(tx: EntityManager, buyerId: string, quantities: ReadonlyMap<string, number>, hsEdition: number): Promise<StockTake> {
    const ids = [...quantities.keys()];
    const rows = await preparedQuery<Partial<StockTakeRow> & Pick<StockTake, 'holdings'>>(
      tx,
      'orders_take_stock',
      `WITH locked AS (
         SELECT p.id, p.cooperative_id AS "cooperativeId", p.title, p.hs_code AS "hsCode", p.hs_edition AS "hsEdition",
                ch.hs_code AS "hsChoice",
                EXISTS (SELECT 1 FROM hs_subheadings s WHERE s.edition = $3 AND s.code = left(p.hs_code, 6)) AS "hsCodeInForce",
                p.branch, p.price_minor AS "priceMinor", p.weight_grams AS "weightGrams", p.stock, p.status, c.status AS "cooperativeStatus"
           FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
           LEFT JOIN product_hs_choices ch ON ch.product_id = p.id AND ch.edition = $3
          WHERE p.id = ANY($1::uuid[])
          ORDER BY p.id
            FOR UPDATE OF p
       ), taken AS (
         UPDATE products p SET stock = p.stock - w.qty, version = p.version + 1
           FROM locked l JOIN unnest($1::uuid[], $2::int[]) AS w(id, qty) ON w.id = l.id
          WHERE p.id = l.id AND l.stock >= w.qty
       ), holdings AS (
         SELECT json_build_object(
                  'buyer', (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'locale', u.locale,
                                                     'notifyNonEssential', u.notify_non_essential)
                              FROM users u WHERE u.id = $4),
                  'orders', (SELECT count(*)::int FROM orders WHERE buyer_id = $4 AND status = 'pending_payment'),
                  'units', coalesce((SELECT json_object_agg(l.product_id, l.qty) FROM (
                             SELECT ol.product_id, sum(ol.quantity)::int AS qty
                               FROM orders o JOIN order_lines ol ON ol.order_id = o.id
                              WHERE o.buyer_id = $4 AND o.status = 'pending_payment' AND ol.product_id = ANY($1::uuid[])
                              GROUP BY ol.product_id) l), '{}'::json)) AS holdings
       )
       -- One row per product found, or one with no product when none is: the holdings always come back.
       SELECT l.*, h.holdings FROM holdings h LEFT JOIN locked l ON true ORDER BY l.id`,
      [ids, ids.map((id) => quantities.get(id)!), hsEdition, buyerId],
    );
    return {
      holdings: rows[0]!.holdings,
      products: rows.filter((row) => row.id !== null).map(({ holdings: _, ...product }) => product as StockTakeRow),
    };
  }

  /** Gives an order's stock back to its products, locked in id order like placement locks them, so the two never deadlock. */
  async returnStock(tx: EntityManager, orderId: string): Promise<void> {
    await tx.query(
      `WITH returned AS (
         SELECT product_id, sum(quantity)::int AS qty FROM order_lines WHERE order_id = $1 GROUP BY product_id
       ), locked AS (
         SELECT p.id FROM products p JOIN returned r ON r.product_id = p.id ORDER BY p.id FOR UPDATE OF p
       )
       UPDATE products p SET stock = p.stock + r.qty, version = p.version + 1 FROM returned r, locked l WHERE p.id = r.product_id AND l.id = p.id`,
      [orderId],
    );
  }

  /**
   * Takes an order's stock again when every line can have it from a published product of a selling
   * cooperative (all or nothing, one statement, products locked in id order); false, changing nothing, otherwise.
   */
  async retakeStock(tx: EntityManager, orderId: string): Promise<boolean> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [, taken]: [unknown[], number] = await tx.query(
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
      [orderId],
    );
    return taken > 0;
  }

  /** The order with its lines, parts and insurance quote. */
  findDetailed(id: string, tx: EntityManager = this.dataSource.manager): Promise<Order | null> {
    return tx.findOne(Order, { where: { id }, relations: { lines: true, cooperativeOrders: true, insuranceQuote: true } });
  }

  /** The same, for an order known to exist (EntityNotFoundError otherwise). */
  getDetailed(id: string, tx: EntityManager = this.dataSource.manager): Promise<Order> {
    return tx.findOneOrFail(Order, { where: { id }, relations: { lines: true, cooperativeOrders: true, insuranceQuote: true } });
  }

  findByIdempotencyKey(buyerId: string, idempotencyKey: string): Promise<Order | null> {
    return this.dataSource.manager.findOne(Order, { where: { buyerId, idempotencyKey } });
  }

  /** Locks the order row for the rest of the transaction. */
  lock(tx: EntityManager, id: string): Promise<Order | null> {
    return tx.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Claims the unpaid order expiring first, skipping those another instance holds. Orders with a
   * checkout session are left out: they are settled by asking Stripe first (ReconciliationJob).
   */
  claimDueForExpiry(tx: EntityManager): Promise<Order | null> {
    return tx
      .createQueryBuilder(Order, 'o')
      .where(`o.status = 'pending_payment' AND o.expires_at <= now() AND o.checkout_session_id IS NULL`)
      .andWhere('(o.settle_after IS NULL OR o.settle_after <= now())')
      .orderBy('o.expires_at')
      .limit(1)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  /** Counts a failed attempt to settle the order and holds it back until `after`. */
  async deferSettling(id: string, attempts: number, after: Date): Promise<void> {
    await this.dataSource.manager.update(Order, { id }, { settleAttempts: attempts, settleAfter: after });
  }

  async save(tx: EntityManager, order: Order): Promise<void> {
    await tx.save(order);
  }

  /** Newest first, with lines and parts; `buyerId` narrows to one buyer's orders. */
  async page(
    filter: { buyerId?: string; status?: OrderStatus },
    after: [string, string] | undefined,
    limit: number,
  ): Promise<KeysetPage<OrderWithParts>> {
    const qb = this.dataSource.getRepository(Order).createQueryBuilder('o').leftJoinAndSelect('o.insuranceQuote', 'q');
    if (filter.buyerId) qb.andWhere('o.buyer_id = :buyer', { buyer: filter.buyerId });
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (after) qb.andWhere('(o.created_at, o.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt: after[0], id: after[1] });
    const { entities: rows, raw } = await qb
      .addSelect(cursorTimeSql('o.created_at'), 'cursorAt')
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(limit + 1)
      // `o_id` is TypeORM's own name for the order's id in the raw rows.
      .getRawAndEntities<{ o_id: string; cursorAt: string }>();
    const page = rows.slice(0, limit);
    const ids = page.map((o) => o.id);
    const [lines, parts] = await Promise.all([
      this.dataSource.manager.find(OrderLine, { where: { orderId: In(ids) } }),
      this.dataSource.manager.find(CooperativeOrder, { where: { orderId: In(ids) } }),
    ]);
    const last = page[page.length - 1];
    return {
      items: page.map((o) => ({
        ...o,
        lines: lines.filter((l) => l.orderId === o.id),
        cooperativeOrders: parts.filter((p) => p.orderId === o.id),
      })),
      next: rows.length > limit && last ? [raw.find((r) => r.o_id === last.id)!.cursorAt, last.id] : null,
    };
  }

  partsOf(tx: EntityManager, orderId: string): Promise<CooperativeOrder[]> {
    return tx.find(CooperativeOrder, { where: { orderId } });
  }

  async saveParts(tx: EntityManager, parts: CooperativeOrder[]): Promise<void> {
    await tx.save(parts);
  }

  /** Locks a cooperative's part of an order for the rest of the transaction. */
  lockPart(tx: EntityManager, id: string): Promise<CooperativeOrder | null> {
    return tx.findOne(CooperativeOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findPart(id: string): Promise<CooperativeOrder | null> {
    return this.dataSource.manager.findOne(CooperativeOrder, { where: { id } });
  }

  /** An order by id, with its insurance quote (for the policy number). */
  findWithInsurance(id: string): Promise<Order | null> {
    return this.dataSource.manager.findOne(Order, { where: { id }, relations: { insuranceQuote: true } });
  }

  find(tx: EntityManager, id: string): Promise<Order | null> {
    return tx.findOne(Order, { where: { id } });
  }

  /** The parts of an order by creation, then id: the order their invoices are numbered in. */
  partsInCreationOrder(orderId: string): Promise<CooperativeOrder[]> {
    return this.dataSource.manager.find(CooperativeOrder, { where: { orderId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** A part's lines by product (`by: 'title'`: by title, as invoices print them). */
  linesOfPart(partId: string, by: 'product' | 'title' = 'product', tx: EntityManager = this.dataSource.manager): Promise<OrderLine[]> {
    return tx.find(OrderLine, {
      where: { cooperativeOrderId: partId },
      order: by === 'title' ? { title: 'ASC', id: 'ASC' } : { productId: 'ASC' },
    });
  }

  async savePart(tx: EntityManager, part: CooperativeOrder): Promise<void> {
    await tx.save(part);
  }

  /** A cooperative's parts, newest first, each with its order and lines. */
  async partsPage(
    cooperativeId: string,
    status: CooperativeOrderStatus | undefined,
    after: [string, string] | undefined,
    limit: number,
  ): Promise<KeysetPage<{ part: CooperativeOrder; order: Order; lines: OrderLine[] }>> {
    const qb = this.dataSource
      .getRepository(CooperativeOrder)
      .createQueryBuilder('co')
      .where('co.cooperative_id = :cooperativeId', { cooperativeId });
    if (status) qb.andWhere('co.status = :status', { status });
    if (after) qb.andWhere('(co.created_at, co.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt: after[0], id: after[1] });
    const { entities: rows, raw } = await qb
      .addSelect(cursorTimeSql('co.created_at'), 'cursorAt')
      .orderBy('co.created_at', 'DESC')
      .addOrderBy('co.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities<{ cursorAt: string }>();
    const page = rows.slice(0, limit);
    const [orders, lines] = await Promise.all([
      this.dataSource.manager.find(Order, { where: { id: In(page.map((p) => p.orderId)) } }),
      this.dataSource.manager.find(OrderLine, { where: { cooperativeOrderId: In(page.map((p) => p.id)) }, order: { productId: 'ASC' } }),
    ]);
    const last = page[page.length - 1];
    return {
      items: page.map((part) => ({
        part,
        order: orders.find((o) => o.id === part.orderId)!,
        lines: lines.filter((l) => l.cooperativeOrderId === part.id),
      })),
      next: rows.length > limit && last ? [raw[page.length - 1]!.cursorAt, last.id] : null,
    };
  }
}
