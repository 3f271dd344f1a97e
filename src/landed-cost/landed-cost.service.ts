import { Injectable } from '@nestjs/common';
import { ExchangeRate, parseRate } from '../common/money';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { LandedCost, landedCost, LandedCostInput } from './landed-cost-calculator';
import { LandedCostRulesService } from './landed-cost-rules.service';

export type LandedCostRequest = Omit<LandedCostInput, 'rules' | 'rates' | 'asOf'>;

/** What an estimate reads: the destination's rules and the exchange rates, for today. */
export type LandedCostContext = Pick<LandedCostInput, 'rules' | 'rates' | 'asOf'>;

/** Estimates landed cost from the destination's current rules and today's exchange rates. */
@Injectable()
export class LandedCostService {
  constructor(
    private readonly rules: LandedCostRulesService,
    private readonly exchangeRates: ExchangeRatesService,
  ) {}

  /** Both come from caches kept current across instances, so an order reads them before it takes any lock. */
  async context(destination: string): Promise<LandedCostContext> {
    const [ruleSet, rateViews] = await Promise.all([this.rules.current(destination), this.exchangeRates.list()]);
    const rates: Record<string, ExchangeRate> = Object.fromEntries(rateViews.map((row) => [row.currency, parseRate(row.madPerUnit)]));
    return {
      rules: ruleSet ? { destination: ruleSet.destination, rules: ruleSet.rules } : null,
      rates,
      asOf: new Date().toISOString().slice(0, 10),
    };
  }

  async estimate(request: LandedCostRequest): Promise<LandedCost> {
    return landedCost({ ...request, ...(await this.context(request.destination)) });
  }
}
