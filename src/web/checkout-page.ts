import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../auth/auth-user';
import type { InsuranceQuoteView } from '../insurance/dto/insurance-quote.view';
import { CartService, type CartView } from './cart.service';
import type { FormFailure, FormModel, FormRequest } from './form-view';
import { type CheckoutFields, WebCheckoutService } from './web-checkout.service';
import type { WebContext } from './web-context';

/** Only buyers place orders: the form tells anyone else why not (403) rather than hiding. */
export const mayOrder = (user: AuthUser | undefined): boolean => user?.role === 'buyer';

/** The API's paths of the checkout form's fields; a refusal of anything else is shown above the form. */
export const CHECKOUT_FIELD_OF: Record<string, string> = {
  ...Object.fromEntries(['name', 'line1', 'line2', 'city', 'postalCode', 'country', 'phone'].map((f) => [`shippingAddress.${f}`, f])),
  'quote.destinationCountry': 'country',
  'quote.currency': 'currency',
  incoterm: 'form',
  insure: 'form',
  insuranceQuoteId: 'form',
};

/** Refusals of a quote that a fresh quote for the same form fixes: the form asks for a new one. */
const STALE_QUOTE = new Set(['QUOTE_EXPIRED', 'QUOTE_MISMATCH']);

/** A valid key sent with the form is kept, so a double submit or a reload places one order, not two. */
export function idempotencyKey(body: unknown): string {
  const key = (body as Record<string, unknown> | undefined)?.idempotencyKey;
  return typeof key === 'string' && /^[0-9a-f-]{36}$/.test(key) ? key : randomUUID();
}

export interface CheckoutPageOptions {
  buyer?: AuthUser;
  fieldErrors?: Record<string, string>;
  message?: string;
  key?: string;
  quote?: InsuranceQuoteView;
}

/** The checkout page's data: the cart, the form, and for other roles why they cannot order. */
export function checkoutPage(
  web: WebContext,
  cart: CartView,
  fields: CheckoutFields,
  options: CheckoutPageOptions,
): Record<string, unknown> {
  return {
    cart,
    fields,
    fieldErrors: options.fieldErrors ?? {},
    message: options.buyer ? options.message : web.t('checkout.buyersOnly'),
    canOrder: options.buyer !== undefined,
    idempotencyKey: options.key ?? randomUUID(),
    quote: options.quote,
  };
}

/** The checkout form again, with the cart and the quote it carries (none once that quote is stale). */
@Injectable()
export class CheckoutFormModel implements FormModel {
  constructor(
    private readonly carts: CartService,
    private readonly checkout: WebCheckoutService,
  ) {}

  async model(failure: FormFailure, req: FormRequest): Promise<Record<string, unknown>> {
    const web = req.web;
    const buyer = mayOrder(web.user) ? web.user : undefined;
    const fields = { ...failure.fields } as CheckoutFields;
    if (STALE_QUOTE.has(failure.error.code)) fields.insuranceQuoteId = '';
    const quote = buyer ? await this.checkout.shownQuote(buyer, fields) : undefined;
    const options = { buyer, fieldErrors: failure.fieldErrors, message: failure.message, key: idempotencyKey(req.body), quote };
    return checkoutPage(web, await this.carts.view(web), fields, options);
  }
}
