import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { CooperativeAccess } from '../cooperatives/cooperative-access.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CooperativeOrder } from './cooperative-order';
import { ListCooperativeOrdersQuery } from './dto/list-cooperative-orders.query';
import { CooperativeOrderDetailView, CooperativeOrderPage } from './dto/order.view';
import { ShipDto } from './dto/ship.dto';
import type { Order } from './order';
import type { OrderLine } from './order-line';
import { OrderRepository } from './order.repository';
import { transition, transitionCooperativeOrder } from './order-state';
import { cooperativeOrderDetailView } from './order-views';

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
    private readonly access: CooperativeAccess,
    private readonly notifications: NotificationsService,
  ) {}

  async list(cooperativeId: string, user: AuthUser, query: ListCooperativeOrdersQuery): Promise<CooperativeOrderPage> {
    await this.access.assertCanRead(cooperativeId, user, 'member');
    const after = query.cursor ? (decodeCursor(query.cursor, ['string', 'string']) as [string, string]) : undefined;
    const page = await this.orders.partsPage(cooperativeId, query.status, after, query.limit);
    return {
      items: page.items.map(({ part, order, lines }) => cooperativeOrderDetailView(part, order, lines)),
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
      part.status = transitionCooperativeOrder(part.status, 'ship');
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
      part.status = transitionCooperativeOrder(part.status, 'deliver');
      part.deliveredAt = new Date();
      const order = (await this.orders.lock(manager, part.orderId))!;
      const others = await this.orders.partsOf(manager, part.orderId);
      if (others.every((p) => p.id === part.id || p.status === 'delivered')) {
        order.status = transition(order.status, 'complete');
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
      if (user.role !== 'admin' && (await this.access.roleOf(manager, part.cooperativeId, user.id)) === null) {
        throw new DomainError('FORBIDDEN', 'Only members of this cooperative can fulfil its orders');
      }
      await apply(part, manager);
      await this.orders.savePart(manager, part);
      const order = (await this.orders.find(manager, part.orderId))!;
      const lines = await this.orders.linesOfPart(id, 'product', manager);
      return cooperativeOrderDetailView(part, order, lines);
    });
  }
}
