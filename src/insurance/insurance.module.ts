import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { CartPricingModule } from '../orders/cart-pricing.module';
import { CountryRisksService } from './country-risks.service';
import { InsuranceController } from './insurance.controller';
import { InsuranceQuotesService } from './insurance-quotes.service';
import { InsuranceRatesService } from './insurance-rates.service';

@Module({
  imports: [CartPricingModule, CooperativesModule, ExchangeRatesModule],
  controllers: [InsuranceController],
  providers: [InsuranceQuotesService, InsuranceRatesService, CountryRisksService],
  exports: [InsuranceQuotesService, CountryRisksService],
})
export class InsuranceModule {}
