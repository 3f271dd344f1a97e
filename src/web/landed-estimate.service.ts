import { Injectable } from '@nestjs/common';
import { COUNTRIES_BY_ZONE } from '../common/domain/destination-zones';
import { DomainError } from '../common/errors/domain-error';
import type { LandedCost } from '../landed-cost/landed-cost-calculator';
import { CartLandedCostService } from '../orders/cart-landed-cost.service';
import type { WebContext } from './web-context';

export interface ShipToChoice {
  country: string | null;
  options: { code: string; name: string }[];
}

export interface LandedEstimate {
  shipTo: ShipToChoice;
  landed: LandedCost | null;
}

const DESTINATIONS = [...new Set(Object.values(COUNTRIES_BY_ZONE).flat())];

/** The destinations named and sorted for a locale: a fifth of a product page's CPU when built per request. */
const OPTIONS_BY_LOCALE = new Map<string, ShipToChoice['options']>();

function destinationOptions(intlLocale: string): ShipToChoice['options'] {
  let options = OPTIONS_BY_LOCALE.get(intlLocale);
  if (!options) {
    const names = new Intl.DisplayNames([intlLocale], { type: 'region' });
    options = DESTINATIONS.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, intlLocale));
    OPTIONS_BY_LOCALE.set(intlLocale, options);
  }
  return options;
}

/** The landed-cost estimate a page shows for the buyer's ship-to country, and the choice of that country. */
@Injectable()
export class LandedEstimateService {
  constructor(private readonly carts: CartLandedCostService) {}

  async forItems(web: WebContext, items: { productId: string; quantity: number }[]): Promise<LandedEstimate> {
    const shipTo = { country: web.country, options: destinationOptions(web.intlLocale) };
    if (!web.country || items.length === 0) return { shipTo, landed: null };
    try {
      return { shipTo, landed: await this.carts.estimate(items, web.country, web.currency) };
    } catch (error) {
      // A product no longer for sale, or a currency without a rate: the page shows no estimate rather than failing.
      if (error instanceof DomainError) return { shipTo, landed: null };
      throw error;
    }
  }
}
