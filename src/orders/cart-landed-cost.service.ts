import { Injectable } from '@nestjs/common';
import type { LandedCost } from '../landed-cost/landed-cost-calculator';
import { LandedCostService } from '../landed-cost/landed-cost.service';
import { CartPricingService } from './cart-pricing.service';

export interface CartLandedCostOptions {
  postalCode?: string;
  incoterm?: 'DAP' | 'DDP';
  claimPreference?: boolean;
}

/** The landed cost of a cart, priced and shipped as the order would be: for the API estimate and the pages. */
@Injectable()
export class CartLandedCostService {
  constructor(
    private readonly carts: CartPricingService,
    private readonly landedCost: LandedCostService,
  ) {}

  async estimate(
    items: { productId: string; quantity: number }[],
    destination: string,
    currency: string,
    options: CartLandedCostOptions = {},
  ): Promise<LandedCost> {
    const cart = await this.carts.price(items, destination, currency);
    return this.landedCost.estimate({
      destination,
      postalCode: options.postalCode,
      currency: cart.rate.currency,
      incoterm: options.incoterm ?? 'DAP',
      claimPreference: options.claimPreference ?? true,
      lines: cart.priced.parts.flatMap((part) =>
        part.lines.map((l) => ({ hsCode: cart.hsCodes.get(l.productId)!, originCountry: 'MA', valueMinor: l.lineTotalMinor })),
      ),
      shippingMinor: cart.priced.shippingMinor,
      insuranceMinor: 0,
    });
  }
}
