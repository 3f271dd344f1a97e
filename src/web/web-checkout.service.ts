import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { flattenValidationErrors } from '../common/http/validation.pipe';
import { CreateInsuranceQuoteDto } from '../insurance/dto/create-insurance-quote.dto';
import { InsuranceQuoteView } from '../insurance/dto/insurance-quote.view';
import { InsuranceQuotesService } from '../insurance/insurance-quotes.service';
import { CreateOrderDto } from '../orders/dto/create-order.dto';
import { OrderView } from '../orders/dto/order.view';
import { OrdersService } from '../orders/orders.service';
import { CheckoutService } from '../payments/checkout.service';
import type { CartItem } from './cart-cookie';

/** The checkout form's fields, as posted. */
export const CHECKOUT_FIELDS = ['name', 'line1', 'line2', 'city', 'postalCode', 'country', 'phone', 'currency', 'paymentMethod', 'incoterm', 'insure', 'insuranceQuoteId'] as const;
export type CheckoutFields = Record<(typeof CHECKOUT_FIELDS)[number], string>;

export type CheckoutOutcome =
  | { kind: 'invalid'; fieldErrors: Record<string, string>; message?: string }
  | { kind: 'placed'; order: OrderView; redirectTo: string };

export type InsuranceOutcome = { kind: 'invalid'; fieldErrors: Record<string, string>; message?: string } | { kind: 'quoted'; quote: InsuranceQuoteView };

/** Refusals of a quote that a fresh quote for the same form fixes. */
const STALE_QUOTE = new Set(['QUOTE_EXPIRED', 'QUOTE_MISMATCH']);

const ADDRESS_FIELDS = new Set(['name', 'line1', 'line2', 'city', 'postalCode', 'country', 'phone']);

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

  async place(buyer: AuthUser, items: CartItem[], fields: CheckoutFields, idempotencyKey: string): Promise<CheckoutOutcome> {
    const dto = plainToInstance(CreateOrderDto, {
      items,
      currency: fields.currency,
      shippingAddress: {
        name: fields.name,
        line1: fields.line1,
        line2: fields.line2 || undefined,
        city: fields.city,
        postalCode: fields.postalCode,
        country: fields.country,
        phone: fields.phone || undefined,
      },
      paymentMethod: fields.paymentMethod,
      incoterm: fields.incoterm === 'DDP' ? 'DDP' : 'DAP',
      insuranceQuoteId: fields.insure === 'yes' && fields.insuranceQuoteId ? fields.insuranceQuoteId : undefined,
    });
    const problems = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
    if (problems.length > 0) {
      const fieldErrors: Record<string, string> = {};
      for (const problem of problems) {
        const name = problem.field.replace(/^shippingAddress\./, '');
        fieldErrors[ADDRESS_FIELDS.has(name) || name === 'currency' || name === 'paymentMethod' ? name : 'form'] = problem.errors[0];
      }
      return { kind: 'invalid', fieldErrors };
    }
    let order: OrderView;
    try {
      order = await this.orders.place(buyer, dto, idempotencyKey);
    } catch (error) {
      // Refusals a buyer can act on (stock, destination, currency) go back to the form.
      if (error instanceof DomainError && error.code !== 'INTERNAL_ERROR') {
        // The form then asks for a new quote: the old one expired or no longer fits the address or cart.
        if (STALE_QUOTE.has(error.code)) fields.insuranceQuoteId = '';
        return { kind: 'invalid', fieldErrors: error.code === 'INVALID_DESTINATION' ? { country: error.message } : {}, message: error.message };
      }
      throw error;
    }
    if (order.paymentMethod === 'card') {
      // The order stands even when Stripe cannot be reached: its page offers to pay again.
      const redirectTo = await this.payByCard(order.id, buyer).catch((error: unknown) => {
        if (error instanceof DomainError) return `/orders/${order.id}?checkout=unavailable`;
        throw error;
      });
      return { kind: 'placed', order, redirectTo };
    }
    return { kind: 'placed', order, redirectTo: `/orders/${order.id}` };
  }

  /**
   * A transit-cover quote for the cart shipped to the form's country in its currency, priced from the
   * catalog as the order will be, so the order can then claim it (its premium is added to the total).
   */
  async quoteInsurance(buyer: AuthUser, items: CartItem[], fields: CheckoutFields): Promise<InsuranceOutcome> {
    const dto = plainToInstance(CreateInsuranceQuoteDto, { destinationCountry: fields.country, currency: fields.currency, items, coverages: ['transit'] });
    const problems = flattenValidationErrors(validateSync(dto));
    if (problems.length > 0) {
      const fieldErrors: Record<string, string> = {};
      for (const problem of problems) fieldErrors[problem.field === 'destinationCountry' ? 'country' : problem.field === 'currency' ? 'currency' : 'form'] = problem.errors[0];
      return { kind: 'invalid', fieldErrors };
    }
    try {
      return { kind: 'quoted', quote: await this.insurance.create(buyer, dto) };
    } catch (error) {
      if (error instanceof DomainError && error.code !== 'INTERNAL_ERROR') return { kind: 'invalid', fieldErrors: {}, message: error.message };
      throw error;
    }
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
