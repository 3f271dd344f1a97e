import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { cursorTimeSql, decodeCursor, encodeCursor } from '../common/paging/cursor';
import { AccessService } from '../cooperatives/access.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CooperativeOrder } from './cooperative-order';
import { ListCooperativeOrdersQuery } from './dto/list-cooperative-orders.query';
import { CooperativeOrderDetailView, CooperativeOrderPage, toCooperativeOrderDetailView } from './dto/order.view';
import { ShipDto } from './dto/ship.dto';
import { Order } from './order';
import { OrderLine } from './order-line';
import { assertTransition } from '../common/domain/lifecycle';
import { COOPERATIVE_ORDER_LIFECYCLE, ORDER_LIFECYCLE } from './order-state';

/** Cooperatives see and ship their part of each order. */
@Injectable()
export class FulfilmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(cooperativeId: string, user: AuthUser, query: ListCooperativeOrdersQuery): Promise<CooperativeOrderPage> {
    await this.access.assertCanReadCooperative(user, cooperativeId);
    const qb = this.dataSource.getRepository(CooperativeOrder).createQueryBuilder('co').where('co.cooperative_id = :cooperativeId', { cooperativeId });
    if (query.status) qb.andWhere('co.status = :status', { status: query.status });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['string', 'string']);
      qb.andWhere('(co.created_at, co.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const { entities: rows, raw } = await qb
      .addSelect(cursorTimeSql('co.created_at'), 'cursor_at')
      .orderBy('co.created_at', 'DESC')
      .addOrderBy('co.id', 'DESC')
      .limit(query.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const page = rows.slice(0, query.limit);
    const [orders, lines] = await Promise.all([
      this.dataSource.getRepository(Order).find({ where: { id: In(page.map((p) => p.orderId)) } }),
      this.dataSource.getRepository(OrderLine).find({ where: { cooperativeOrderId: In(page.map((p) => p.id)) }, order: { productId: 'ASC' } }),
    ]);
    const last = page[page.length - 1];
    return {
      items: page.map((part) =>
        toCooperativeOrderDetailView(part, orders.find((o) => o.id === part.orderId)!, lines.filter((l) => l.cooperativeOrderId === part.id)),
      ),
      nextCursor: rows.length > query.limit && last ? encodeCursor([raw[page.length - 1].cursor_at, last.id]) : null,
    };
  }

  ship(id: string, user: AuthUser, dto: ShipDto): Promise<CooperativeOrderDetailView> {
    return this.change(id, user, async (part, manager) => {
      part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'ship');
      part.carrier = dto.carrier;
      part.trackingNumber = dto.trackingNumber;
      part.shippedAt = new Date();
      await manager.save(part);
      await this.notifications.partShipped(manager, part.id);
    });
  }

  /** Delivering the last part completes the order. */
  deliver(id: string, user: AuthUser): Promise<CooperativeOrderDetailView> {
    return this.change(id, user, async (part, manager) => {
      part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'deliver');
      part.deliveredAt = new Date();
      const order = await manager.findOneOrFail(Order, { where: { id: part.orderId }, lock: { mode: 'pessimistic_write' } });
      const others = await manager.find(CooperativeOrder, { where: { orderId: part.orderId } });
      if (others.every((p) => p.id === part.id || p.status === 'delivered')) {
        order.status = assertTransition(ORDER_LIFECYCLE, order.status, 'complete');
        order.closedAt = new Date();
        await manager.save(order);
      }
      await manager.save(part);
      await this.notifications.partDelivered(manager, part.id);
    });
  }

  private async change(
    id: string,
    user: AuthUser,
    apply: (part: CooperativeOrder, manager: EntityManager) => Promise<void>,
  ): Promise<CooperativeOrderDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const part = await manager.findOne(CooperativeOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!part) throw new DomainError('NOT_FOUND', 'Cooperative order not found');
      await this.access.assertCooperativeMember(manager, user, part.cooperativeId, 'fulfil its orders');
      await apply(part, manager);
      await manager.save(part);
      const order = await manager.findOneOrFail(Order, { where: { id: part.orderId } });
      const lines = await manager.find(OrderLine, { where: { cooperativeOrderId: id }, order: { productId: 'ASC' } });
      return toCooperativeOrderDetailView(part, order, lines);
    });
  }
}
