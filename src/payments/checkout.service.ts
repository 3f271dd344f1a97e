import { Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { AccessService } from '../cooperatives/access.service';
import { assertCardCurrency } from './card-currency';
import { checkoutLines } from './checkout-lines';
import { CheckoutView } from './dto/checkout.view';
import { PaymentOrderRepository } from './payment-order.repository';
import { StripeClient } from './stripe-client';

// Stripe accepts a session expiry 30 minutes to 24 hours ahead; a minute of margin for the request.
const MIN_SESSION_MS = 31 * 60_000;
// An expiry already fixed less than this long ago is reused, so concurrent calls share one session.
const MARGIN_MS = 30_000;

@Injectable()
export class CheckoutService {
  constructor(
    private readonly transactions: Transactions,
    private readonly orders: PaymentOrderRepository,
    @InjectConfig() private readonly config: AppConfig,
    private readonly stripe: StripeClient,
    private readonly access: AccessService,
  ) {}

  /**
   * A Stripe Checkout Session for the buyer's pending card order, with no lock held while Stripe is
   * called: the order is checked and its expiry fixed, the session created with a key derived from
   * that expiry (two calls at once get the same session), then stored if the order still wants it.
   */
  async checkout(orderId: string, buyer: AuthUser): Promise<CheckoutView> {
    const stripe = this.stripe.api;
    const prepared = await this.transactions.run(async (tx) => {
      const order = await this.orders.lock(tx, { id: orderId });
      this.access.assertOrderPayer(buyer, order);
      if (order.paymentMethod !== 'card') throw new DomainError('INVALID_STATE', 'This order is paid by bank transfer');
      if (order.status !== 'pending_payment' || order.expiresAt.getTime() <= Date.now()) {
        throw new DomainError('INVALID_STATE', 'Only an order awaiting payment can be checked out');
      }
      // Orders placed before placement refused such currencies may still be pending.
      assertCardCurrency(order.currency);
      if (order.checkoutSessionId) return { order };
      // The stock stays reserved as long as the buyer may pay: the session and the order end together.
      if (order.expiresAt.getTime() < Date.now() + MIN_SESSION_MS - MARGIN_MS) {
        order.expiresAt = new Date(Date.now() + MIN_SESSION_MS);
        order.expiresAt.setMilliseconds(0);
        await this.orders.save(tx, order);
      }
      const lines = await this.orders.lines(tx, orderId);
      return { order, lines };
    });
    const { order, lines } = prepared;
    if (!lines) return this.existing(stripe, order.checkoutSessionId!);
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
          expires_at: Math.floor(order.expiresAt.getTime() / 1000),
          success_url: `${base}/orders/${order.id}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${base}/orders/${order.id}?checkout=cancelled`,
        },
        { idempotencyKey: `checkout-${order.id}-${order.expiresAt.getTime()}` },
      )
      .catch(StripeClient.wrap);
    const stored = await this.transactions.run(async (tx) => {
      const current = await this.orders.lockExisting(tx, orderId);
      if (current.status !== 'pending_payment' || (current.checkoutSessionId !== null && current.checkoutSessionId !== session.id))
        return current;
      current.checkoutSessionId = session.id;
      await this.orders.save(tx, current);
      return current;
    });
    if (stored.checkoutSessionId === session.id) return { checkoutUrl: session.url!, sessionId: session.id, expiresAt: order.expiresAt };
    // The order was cancelled or got another session meanwhile: this one must not take a payment.
    await stripe.checkout.sessions.expire(session.id, {}, { idempotencyKey: `expire-${session.id}` }).catch(StripeClient.wrap);
    if (stored.checkoutSessionId && stored.status === 'pending_payment') return this.existing(stripe, stored.checkoutSessionId);
    throw new DomainError('INVALID_STATE', 'Only an order awaiting payment can be checked out');
  }

  /** The order's open session again, or 409 once it has ended. */
  private async existing(stripe: Stripe, sessionId: string): Promise<CheckoutView> {
    const session = await stripe.checkout.sessions.retrieve(sessionId).catch(StripeClient.wrap);
    if (session.status === 'open' && session.url) {
      return { checkoutUrl: session.url, sessionId: session.id, expiresAt: new Date(session.expires_at * 1000) };
    }
    throw new DomainError('INVALID_STATE', 'The checkout of this order has ended');
  }
}
