import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CartService } from './cart.service';
import { CHECKOUT_FIELD_OF, CheckoutFormModel, checkoutPage, idempotencyKey, mayOrder } from './checkout-page';
import { FormView } from './form-view';
import { CheckoutForm } from './page-forms';
import { PageRenderer } from './page-renderer.service';
import { COOKIES, cookieOptions } from './web-cookies';
import { CHECKOUT_FIELDS, WebCheckoutService } from './web-checkout.service';
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
    const buyer = mayOrder(user) ? user : undefined;
    const cart = await this.carts.view(web);
    if (cart.items.length === 0) return res.redirect(303, '/cart');
    const fields = this.checkout.readFields({ currency: web.currency, paymentMethod: 'card', incoterm: 'DAP', country: web.country ?? '' });
    this.pages.render(res, web, 'checkout', checkoutPage(web, cart, fields, { buyer }), buyer ? 200 : 403);
  }

  /** Refused input (the pipe's, or the order's or quote's refusal) is the form again: CheckoutFormModel. */
  @Post()
  @FormView('checkout', CHECKOUT_FIELDS, { model: CheckoutFormModel, fieldOf: CHECKOUT_FIELD_OF })
  async place(@Web() web: WebContext, @CurrentUser() user: AuthUser, @Body() form: CheckoutForm, @Res() res: Response): Promise<void> {
    const fields = this.checkout.readFields(form as unknown as Record<string, unknown>);
    const cart = await this.carts.view(web);
    if (cart.items.length === 0) return res.redirect(303, '/cart');
    if (!mayOrder(user)) return this.pages.render(res, web, 'checkout', checkoutPage(web, cart, fields, {}), 403);
    const key = idempotencyKey(form);
    // Insurance is priced before the order is placed: the buyer sees the premium, then confirms.
    if (form.quote) {
      const quote = await this.checkout.quoteInsurance(user, cart.items, form.quote);
      fields.insuranceQuoteId = quote.id;
      return this.pages.render(res, web, 'checkout', checkoutPage(web, cart, fields, { buyer: user, quote, key }));
    }
    const { redirectTo } = await this.checkout.place(user, cart.items, form, key);
    res.cookie(COOKIES.cart, '', cookieOptions(web.secureCookies));
    res.redirect(303, redirectTo);
  }
}
