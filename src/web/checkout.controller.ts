import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import type { InsuranceQuoteView } from '../insurance/dto/insurance-quote.view';
import { CartService, CartView } from './cart.service';
import { PageRenderer } from './page-renderer.service';
import { COOKIES, cookieOptions } from './web-cookies';
import { CheckoutFields, WebCheckoutService } from './web-checkout.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

/**
 * The checkout form: shipping address, currency, optional transit insurance and payment method for the
 * whole cart. Signed-in buyers check out; anyone else signs in first, and other roles are told why not.
 */
@Pages()
@Auth()
@Controller('checkout')
export class CheckoutController {
  constructor(
    private readonly carts: CartService,
    private readonly checkout: WebCheckoutService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async form(@Web() web: WebContext, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    const buyer = this.buyer(user);
    const cart = await this.carts.view(web);
    if (cart.items.length === 0) return res.redirect(303, '/cart');
    const fields = this.checkout.readFields({ currency: web.currency, paymentMethod: 'card', incoterm: 'DAP', country: web.country ?? '' });
    this.show(res, web, cart, fields, { buyer, status: buyer ? 200 : 403 });
  }

  @Post()
  async place(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const buyer = this.buyer(user);
    const fields = this.checkout.readFields(body);
    const cart = await this.carts.view(web);
    if (cart.items.length === 0) return res.redirect(303, '/cart');
    if (!buyer) return this.show(res, web, cart, fields, { buyer, status: 403 });
    // The key is minted with the form, so a double submit or a reload places one order, not two.
    const key = typeof body.idempotencyKey === 'string' && /^[0-9a-f-]{36}$/.test(body.idempotencyKey) ? body.idempotencyKey : randomUUID();
    // Insurance is priced before the order is placed: the buyer sees the premium, then confirms.
    if (fields.insure === 'yes' && !fields.insuranceQuoteId) {
      const quoted = await this.checkout.quoteInsurance(buyer, cart.items, fields);
      if (quoted.kind === 'invalid') {
        return this.show(res, web, cart, fields, { buyer, status: 422, fieldErrors: quoted.fieldErrors, message: quoted.message, key });
      }
      fields.insuranceQuoteId = quoted.quote.id;
      return this.show(res, web, cart, fields, { buyer, status: 200, quote: quoted.quote, key });
    }
    const outcome = await this.checkout.place(buyer, cart.items, fields, key);
    if (outcome.kind === 'invalid') {
      const quote = await this.checkout.shownQuote(buyer, fields);
      return this.show(res, web, cart, fields, {
        buyer,
        status: 422,
        fieldErrors: outcome.fieldErrors,
        message: outcome.message,
        key,
        quote,
      });
    }
    res.cookie(COOKIES.cart, '', cookieOptions(web.secureCookies));
    res.redirect(303, outcome.redirectTo);
  }

  private buyer(user: AuthUser): AuthUser | undefined {
    return user.role === 'buyer' ? user : undefined;
  }

  private show(
    res: Response,
    web: WebContext,
    cart: CartView,
    fields: CheckoutFields,
    options: {
      buyer?: AuthUser;
      status: number;
      fieldErrors?: Record<string, string>;
      message?: string;
      key?: string;
      quote?: InsuranceQuoteView;
    },
  ): void {
    this.pages.render(
      res,
      web,
      'checkout',
      {
        cart,
        fields,
        fieldErrors: options.fieldErrors ?? {},
        message: options.buyer ? options.message : web.t('checkout.buyersOnly'),
        canOrder: options.buyer !== undefined,
        idempotencyKey: options.key ?? randomUUID(),
        quote: options.quote,
      },
      options.status,
    );
  }
}
