import { Injectable } from '@nestjs/common';
import { CatalogService } from '../products/catalog.service';
import { ProductView } from '../products/dto/product.view';
import type { CartItem } from './cart-cookie';
import type { WebContext } from './web-context';

export interface CartLine {
  product: ProductView;
  quantity: number;
  unitMinor: number;
  lineMinor: number;
}

export interface CartGroup {
  cooperativeId: string;
  cooperativeName: string;
  lines: CartLine[];
  subtotalMinor: number;
}

export interface CartView {
  groups: CartGroup[];
  currency: string;
  subtotalMinor: number;
  /** The cart without lines that are no longer for sale, to write back to the cookie. */
  items: CartItem[];
  removedSome: boolean;
}

/** The cart with today's products and display prices, one group per cooperative (one shipment each). */
@Injectable()
export class CartService {
  constructor(private readonly catalog: CatalogService) {}

  async view(web: WebContext): Promise<CartView> {
    const products = await this.catalog.findVisibleMany([...new Set(web.cart.map((item) => item.productId))], web.currency);
    const found = web.cart.map((item) => ({ item, product: products.get(item.productId) }));
    const groups = new Map<string, CartGroup>();
    const items: CartItem[] = [];
    for (const { item, product } of found) {
      if (!product) continue;
      items.push(item);
      const unitMinor = product.displayPrice?.amountMinor ?? product.priceMinor;
      const line = { product, quantity: item.quantity, unitMinor, lineMinor: unitMinor * item.quantity };
      const group = groups.get(product.cooperativeId) ?? {
        cooperativeId: product.cooperativeId,
        cooperativeName: product.cooperative?.name ?? '',
        lines: [],
        subtotalMinor: 0,
      };
      group.lines.push(line);
      group.subtotalMinor += line.lineMinor;
      groups.set(product.cooperativeId, group);
    }
    const all = [...groups.values()];
    return {
      groups: all,
      currency: web.currency,
      subtotalMinor: all.reduce((sum, group) => sum + group.subtotalMinor, 0),
      items,
      removedSome: items.length < web.cart.length,
    };
  }
}
