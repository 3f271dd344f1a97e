import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { InsuranceQuoteView } from '../insurance/dto/insurance-quote.view';
import { InsuranceQuotesService } from '../insurance/insurance-quotes.service';
import { OrderView } from '../orders/dto/order.view';
import { OrdersService } from '../orders/orders.service';
import { CheckoutService } from '../payments/checkout.service';
import type { CartItem } from './cart-cookie';
import { CheckoutForm, CheckoutQuote, orderDto } from './page-forms';

/** The checkout form's fields, as posted. */
export const CHECKOUT_FIELDS = [
  'name',
  'line1',
  'line2',
  'city',
  'postalCode',
  'country',
  'phone',
  'currency',
  'paymentMethod',
  'incoterm',
  'insure',
  'insuranceQuoteId',
] as const;
export type CheckoutFields = Record<(typeof CHECKOUT_FIELDS)[number], string>;

/**
 * Turns the checkout form into an order through OrdersService (stock reserved in one transaction),
 * then for a card payment opens the Stripe Checkout Session through CheckoutService.
 */
@Injectable()
export class WebCheckoutService {
  constructor(
    private readonly orders: OrdersService,
    private readonly checkout: CheckoutService,
    private readonly insurance: InsuranceQuotesService,
  ) {}

  readFields(body: Record<string, unknown>): CheckoutFields {
    return Object.fromEntries(
      CHECKOUT_FIELDS.map((name) => [name, typeof body[name] === 'string' ? (body[name] as string).trim() : '']),
    ) as CheckoutFields;
  }

  /**
   * Places the order (refusals a buyer can act on, such as stock, destination or currency, are the
   * form again: WebErrorHandler) and gives where to go next: Stripe's page for a card payment.
   */
  async place(
    buyer: AuthUser,
    items: CartItem[],
    form: CheckoutForm,
    idempotencyKey: string,
  ): Promise<{ order: OrderView; redirectTo: string }> {
    const order = await this.orders.place(buyer, orderDto(form, items), idempotencyKey);
    if (order.paymentMethod === 'card') {
      // The order stands even when Stripe cannot be reached: its page offers to pay again.
      const redirectTo = await this.payByCard(order.id, buyer).catch((error: unknown) => {
        if (error instanceof DomainError) return `/orders/${order.id}?checkout=unavailable`;
        throw error;
      });
      return { order, redirectTo };
    }
    return { order, redirectTo: `/orders/${order.id}` };
  }

  /**
   * A transit-cover quote for the cart shipped to the form's country in its currency, priced from the
   * catalog as the order will be, so the order can then claim it (its premium is added to the total).
   */
  quoteInsurance(buyer: AuthUser, items: CartItem[], quote: CheckoutQuote): Promise<InsuranceQuoteView> {
    return this.insurance.create(buyer, { ...quote, items });
  }

  /** The quote the form carries, to show again with the form; none when it is not the buyer's. */
  async shownQuote(buyer: AuthUser, fields: CheckoutFields): Promise<InsuranceQuoteView | undefined> {
    if (fields.insure !== 'yes' || !/^[0-9a-f-]{36}$/i.test(fields.insuranceQuoteId)) return undefined;
    return this.insurance.get(fields.insuranceQuoteId, buyer).catch((error: unknown) => {
      if (error instanceof DomainError) return undefined;
      throw error;
    });
  }

  /** The Stripe Checkout URL for a pending card order (the same open session when asked again). */
  async payByCard(orderId: string, buyer: AuthUser): Promise<string> {
    return (await this.checkout.checkout(orderId, buyer)).checkoutUrl;
  }
}
