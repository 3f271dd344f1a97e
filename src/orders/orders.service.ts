import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { assertCardCurrency } from '../payments/card-currency';
import { zoneForCountry } from '../common/domain/destination-zones';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { AccessService } from '../cooperatives/access.service';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { soldClassification } from '../hs-codes/hs-edition-in-force';
import { HsEditionsService } from '../hs-codes/hs-editions.service';
import { InsuranceQuotesService } from '../insurance/insurance-quotes.service';
import { NotificationsService } from '../notifications/notifications.service';
import { landedCost } from '../landed-cost/landed-cost-calculator';
import { LandedCostService } from '../landed-cost/landed-cost.service';
import { ShippingRatesService } from '../shipping/shipping-rates.service';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQuery } from './dto/list-orders.query';
import { OrderPage, OrderView, toOrderView } from './dto/order.view';
import { destinationAllowed } from './destination-rule';
import { assertSellable, pricingLines } from './sellable';
import { OrderRepository, type NewOrder, type NewOrderLine, type StockTakeRow } from './order.repository';
import { priceOrder } from './order-pricing';
import { OrderStock } from './order-stock';
import { StrayPaymentsService } from './stray-payments.service';
import { checkUnpaidLimits } from './unpaid-limits';

function requestHash(dto: CreateOrderDto): string {
  const items = [...dto.items].sort((a, b) => a.productId.localeCompare(b.productId) || a.quantity - b.quantity);
  return createHash('sha256')
    .update(JSON.stringify({ ...dto, items, incoterm: dto.incoterm ?? 'DAP' }))
    .digest('hex');
}

/** Sellable (the rule quotes and estimates share) and in stock: the locked rows of the products asked for. */
function checkReserved(ids: string[], quantities: ReadonlyMap<string, number>, products: StockTakeRow[]): StockTakeRow[] {
  assertSellable(ids, products);
  const short = products
    .filter((p) => p.stock < quantities.get(p.id)!)
    .map((p) => ({ productId: p.id, requested: quantities.get(p.id)!, available: p.stock }));
  if (short.length > 0) throw new DomainError('OUT_OF_STOCK', 'Not enough stock for some items', { items: short });
  return products;
}

@Injectable()
export class OrdersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly orders: OrderRepository,
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
    private readonly access: AccessService,
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
    if (!destinationAllowed(country)) {
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
      return await this.transactions.runWithRetry(async (manager) => {
        const { holdings, products: taken } = await this.stock.reserve(manager, buyer.id, quantities, hsEdition);
        checkUnpaidLimits(holdings, quantities, this.config.unpaidLimits);
        const products = checkReserved(productIds, quantities, taken);

        const pricing = {
          lines: pricingLines(products, quantities),
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
        const hsCodes = new Map(products.map((p) => [p.id, p.hsCode!]));
        const landed = landedCost({
          ...landedContext,
          destination: country,
          postalCode: dto.shippingAddress.postalCode,
          currency: quote.currency,
          incoterm: dto.incoterm ?? 'DAP',
          lines: goods.parts.flatMap((part) =>
            part.lines.map((l) => ({ hsCode: hsCodes.get(l.productId)!, originCountry: 'MA', valueMinor: l.lineTotalMinor })),
          ),
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
        const orderId = randomUUID();
        const partIds = priced.parts.map(() => randomUUID());
        const byId = new Map(products.map((p) => [p.id, p]));
        const lines = priced.parts.flatMap((part, i) =>
          part.lines.map((line): NewOrderLine => {
            const product = byId.get(line.productId)!;
            const sold = soldClassification({ hsCode: product.hsCode!, hsEdition: product.hsEdition! }, hsEdition, {
              choice: product.hsChoice,
              codeExistsInForce: product.hsCodeInForce,
            });
            return {
              id: randomUUID(),
              cooperativeOrderId: partIds[i]!,
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
            };
          }),
        );
        const placed: NewOrder = {
          id: orderId,
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
          expiresAt: new Date(Date.now() + this.holdMs(dto.paymentMethod)),
          cooperativeOrders: priced.parts.map((part, i) => ({
            id: partIds[i]!,
            cooperativeId: part.cooperativeId,
            status: 'pending_payment',
            subtotalMinor: part.subtotalMinor,
            shippingMinor: part.shippingMinor,
            subtotalMadMinor: part.subtotalMadMinor,
            shippingMadMinor: part.shippingMadMinor,
            weightGrams: part.weightGrams,
          })),
          lines,
        };
        const [order] = await this.orders.insert(manager, [placed]);
        if (quoteId) await this.insurance.attachToOrder(manager, quoteId, orderId);
        await this.notifications.orderPlacedWith(manager, {
          order: order!,
          buyer: holdings.buyer,
          lines: order!.lines
            .map((l) => ({ ...l, title: { ...byId.get(l.productId)!.title, en: l.title } }))
            .sort((a, b) => a.cooperativeOrderId.localeCompare(b.cooperativeOrderId) || a.productId.localeCompare(b.productId)),
        });
        return toOrderView(order!);
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
    const order = await this.orders.findDetailed(id);
    this.access.assertOrderBuyer(user, order);
    return toOrderView(order, await this.strays.forOrders([id]));
  }

  async list(user: AuthUser, query: ListOrdersQuery): Promise<OrderPage> {
    const after = query.cursor ? (decodeCursor(query.cursor, ['string', 'string']) as [string, string]) : undefined;
    const page = await this.orders.page(
      { buyerId: this.access.seesEverything(user) ? undefined : user.id, status: query.status },
      after,
      query.limit,
    );
    const strays = await this.strays.forOrders(page.items.map((o) => o.id));
    return {
      items: page.items.map((o) =>
        toOrderView(
          o,
          strays.filter((s) => s.orderId === o.id),
        ),
      ),
      nextCursor: page.next && encodeCursor(page.next),
    };
  }

  /**
   * Buyers cancel their own pending orders, admins any pending order; stock goes back. The caller
   * (OrderCancellationService) has expired `closedSessionId` at Stripe; an order that got another
   * checkout session meanwhile is not cancelled (CONFLICT), so no open session outlives its order.
   */
  async cancel(id: string, user: AuthUser, closedSessionId: string | null): Promise<OrderView> {
    await this.transactions.run(async (manager) => {
      const order = await this.orders.lock(manager, id);
      this.access.assertOrderBuyer(user, order);
      if (order.status === 'pending_payment' && order.checkoutSessionId !== null && order.checkoutSessionId !== closedSessionId) {
        throw new DomainError('CONFLICT', 'A card checkout was opened for this order meanwhile; try again');
      }
      await this.stock.close(manager, order, 'cancel');
      if (user.role === 'admin') {
        await this.audit.record(manager, user, {
          action: 'order.cancel',
          targetType: 'order',
          targetId: id,
          before: { status: 'pending_payment' },
          after: { status: 'cancelled' },
        });
      }
    });
    return this.view(id);
  }

  async view(id: string, manager: EntityManager = this.transactions.manager): Promise<OrderView> {
    const order = await this.orders.getDetailed(id, manager);
    return toOrderView(order, await this.strays.forOrders([id], manager));
  }

  private async replay(buyerId: string, key: string, hash: string): Promise<OrderView | undefined> {
    const existing = await this.orders.findByIdempotencyKey(buyerId, key);
    if (!existing) return undefined;
    if (existing.requestHash !== hash) {
      throw new DomainError('IDEMPOTENCY_CONFLICT', 'This Idempotency-Key was already used for a different order');
    }
    return this.view(existing.id);
  }
}
