import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { AccessService } from '../cooperatives/access.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CooperativeOrder } from './cooperative-order';
import { ListCooperativeOrdersQuery } from './dto/list-cooperative-orders.query';
import { CooperativeOrderDetailView, CooperativeOrderPage, toCooperativeOrderDetailView } from './dto/order.view';
import { ShipDto } from './dto/ship.dto';
import type { Order } from './order';
import type { OrderLine } from './order-line';
import { OrderRepository } from './order.repository';
import { assertTransition } from '../common/domain/lifecycle';
import { COOPERATIVE_ORDER_LIFECYCLE, ORDER_LIFECYCLE } from './order-state';

export interface InvoiceablePart {
  part: CooperativeOrder;
  order: Order;
  parts: CooperativeOrder[];
  lines: OrderLine[];
}

/** Cooperatives see and ship their part of each order. */
@Injectable()
export class FulfilmentService {
  constructor(
    private readonly transactions: Transactions,
    private readonly orders: OrderRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(cooperativeId: string, user: AuthUser, query: ListCooperativeOrdersQuery): Promise<CooperativeOrderPage> {
    await this.access.assertCanReadCooperative(user, cooperativeId);
    const after = query.cursor ? (decodeCursor(query.cursor, ['string', 'string']) as [string, string]) : undefined;
    const page = await this.orders.partsPage(cooperativeId, query.status, after, query.limit);
    return {
      items: page.items.map(({ part, order, lines }) => toCooperativeOrderDetailView(part, order, lines)),
      nextCursor: page.next && encodeCursor(page.next),
    };
  }

  /**
   * A part as its commercial invoice needs it: with its order (and insurance quote), the order's
   * parts by creation then id (the invoice number is the part's position), and its lines by title.
   */
  async invoiceable(id: string): Promise<InvoiceablePart | null> {
    const part = await this.orders.findPart(id);
    if (!part) return null;
    const [order, parts, lines] = await Promise.all([
      this.orders.findWithInsurance(part.orderId),
      this.orders.partsInCreationOrder(part.orderId),
      this.orders.linesOfPart(part.id, 'title'),
    ]);
    return { part, order: order!, parts, lines };
  }

  ship(id: string, user: AuthUser, dto: ShipDto): Promise<CooperativeOrderDetailView> {
    return this.change(id, user, async (part, manager) => {
      part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'ship');
      part.carrier = dto.carrier;
      part.trackingNumber = dto.trackingNumber;
      part.shippedAt = new Date();
      await this.orders.savePart(manager, part);
      await this.notifications.partShipped(manager, part.id);
    });
  }

  /** Delivering the last part completes the order. */
  deliver(id: string, user: AuthUser): Promise<CooperativeOrderDetailView> {
    return this.change(id, user, async (part, manager) => {
      part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'deliver');
      part.deliveredAt = new Date();
      const order = (await this.orders.lock(manager, part.orderId))!;
      const others = await this.orders.partsOf(manager, part.orderId);
      if (others.every((p) => p.id === part.id || p.status === 'delivered')) {
        order.status = assertTransition(ORDER_LIFECYCLE, order.status, 'complete');
        order.closedAt = new Date();
        await this.orders.save(manager, order);
      }
      await this.orders.savePart(manager, part);
      await this.notifications.partDelivered(manager, part.id);
    });
  }

  private async change(
    id: string,
    user: AuthUser,
    apply: (part: CooperativeOrder, manager: EntityManager) => Promise<void>,
  ): Promise<CooperativeOrderDetailView> {
    return this.transactions.run(async (manager) => {
      const part = await this.orders.lockPart(manager, id);
      if (!part) throw new DomainError('NOT_FOUND', 'Cooperative order not found');
      await this.access.assertCooperativeMember(manager, user, part.cooperativeId, 'fulfil its orders');
      await apply(part, manager);
      await this.orders.savePart(manager, part);
      const order = (await this.orders.find(manager, part.orderId))!;
      const lines = await this.orders.linesOfPart(id, 'product', manager);
      return toCooperativeOrderDetailView(part, order, lines);
    });
  }
}
