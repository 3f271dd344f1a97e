import { Module } from '@nestjs/common';
import { LandedCostController } from './landed-cost.controller';
import { LandedCostRulesService } from './landed-cost-rules.service';
import { LandedCostService } from './landed-cost.service';

@Module({
  controllers: [LandedCostController],
  providers: [LandedCostRulesService, LandedCostService],
  exports: [LandedCostService],
})
export class LandedCostModule {}
