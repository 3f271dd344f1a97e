import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { flattenValidationErrors } from '../common/http/validation.pipe';
import { CreateOrderDto } from '../orders/dto/create-order.dto';
import { OrderView } from '../orders/dto/order.view';
import { OrdersService } from '../orders/orders.service';
import { CheckoutService } from '../payments/checkout.service';
import type { CartItem } from './cart-cookie';

/** The checkout form's fields, as posted. */
export const CHECKOUT_FIELDS = ['name', 'line1', 'line2', 'city', 'postalCode', 'country', 'phone', 'currency', 'paymentMethod'] as const;
export type CheckoutFields = Record<(typeof CHECKOUT_FIELDS)[number], string>;

export type CheckoutOutcome =
  | { kind: 'invalid'; fieldErrors: Record<string, string>; message?: string }
  | { kind: 'placed'; order: OrderView; redirectTo: string };

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

  /** The Stripe Checkout URL for a pending card order (the same open session when asked again). */
  async payByCard(orderId: string, buyer: AuthUser): Promise<string> {
    return (await this.checkout.checkout(orderId, buyer)).checkoutUrl;
  }
}
