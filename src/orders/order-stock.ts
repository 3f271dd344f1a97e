import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { Order } from './order';
import { OrderRepository, type StockTake } from './order.repository';
import { assertTransition } from '../common/domain/lifecycle';
import { COOPERATIVE_ORDER_LIFECYCLE, ORDER_LIFECYCLE } from './order-state';

/** Stock reserved by orders: taken when placed, given back once when an unpaid order closes. */
@Injectable()
export class OrderStock {
  constructor(
    private readonly orders: OrderRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Takes each quantity where the stock suffices, products locked in id order, under the buyer's
   * placement lock (taken first). Returns the products as they were before, with what the buyer
   * holds unpaid: the caller checks them and throws, rolling the transaction back, if anything was
   * unavailable, short or over a limit. `hsEdition` is the edition in force.
   */
  async reserve(manager: EntityManager, buyerId: string, quantities: ReadonlyMap<string, number>, hsEdition: number): Promise<StockTake> {
    await this.orders.lockBuyer(manager, buyerId);
    return this.orders.takeStock(manager, buyerId, quantities, hsEdition);
  }

  /**
   * Cancels or expires an unpaid order the caller has locked, and returns its stock. The state
   * machine refuses a second close, so stock comes back exactly once.
   */
  async close(manager: EntityManager, order: Order, event: 'cancel' | 'expire'): Promise<void> {
    order.status = assertTransition(ORDER_LIFECYCLE, order.status, event);
    order.closedAt = new Date();
    await this.orders.save(manager, order);
    const parts = await this.orders.partsOf(manager, order.id);
    for (const part of parts) part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, event);
    await this.orders.saveParts(manager, parts);
    await this.orders.returnStock(manager, order.id);
    await this.notifications.orderClosed(manager, order.id, event);
  }

  /**
   * Brings an expired order the caller has locked back to awaiting payment, when every line can
   * take its stock again (see OrderRepository.retakeStock). Returns false, changing nothing, otherwise.
   */
  async revive(manager: EntityManager, order: Order): Promise<boolean> {
    if (!(await this.orders.retakeStock(manager, order.id))) return false;
    order.status = assertTransition(ORDER_LIFECYCLE, order.status, 'revive');
    order.closedAt = null;
    await this.orders.save(manager, order);
    const parts = await this.orders.partsOf(manager, order.id);
    for (const part of parts) part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'revive');
    await this.orders.saveParts(manager, parts);
    return true;
  }
}
