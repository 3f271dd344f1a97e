import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { Order } from '../orders/order';
import { OrderLine } from '../orders/order-line';
import { assertCardCurrency } from './card-currency';
import { checkoutLines } from './checkout-lines';
import { CheckoutView } from './dto/checkout.view';
import { StripeClient } from './stripe-client';

// Stripe accepts a session expiry 30 minutes to 24 hours ahead; a minute of margin for the request.
const MIN_SESSION_MS = 31 * 60_000;

@Injectable()
export class CheckoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly stripe: StripeClient,
  ) {}

  /**
   * A Stripe Checkout Session for the buyer's pending card order. The order row is locked, so two
   * calls at once wait for each other, and a call with an open session gets that session back.
   */
  async checkout(orderId: string, buyer: AuthUser): Promise<CheckoutView> {
    const stripe = this.stripe.api;
    return this.dataSource.transaction(async (manager) => {
      const order = await manager.findOne(Order, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
      if (!order || order.buyerId !== buyer.id) throw new DomainError('NOT_FOUND', 'Order not found');
      if (order.paymentMethod !== 'card') throw new DomainError('INVALID_STATE', 'This order is paid by bank transfer');
      if (order.status !== 'pending_payment' || order.expiresAt.getTime() <= Date.now()) {
        throw new DomainError('INVALID_STATE', 'Only an order awaiting payment can be checked out');
      }
      // Orders placed before placement refused such currencies may still be pending.
      assertCardCurrency(order.currency);
      if (order.checkoutSessionId) {
        const existing = await stripe.checkout.sessions.retrieve(order.checkoutSessionId).catch(StripeClient.wrap);
        if (existing.status === 'open' && existing.url) {
          return { checkoutUrl: existing.url, sessionId: existing.id, expiresAt: new Date(existing.expires_at * 1000) };
        }
        throw new DomainError('INVALID_STATE', 'The checkout of this order has ended');
      }
      // The stock stays reserved as long as the buyer may pay: the session and the order end together.
      const expiresAt = new Date(Math.max(order.expiresAt.getTime(), Date.now() + MIN_SESSION_MS));
      expiresAt.setMilliseconds(0);
      const lines = await manager.find(OrderLine, { where: { orderId }, order: { cooperativeId: 'ASC', productId: 'ASC' } });
      const items = checkoutLines({ ...order, lines });
      const currency = order.currency.toLowerCase();
      const base = this.config.publicBaseUrl.replace(/\/$/, '');
      const session = await stripe.checkout.sessions
        .create(
          {
            mode: 'payment',
            line_items: items.map((item) => ({
              price_data: { currency, unit_amount: item.unitAmount, product_data: { name: item.name } },
              quantity: item.quantity,
            })),
            client_reference_id: order.id,
            metadata: { orderId: order.id, orderNumber: order.number },
            payment_intent_data: { metadata: { orderId: order.id, orderNumber: order.number } },
            customer_email: buyer.email,
            expires_at: Math.floor(expiresAt.getTime() / 1000),
            success_url: `${base}/orders/${order.id}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
            cancel_url: `${base}/orders/${order.id}?checkout=cancelled`,
          },
          { idempotencyKey: `checkout-${order.id}-${expiresAt.getTime()}` },
        )
        .catch(StripeClient.wrap);
      order.expiresAt = expiresAt;
      order.checkoutSessionId = session.id;
      await manager.save(order);
      return { checkoutUrl: session.url!, sessionId: session.id, expiresAt };
    });
  }
}
