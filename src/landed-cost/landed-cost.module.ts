import { Module } from '@nestjs/common';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { LandedCostReportRepository } from './landed-cost-report.repository';
import { LandedCostReportController } from './landed-cost-report.controller';
import { LandedCostReportService } from './landed-cost-report.service';
import { LandedCostController } from './landed-cost.controller';
import { LandedCostRuleSetRepository } from './landed-cost-rule-set.repository';
import { LandedCostRulesService } from './landed-cost-rules.service';
import { LandedCostService } from './landed-cost.service';

@Module({
  imports: [ExchangeRatesModule],
  controllers: [LandedCostController, LandedCostReportController],
  providers: [LandedCostRulesService, LandedCostService, LandedCostReportService, LandedCostRuleSetRepository, LandedCostReportRepository],
  exports: [LandedCostService, LandedCostRulesService, LandedCostReportService],
})
export class LandedCostModule {}
