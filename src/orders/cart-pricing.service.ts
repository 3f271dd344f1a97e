import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { zoneForCountry } from '../common/domain/destination-zones';
import { DomainError } from '../common/errors/domain-error';
import { ExchangeRatesService, RateQuote } from '../exchange-rates/exchange-rates.service';
import { ShippingRatesService } from '../shipping/shipping-rates.service';
import { CartRepository } from './cart.repository';
import { destinationAllowed } from './destination-rule';
import { PricedOrder, priceOrder } from './order-pricing';
import { assertSellable, pricingLines } from './sellable';

export interface PricedCart {
  rate: RateQuote;
  priced: PricedOrder;
  /** HS code of each product, to read each line's duty by. */
  hsCodes: ReadonlyMap<string, string>;
}

/** Prices a cart as an order would be priced, without reserving anything: insurance quotes and landed-cost estimates. */
@Injectable()
export class CartPricingService {
  constructor(
    private readonly carts: CartRepository,
    private readonly rates: ExchangeRatesService,
    private readonly shippingRates: ShippingRatesService,
  ) {}

  async price(
    items: { productId: string; quantity: number }[],
    country: string,
    currency: string,
    manager?: EntityManager,
  ): Promise<PricedCart> {
    const zone = zoneForCountry(country);
    if (!zone || !destinationAllowed(country)) throw new DomainError('INVALID_DESTINATION', `Hirfa does not ship to ${country}`);
    const quantities = new Map<string, number>();
    for (const item of items) quantities.set(item.productId, (quantities.get(item.productId) ?? 0) + item.quantity);
    const [rate, brackets, products] = await Promise.all([
      this.rates.quote(currency),
      this.shippingRates.brackets(zone),
      this.carts.products([...quantities.keys()], manager),
    ]);
    assertSellable(quantities.keys(), products);
    const priced = priceOrder({
      lines: pricingLines(products, quantities),
      currency: rate.currency,
      rate: rate.rate,
      shippingBrackets: brackets,
    });
    return { rate, priced, hsCodes: new Map(products.map((p) => [p.id, p.hsCode!])) };
  }
}
