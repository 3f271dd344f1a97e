import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { changeCart, encodeCart, MAX_QUANTITY, type CartItem } from './cart-cookie';
import { CartService } from './cart.service';
import { LandedEstimateService } from './landed-estimate.service';
import { PageRenderer } from './page-renderer.service';
import { COOKIES, cookieOptions, safeNextPath } from './web-cookies';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

function quantityOf(value: unknown, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > MAX_QUANTITY)
    throw new DomainError('VALIDATION_FAILED', `quantity must be a whole number from ${min} to ${MAX_QUANTITY}`);
  return n;
}

/** The cart page and its forms (add from a product page, change a quantity, remove). */
@Pages()
@Controller('cart')
export class CartController {
  constructor(
    private readonly carts: CartService,
    private readonly pages: PageRenderer,
    private readonly estimates: LandedEstimateService,
  ) {}

  @Get()
  async show(@Web() web: WebContext, @Res() res: Response): Promise<void> {
    const cart = await this.carts.view(web);
    if (cart.removedSome) this.save(web, res, cart.items);
    const estimate = await this.estimates.forItems(web, cart.items);
    this.pages.render(res, web, 'cart', { cart, estimate });
  }

  @Post('items')
  add(@Web() web: WebContext, @Body() body: Record<string, unknown>, @Res() res: Response): void {
    const productId = this.productId(body.productId);
    this.save(web, res, changeCart(web.cart, productId, quantityOf(body.quantity ?? '1', 1), 'add'));
    res.redirect(303, safeNextPath(body.next, '/cart'));
  }

  @Post('update')
  update(@Web() web: WebContext, @Body() body: Record<string, unknown>, @Res() res: Response): void {
    const productId = this.productId(body.productId);
    const quantity = body.remove !== undefined ? 0 : quantityOf(body.quantity, 0);
    this.save(web, res, changeCart(web.cart, productId, quantity, 'set'));
    res.redirect(303, '/cart');
  }

  private productId(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) throw new DomainError('VALIDATION_FAILED', 'productId must be a UUID');
    return value;
  }

  private save(web: WebContext, res: Response, items: CartItem[]): void {
    web.cart = items;
    res.cookie(COOKIES.cart, encodeCart(items), cookieOptions(web.secureCookies));
  }
}
