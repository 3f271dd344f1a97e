import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ExchangeRate, parseRate } from '../common/money';
import { ExchangeRate as ExchangeRateRow } from '../exchange-rates/exchange-rate';
import { LandedCost, landedCost, LandedCostInput } from './landed-cost-calculator';
import { LandedCostRulesService } from './landed-cost-rules.service';

export type LandedCostRequest = Omit<LandedCostInput, 'rules' | 'rates' | 'asOf'>;

/** What an estimate reads from the database: the destination's rules and the exchange rates, for today. */
export type LandedCostContext = Pick<LandedCostInput, 'rules' | 'rates' | 'asOf'>;

/** Estimates landed cost from the destination's current rules and today's exchange rates. */
@Injectable()
export class LandedCostService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: LandedCostRulesService,
  ) {}

  /** Read before an order locks its stock, so the locks are not held across these queries. */
  async context(destination: string, manager: EntityManager = this.dataSource.manager): Promise<LandedCostContext> {
    const ruleSet = await this.rules.current(destination, manager);
    const rateRows = await manager.find(ExchangeRateRow, { select: { currency: true, madPerUnit: true } });
    const rates: Record<string, ExchangeRate> = Object.fromEntries(rateRows.map((row) => [row.currency, parseRate(row.madPerUnit)]));
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
