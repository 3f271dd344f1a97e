import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { preparedQuery } from '../common/database/prepared-query';
import { transactionWithRetry } from '../common/database/transaction-retry';
import { assertCardCurrency } from '../payments/card-currency';
import { zoneForCountry } from '../common/domain/destination-zones';
import { DomainError } from '../common/errors/domain-error';
import { cursorTimeSql, decodeCursor, encodeCursor } from '../common/paging/cursor';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { soldClassification } from '../hs-codes/hs-edition-in-force';
import { HsEditionsService } from '../hs-codes/hs-editions.service';
import { InsuranceQuotesService } from '../insurance/insurance-quotes.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { Recipient } from '../notifications/outbox.service';
import { landedCost } from '../landed-cost/landed-cost-calculator';
import { LandedCostService } from '../landed-cost/landed-cost.service';
import { ShippingRatesService } from '../shipping/shipping-rates.service';
import { CooperativeOrder } from './cooperative-order';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQuery } from './dto/list-orders.query';
import { OrderPage, OrderView } from './dto/order.view';
import { Order } from './order';
import { OrderLine } from './order-line';
import { priceOrder } from './order-pricing';
import { OrderStock, type ReservedProduct } from './order-stock';
import { orderView } from './order-views';
import { StrayPaymentsService } from './stray-payments.service';
import { checkUnpaidLimits, UnpaidHoldings } from './unpaid-limits';

function requestHash(dto: CreateOrderDto): string {
  const items = [...dto.items].sort((a, b) => a.productId.localeCompare(b.productId) || a.quantity - b.quantity);
  return createHash('sha256').update(JSON.stringify({ ...dto, items, incoterm: dto.incoterm ?? 'DAP' })).digest('hex');
}

/**
 * Writes an order with its parts and lines in one statement (foreign keys are checked at its end),
 * its number drawn from order_number_seq: one round trip instead of three in the hottest write, and
 * a prepared one.
 */
async function insertOrder(manager: EntityManager, order: Order): Promise<{ number: string; createdAt: Date }> {
  const parts = order.cooperativeOrders!;
  const lines = order.lines!;
  const column = <T, K extends keyof T>(rows: T[], key: K): T[K][] => rows.map((row) => row[key]);
  const [row] = await preparedQuery<{ number: string; created_at: Date }>(
    manager,
    'orders_insert',
    `WITH o AS (
       INSERT INTO orders (id, number, buyer_id, status, currency, mad_per_unit, rate_as_of, subtotal_minor, shipping_minor, insurance_minor, total_minor,
                           total_mad_minor, refunded_minor, shipping_address, destination_country, incoterm, payment_method, insurance_quote_id,
                           idempotency_key, request_hash, expires_at, landed_cost_minor, landed_cost)
       VALUES ($1, 'HF-' || lpad(nextval('order_number_seq')::text, 8, '0'), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, $13, $14, $15, $16, $17, $18, $19,
               $41, $42)
       RETURNING number, created_at
     ), parts AS (
       INSERT INTO cooperative_orders (id, order_id, cooperative_id, status, subtotal_minor, shipping_minor, subtotal_mad_minor, shipping_mad_minor, weight_grams)
       SELECT id, $1, cooperative_id, $3, subtotal, shipping, subtotal_mad, shipping_mad, weight
         FROM unnest($20::uuid[], $21::uuid[], $22::bigint[], $23::bigint[], $24::bigint[], $25::bigint[], $26::int[])
           AS t(id, cooperative_id, subtotal, shipping, subtotal_mad, shipping_mad, weight)
     ), lines AS (
       INSERT INTO order_lines (id, order_id, cooperative_order_id, product_id, cooperative_id, title, hs_code, hs_edition, origin_country, branch,
                                unit_weight_grams, quantity, unit_price_mad_minor, unit_price_minor, line_total_minor, line_total_mad_minor)
       SELECT id, $1, part_id, product_id, cooperative_id, title, hs_code, hs_edition, origin, branch, weight, quantity, unit_mad, unit, total, total_mad
         FROM unnest($27::uuid[], $28::uuid[], $29::uuid[], $30::uuid[], $31::text[], $32::text[], $33::text[], $34::text[], $35::int[], $36::int[],
                     $37::bigint[], $38::bigint[], $39::bigint[], $40::bigint[], $43::smallint[])
           AS t(id, part_id, product_id, cooperative_id, title, hs_code, origin, branch, weight, quantity, unit_mad, unit, total, total_mad, hs_edition)
     )
     SELECT number, created_at FROM o`,
    [
      order.id, order.buyerId, order.status, order.currency, order.madPerUnit, order.rateAsOf, order.subtotalMinor, order.shippingMinor, order.insuranceMinor,
      order.totalMinor, order.totalMadMinor, JSON.stringify(order.shippingAddress), order.destinationCountry, order.incoterm, order.paymentMethod,
      order.insuranceQuoteId, order.idempotencyKey, order.requestHash, order.expiresAt,
      column(parts, 'id'), column(parts, 'cooperativeId'), column(parts, 'subtotalMinor'), column(parts, 'shippingMinor'), column(parts, 'subtotalMadMinor'),
      column(parts, 'shippingMadMinor'), column(parts, 'weightGrams'),
      column(lines, 'id'), column(lines, 'cooperativeOrderId'), column(lines, 'productId'), column(lines, 'cooperativeId'), column(lines, 'title'),
      column(lines, 'hsCode'), column(lines, 'originCountry'), column(lines, 'branch'), column(lines, 'unitWeightGrams'), column(lines, 'quantity'),
      column(lines, 'unitPriceMadMinor'), column(lines, 'unitPriceMinor'), column(lines, 'lineTotalMinor'), column(lines, 'lineTotalMadMinor'),
      order.landedCostMinor, order.landedCost && JSON.stringify(order.landedCost),
      column(lines, 'hsEdition'),
    ],
  );
  return { number: row.number, createdAt: row.created_at };
}

/** Every product asked for must be found, published, from a selling cooperative and in stock. */
function checkReserved(ids: string[], quantities: ReadonlyMap<string, number>, products: ReservedProduct[]): ReservedProduct[] {
  const found = new Set(products.map((p) => p.id));
  const unavailable = [...ids.filter((id) => !found.has(id)), ...products.filter((p) => p.status !== 'published').map((p) => p.id)];
  if (unavailable.length > 0) {
    throw new DomainError('PRODUCT_UNAVAILABLE', 'Some products are not for sale', { productIds: unavailable.sort() });
  }
  const closedCooperatives = products.filter((p) => p.coop_status !== 'approved').map((p) => p.id);
  if (closedCooperatives.length > 0) {
    throw new DomainError('COOPERATIVE_UNAVAILABLE', 'Some products belong to a cooperative that is not selling at the moment', {
      productIds: closedCooperatives,
    });
  }
  const short = products
    .filter((p) => p.stock < quantities.get(p.id)!)
    .map((p) => ({ productId: p.id, requested: quantities.get(p.id)!, available: p.stock }));
  if (short.length > 0) throw new DomainError('OUT_OF_STOCK', 'Not enough stock for some items', { items: short });
  return products;
}

@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly rates: ExchangeRatesService,
    private readonly stock: OrderStock,
    private readonly audit: AuditService,
    private readonly insurance: InsuranceQuotesService,
    private readonly notifications: NotificationsService,
    private readonly strays: StrayPaymentsService,
    private readonly landedCost: LandedCostService,
    private readonly hsEditions: HsEditionsService,
    private readonly shippingRates: ShippingRatesService,
  ) {}

  /**
   * Places an order: every line's stock is locked (in product id order, so concurrent orders never
   * deadlock) and decremented in one transaction, all or nothing; prices, HS codes and the exchange
   * rate are fixed on the order. The same Idempotency-Key and body return the same order.
   */
  async place(buyer: AuthUser, dto: CreateOrderDto, idempotencyKey?: string): Promise<OrderView> {
    const hash = requestHash(dto);
    if (idempotencyKey) {
      const replay = await this.replay(buyer.id, idempotencyKey, hash);
      if (replay) return replay;
    }
    const country = dto.shippingAddress.country;
    if (country === 'MA' || country === 'EH') {
      throw new DomainError('INVALID_DESTINATION', 'Hirfa sells for export: the shipping address must be outside Morocco');
    }
    const zone = zoneForCountry(country);
    if (!zone) throw new DomainError('INVALID_DESTINATION', `Hirfa does not ship to ${country} yet`);
    // Refused here, before any stock is reserved, rather than at checkout.
    if (dto.paymentMethod === 'card') assertCardCurrency(dto.currency);

    const quantities = new Map<string, number>();
    for (const item of dto.items) quantities.set(item.productId, (quantities.get(item.productId) ?? 0) + item.quantity);
    const productIds = [...quantities.keys()].sort();

    // Reference data comes from the in-process caches, before the transaction takes a connection: a
    // cache miss inside it would wait for a second connection while holding the first.
    const quote = await this.rates.quote(dto.currency);
    const brackets = await this.shippingRates.brackets(zone);
    const landedContext = await this.landedCost.context(country);
    const hsEdition = await this.hsEditions.inForce();
    try {
      return await transactionWithRetry(this.dataSource, async (manager) => {
        const holdings = await this.unpaidHoldings(manager, buyer.id, productIds);
        checkUnpaidLimits(holdings, quantities, this.config.unpaidLimits);
        const products = checkReserved(productIds, quantities, await this.stock.reserve(manager, quantities, hsEdition));

        const pricing = {
          lines: products.map((p) => ({
            productId: p.id,
            cooperativeId: p.cooperative_id,
            unitPriceMadMinor: p.price_minor,
            unitWeightGrams: p.weight_grams,
            quantity: quantities.get(p.id)!,
          })),
          currency: quote.currency,
          rate: quote.rate,
          shippingBrackets: brackets,
        };
        const goods = priceOrder(pricing);
        const quoteId = dto.insuranceQuoteId;
        const cover = quoteId
          ? await this.insurance.claimForOrder(manager, buyer.id, quoteId, {
              destinationCountry: country,
              currency: quote.currency,
              incoterm: dto.incoterm ?? 'DAP',
              items: dto.items,
              subtotalMinor: goods.subtotalMinor,
            })
          : { premiumMinor: 0, premiumMadMinor: 0 };
        const hsCodes = new Map(products.map((p) => [p.id, p.hs_code!]));
        const landed = landedCost({
          ...landedContext,
          destination: country,
          postalCode: dto.shippingAddress.postalCode,
          currency: quote.currency,
          incoterm: dto.incoterm ?? 'DAP',
          lines: goods.parts.flatMap((part) => part.lines.map((l) => ({ hsCode: hsCodes.get(l.productId)!, originCountry: 'MA', valueMinor: l.lineTotalMinor }))),
          shippingMinor: goods.shippingMinor,
          insuranceMinor: cover.premiumMinor,
          claimPreference: true,
        });
        const priced = priceOrder({
          ...pricing,
          insuranceMinor: cover.premiumMinor,
          insuranceMadMinor: cover.premiumMadMinor,
          landedCostMinor: landed.atCheckoutMinor,
          landedCostMadMinor: ExchangeRatesService.toMad(landed.atCheckoutMinor, quote),
        });
        // Ids are made here, so the order, its parts and its lines go in as one statement.
        const order = manager.create(Order, {
          id: randomUUID(),
          buyerId: buyer.id,
          status: 'pending_payment',
          currency: quote.currency,
          madPerUnit: quote.madPerUnit,
          rateAsOf: quote.asOf,
          subtotalMinor: priced.subtotalMinor,
          shippingMinor: priced.shippingMinor,
          insuranceMinor: priced.insuranceMinor,
          landedCostMinor: priced.landedCostMinor,
          landedCost: landed,
          totalMinor: priced.totalMinor,
          totalMadMinor: priced.totalMadMinor,
          refundedMinor: 0,
          shippingAddress: { ...dto.shippingAddress },
          destinationCountry: country,
          incoterm: dto.incoterm ?? 'DAP',
          paymentMethod: dto.paymentMethod,
          insuranceQuoteId: quoteId ?? null,
          idempotencyKey: idempotencyKey ?? null,
          requestHash: hash,
          paymentReference: null,
          checkoutSessionId: null,
          paymentIntentId: null,
          paymentFlag: null,
          paymentFlagReason: null,
          expiresAt: new Date(Date.now() + this.holdMs(dto.paymentMethod)),
          paidAt: null,
          closedAt: null,
        });

        const byId = new Map(products.map((p) => [p.id, p]));
        order.cooperativeOrders = priced.parts.map((part) =>
          manager.create(CooperativeOrder, {
            id: randomUUID(),
            orderId: order.id,
            cooperativeId: part.cooperativeId,
            status: 'pending_payment',
            subtotalMinor: part.subtotalMinor,
            shippingMinor: part.shippingMinor,
            subtotalMadMinor: part.subtotalMadMinor,
            shippingMadMinor: part.shippingMadMinor,
            weightGrams: part.weightGrams,
            carrier: null,
            trackingNumber: null,
            shippedAt: null,
            deliveredAt: null,
          }),
        );
        order.lines = priced.parts.flatMap((part, i) =>
          part.lines.map((line) => {
            const product = byId.get(line.productId)!;
            const sold = soldClassification({ hsCode: product.hs_code!, hsEdition: product.hs_edition! }, hsEdition, {
              choice: product.hs_choice,
              codeExistsInForce: product.hs_code_in_force,
            });
            return manager.create(OrderLine, {
              id: randomUUID(),
              orderId: order.id,
              cooperativeOrderId: order.cooperativeOrders![i].id,
              productId: line.productId,
              cooperativeId: line.cooperativeId,
              title: product.title.en,
              hsCode: sold.hsCode,
              hsEdition: sold.hsEdition,
              originCountry: 'MA',
              branch: product.branch,
              unitWeightGrams: line.unitWeightGrams,
              quantity: line.quantity,
              unitPriceMadMinor: line.unitPriceMadMinor,
              unitPriceMinor: line.unitPriceMinor,
              lineTotalMinor: line.lineTotalMinor,
              lineTotalMadMinor: line.lineTotalMadMinor,
            });
          }),
        );
        const { number, createdAt } = await insertOrder(manager, order);
        order.number = number;
        order.createdAt = createdAt;
        order.updatedAt = createdAt;
        if (quoteId) await this.insurance.attachToOrder(manager, quoteId, order.id);
        await this.notifications.orderPlacedWith(manager, {
          order: { ...order, number, expiresAt: order.expiresAt },
          buyer: holdings.buyer,
          lines: order.lines
            .map((l) => ({ ...l, title: { ...byId.get(l.productId)!.title, en: l.title } }))
            .sort((a, b) => a.cooperativeOrderId.localeCompare(b.cooperativeOrderId) || a.productId.localeCompare(b.productId)),
        });
        return orderView(order);
      });
    } catch (error) {
      // Another request with the same key won the race (on the key, the stock or the insurance quote): answer as a replay of it.
      if (idempotencyKey) {
        const replay = await this.replay(buyer.id, idempotencyKey, hash);
        if (replay) return replay;
      }
      throw error;
    }
  }

  /** How long a new order holds its stock: card orders minutes, bank transfers days (docs/api.md, Orders). */
  private holdMs(method: CreateOrderDto['paymentMethod']): number {
    return method === 'bank_transfer' ? this.config.bankTransferHoldDays * 86_400_000 : this.config.orderTtlMinutes * 60_000;
  }

  async get(id: string, user: AuthUser): Promise<OrderView> {
    const order = await this.dataSource.getRepository(Order).findOne({ where: { id }, relations: { lines: true, cooperativeOrders: true, insuranceQuote: true } });
    // Someone else's order does not exist, as far as a buyer can tell.
    if (!order || (user.role !== 'admin' && order.buyerId !== user.id)) throw new DomainError('NOT_FOUND', 'Order not found');
    return orderView(order, await this.strays.forOrders([id]));
  }

  async list(user: AuthUser, query: ListOrdersQuery): Promise<OrderPage> {
    const qb = this.dataSource.getRepository(Order).createQueryBuilder('o').leftJoinAndSelect('o.insuranceQuote', 'q');
    if (user.role !== 'admin') qb.andWhere('o.buyer_id = :buyer', { buyer: user.id });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['string', 'string']);
      qb.andWhere('(o.created_at, o.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const { entities: rows, raw } = await qb
      .addSelect(cursorTimeSql('o.created_at'), 'cursor_at')
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(query.limit + 1)
      .getRawAndEntities<{ o_id: string; cursor_at: string }>();
    const page = rows.slice(0, query.limit);
    const [lines, parts, strays] = await Promise.all([
      this.dataSource.getRepository(OrderLine).find({ where: { orderId: In(page.map((o) => o.id)) } }),
      this.dataSource.getRepository(CooperativeOrder).find({ where: { orderId: In(page.map((o) => o.id)) } }),
      this.strays.forOrders(page.map((o) => o.id)),
    ]);
    const last = page[page.length - 1];
    return {
      items: page.map((o) =>
        orderView(
          { ...o, lines: lines.filter((l) => l.orderId === o.id), cooperativeOrders: parts.filter((p) => p.orderId === o.id) },
          strays.filter((s) => s.orderId === o.id),
        ),
      ),
      nextCursor: rows.length > query.limit && last ? encodeCursor([raw.find((r) => r.o_id === last.id)!.cursor_at, last.id]) : null,
    };
  }

  /**
   * Buyers cancel their own pending orders, admins any pending order; stock goes back. The caller
   * (OrderCancellationService) has expired `closedSessionId` at Stripe; an order that got another
   * checkout session meanwhile is not cancelled (CONFLICT), so no open session outlives its order.
   */
  async cancel(id: string, user: AuthUser, closedSessionId: string | null): Promise<OrderView> {
    await this.dataSource.transaction(async (manager) => {
      const order = await manager.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!order || (user.role !== 'admin' && order.buyerId !== user.id)) throw new DomainError('NOT_FOUND', 'Order not found');
      if (order.status === 'pending_payment' && order.checkoutSessionId !== null && order.checkoutSessionId !== closedSessionId) {
        throw new DomainError('CONFLICT', 'A card checkout was opened for this order meanwhile; try again');
      }
      await this.stock.close(manager, order, 'cancel');
      if (user.role === 'admin') {
        await this.audit.record(manager, user, { action: 'order.cancel', targetType: 'order', targetId: id, before: { status: 'pending_payment' }, after: { status: 'cancelled' } });
      }
    });
    return this.view(id);
  }

  async view(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrderView> {
    const order = await manager.findOneOrFail(Order, { where: { id }, relations: { lines: true, cooperativeOrders: true, insuranceQuote: true } });
    return orderView(order, await this.strays.forOrders([id], manager));
  }

  /**
   * What the buyer holds unpaid, read under a per-buyer lock held to the end of the placement, so
   * parallel placements by one buyer (on any instance) are counted one after the other. Taken
   * before any product lock, always in that order.
   */
  /** What the buyer already holds unpaid, and who they are (for the confirmation), under a per-buyer lock. */
  private async unpaidHoldings(manager: EntityManager, buyerId: string, productIds: string[]): Promise<UnpaidHoldings & { buyer: Recipient }> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('unpaid-orders:' || $1, 0))`, [buyerId]);
    const [row] = await manager.query(
      `SELECT (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'locale', u.locale, 'notifyNonEssential', u.notify_non_essential)
                 FROM users u WHERE u.id = $1) AS buyer,
              (SELECT count(*)::int FROM orders WHERE buyer_id = $1 AND status = 'pending_payment') AS orders,
              coalesce((SELECT json_object_agg(l.product_id, l.qty) FROM (
                 SELECT ol.product_id, sum(ol.quantity)::int AS qty
                   FROM orders o JOIN order_lines ol ON ol.order_id = o.id
                  WHERE o.buyer_id = $1 AND o.status = 'pending_payment' AND ol.product_id = ANY($2::uuid[])
                  GROUP BY ol.product_id) l), '{}'::json) AS units`,
      [buyerId, productIds],
    );
    return row;
  }

  private async replay(buyerId: string, key: string, hash: string): Promise<OrderView | undefined> {
    const existing = await this.dataSource.getRepository(Order).findOne({ where: { buyerId, idempotencyKey: key } });
    if (!existing) return undefined;
    if (existing.requestHash !== hash) {
      throw new DomainError('IDEMPOTENCY_CONFLICT', 'This Idempotency-Key was already used for a different order');
    }
    return this.view(existing.id);
  }
}
