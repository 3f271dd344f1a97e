import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { ListOrdersQuery } from '../orders/dto/list-orders.query';
import { OrdersService } from '../orders/orders.service';
import { OrderCancellationService } from '../payments/order-cancellation.service';
import { PageRenderer } from './page-renderer.service';
import { WebCheckoutService } from './web-checkout.service';
import type { WebContext, WebRequest } from './web-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHECKOUT_NOTICES = ['success', 'cancelled', 'unavailable'];

/** Order history, the order status page (also Stripe's return page) and "pay by card" again. */
@Injectable()
export class OrdersPageController {
  constructor(
    private readonly orders: OrdersService,
    private readonly checkout: WebCheckoutService,
    private readonly pages: PageRenderer,
    private readonly cancellation: OrderCancellationService,
  ) {}

  readonly list = async (req: WebRequest, res: Response): Promise<void> => {
    const user = this.user(req.web);
    const cursor = typeof req.query.cursor === 'string' && req.query.cursor ? req.query.cursor : undefined;
    const page = await this.orders.list(user, plainToInstance(ListOrdersQuery, { limit: 20, cursor }));
    this.pages.render(res, req.web, 'orders', { page });
  };

  readonly show = async (req: WebRequest, res: Response): Promise<void> => {
    const order = await this.orders.get(this.orderId(req), this.user(req.web));
    const notice = CHECKOUT_NOTICES.find((n) => n === req.query.checkout);
    this.pages.render(res, req.web, 'order', { order, notice });
  };

  readonly pay = async (req: WebRequest, res: Response): Promise<void> => {
    res.redirect(303, await this.checkout.payByCard(this.orderId(req), this.user(req.web)));
  };

  readonly cancel = async (req: WebRequest, res: Response): Promise<void> => {
    const order = await this.cancellation.cancel(this.orderId(req), this.user(req.web));
    res.redirect(303, `/orders/${order.id}`);
  };

  private user(web: WebContext): AuthUser {
    if (!web.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to see your orders');
    return web.user;
  }

  private orderId(req: WebRequest): string {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND', 'Order not found');
    return id;
  }
}
