import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { changeCart, encodeCart, MAX_QUANTITY, type CartItem } from './cart-cookie';
import { CartService } from './cart.service';
import { LandedEstimateService } from './landed-estimate.service';
import { PageRenderer } from './page-renderer.service';
import { COOKIES, cookieOptions, safeNextPath } from './web-cookies';
import type { WebRequest } from './web-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function quantityOf(value: unknown, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > MAX_QUANTITY) throw new DomainError('VALIDATION_FAILED', `quantity must be a whole number from ${min} to ${MAX_QUANTITY}`);
  return n;
}

/** The cart page and its forms (add from a product page, change a quantity, remove). */
@Injectable()
export class CartController {
  constructor(
    private readonly carts: CartService,
    private readonly pages: PageRenderer,
    private readonly estimates: LandedEstimateService,
  ) {}

  readonly show = async (req: WebRequest, res: Response): Promise<void> => {
    const cart = await this.carts.view(req.web);
    if (cart.removedSome) this.save(req, res, cart.items);
    const estimate = await this.estimates.forItems(req.web, cart.items);
    this.pages.render(res, req.web, 'cart', { cart, estimate });
  };

  readonly add = (req: WebRequest, res: Response): void => {
    const body = req.body as Record<string, unknown>;
    const productId = this.productId(body.productId);
    this.save(req, res, changeCart(req.web.cart, productId, quantityOf(body.quantity ?? '1', 1), 'add'));
    res.redirect(303, safeNextPath(body.next, '/cart'));
  };

  readonly update = (req: WebRequest, res: Response): void => {
    const body = req.body as Record<string, unknown>;
    const productId = this.productId(body.productId);
    const quantity = body.remove !== undefined ? 0 : quantityOf(body.quantity, 0);
    this.save(req, res, changeCart(req.web.cart, productId, quantity, 'set'));
    res.redirect(303, '/cart');
  };

  private productId(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw new DomainError('VALIDATION_FAILED', 'productId must be a UUID');
    return value;
  }

  private save(req: WebRequest, res: Response, items: CartItem[]): void {
    req.web.cart = items;
    res.cookie(COOKIES.cart, encodeCart(items), cookieOptions(req.web.secureCookies));
  }
}
