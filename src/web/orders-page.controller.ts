import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListOrdersQuery } from '../orders/dto/list-orders.query';
import { OrdersService } from '../orders/orders.service';
import { OrderCancellationService } from '../payments/order-cancellation.service';
import { notFound } from './page-ids';
import { PageRenderer } from './page-renderer.service';
import { WebCheckoutService } from './web-checkout.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

const CHECKOUT_NOTICES = ['success', 'cancelled', 'unavailable'];
const orderId = notFound('Order');

/** Order history, the order status page (also Stripe's return page) and "pay by card" again. */
@Pages()
@Auth()
@Controller('orders')
export class OrdersPageController {
  constructor(
    private readonly orders: OrdersService,
    private readonly checkout: WebCheckoutService,
    private readonly pages: PageRenderer,
    private readonly cancellation: OrderCancellationService,
  ) {}

  @Get()
  async list(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const page = await this.orders.list(user, plainToInstance(ListOrdersQuery, { limit: 20, cursor }));
    this.pages.render(res, web, 'orders', { page });
  }

  @Get(':id')
  async show(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Param('id', orderId) id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const order = await this.orders.get(id, user);
    const notice = CHECKOUT_NOTICES.find((n) => n === query.checkout);
    this.pages.render(res, web, 'order', { order, notice });
  }

  @Post(':id/pay')
  async pay(@CurrentUser() user: AuthUser, @Param('id', orderId) id: string, @Res() res: Response): Promise<void> {
    res.redirect(303, await this.checkout.payByCard(id, user));
  }

  @Post(':id/cancel')
  async cancel(@CurrentUser() user: AuthUser, @Param('id', orderId) id: string, @Res() res: Response): Promise<void> {
    const order = await this.cancellation.cancel(id, user);
    res.redirect(303, `/orders/${order.id}`);
  }
}
